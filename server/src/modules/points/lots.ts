import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { PointsEntryKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';

/**
 * The points account is the cached sum of its ledger, and equals the sum of the lots' remaining
 * points — except after a clawback the tenant lets go below zero, when every lot is empty and the
 * balance carries the debt until new points pay it off.
 */
export interface LotShare {
  lotId: string;
  delta: number;
}

export async function ensurePointsAccount(ctx: Ctx, memberId: string): Promise<void> {
  await ctx.db
    .insertInto('points_accounts')
    .values({ tenant_id: ctx.tenantId, member_id: memberId, balance: 0, updated_at: ctx.now.toISOString() })
    .onConflict((oc) => oc.columns(['tenant_id', 'member_id']).doNothing())
    .execute();
}

export async function readPointsBalance(ctx: Ctx, memberId: string, lock = false): Promise<number> {
  const q = ctx.db
    .selectFrom('points_accounts')
    .select('balance')
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId);
  return (await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst())?.balance ?? 0;
}

/** Lots with points left that have not lapsed at ctx.now, oldest expiry first (never-expiring last). */
export async function liveLots(ctx: Ctx, memberId: string) {
  const q = ctx.db
    .selectFrom('points_lots')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .where('remaining', '>', 0)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', ctx.now.toISOString())]))
    .orderBy(sql`case when expires_at is null then 1 else 0 end`)
    .orderBy('expires_at')
    .orderBy('earned_at')
    .orderBy('id');
  return forUpdate(ctx.db, q).execute();
}

/**
 * Records one change of a member's points: the guarded balance update (never below `floor`), the
 * lot changes it was made of, and the ledger row. `floor` is 0 except for a clawback the tenant
 * allows to go negative.
 */
export async function postPoints(
  ctx: Ctx,
  entry: {
    memberId: string;
    storeId: string | null;
    kind: PointsEntryKind;
    refType: string;
    refId: string;
    delta: number;
    lots: LotShare[];
    note?: string;
    floor?: number | null;
  },
): Promise<{ balance: number; ledgerId: string }> {
  await ensurePointsAccount(ctx, entry.memberId);
  const floor = entry.floor === undefined ? 0 : entry.floor;
  let q = ctx.db
    .updateTable('points_accounts')
    .set({ balance: sql`balance + ${entry.delta}`, updated_at: ctx.now.toISOString() })
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', entry.memberId);
  if (floor !== null) q = q.where(sql<boolean>`balance + ${entry.delta} >= ${floor}`);
  const after = await q.returning('balance').executeTakeFirst();
  if (!after) throw new AppError('INSUFFICIENT_POINTS', 'Not enough points', { memberId: entry.memberId });
  for (const share of entry.lots) {
    const moved = await ctx.db
      .updateTable('points_lots')
      .set({ remaining: sql`remaining + ${share.delta}` })
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', share.lotId)
      .where(sql<boolean>`remaining + ${share.delta} >= 0 and remaining + ${share.delta} <= original`)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new AppError('INSUFFICIENT_POINTS', 'A points lot changed meanwhile; try again');
  }
  const ledgerId = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('points_ledger')
    .values({
      tenant_id: ctx.tenantId,
      id: ledgerId,
      member_id: entry.memberId,
      store_id: entry.storeId,
      at: ctx.now.toISOString(),
      actor_user_id: ctx.actor.userId,
      kind: entry.kind,
      ref_type: entry.refType,
      ref_id: entry.refId,
      delta: entry.delta,
      balance_after: after.balance,
      note: entry.note ?? '',
    })
    .execute();
  const shares = entry.lots.filter((s) => s.delta !== 0);
  if (shares.length) {
    await ctx.db
      .insertInto('points_lot_entries')
      .values(
        shares.map((s) => ({
          tenant_id: ctx.tenantId,
          ledger_id: ledgerId,
          lot_id: s.lotId,
          delta: s.delta,
        })),
      )
      .execute();
  }
  return { balance: after.balance, ledgerId };
}

/** Takes `points` from the lots oldest-expiry-first; the shares to post (negative deltas). */
export function takeOldestFirst(
  lots: readonly { id: string; remaining: number }[],
  points: number,
): LotShare[] | null {
  const shares: LotShare[] = [];
  let left = points;
  for (const lot of lots) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    shares.push({ lotId: lot.id, delta: -take });
    left -= take;
  }
  return left === 0 ? shares : null;
}
