import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { allocate } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { expireMemberPoints } from './expire-points.ts';
import { type LotShare, liveLots, postPoints, readPointsBalance, takeOldestFirst } from './lots.ts';

/** Points already reversed for a reference, so repeated refunds never reverse more than once in total. */
async function alreadyReversed(ctx: Ctx, kind: 'clawback' | 'restore', refType: string, refId: string) {
  const row = await ctx.db
    .selectFrom('points_ledger')
    .select((eb) => eb.fn.sum<number>('delta').as('sum'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', kind)
    .where('ref_type', '=', refType)
    .where('ref_id', '=', refId)
    .executeTakeFirst();
  return Math.abs(Number(row?.sum ?? 0));
}

async function originalEntry(ctx: Ctx, kind: 'earn' | 'redeem', refType: string, refId: string) {
  const entry = await ctx.db
    .selectFrom('points_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', kind)
    .where('ref_type', '=', refType)
    .where('ref_id', '=', refId)
    .executeTakeFirst();
  if (!entry)
    throw new AppError(
      'NOT_FOUND',
      `No points were ${kind === 'earn' ? 'earned' : 'redeemed'} for this reference`,
    );
  return entry;
}

/**
 * A refund takes back the points its order earned, in proportion (part/whole of the order
 * refunded, rounded down, never more than earned in total). Taken first from the lot the order
 * created, then oldest-first. If the member has spent them, the tenant's policy decides: stop at
 * zero (the shortfall is noted on the ledger row) or let the balance go negative.
 */
export async function clawBackPoints(
  ctx: Ctx,
  ref: { refType: string; refId: string; storeId: string; part: number; whole: number },
): Promise<{ clawedBack: number; shortfall: number; balance: number }> {
  return inTransaction(ctx, async (tx) => {
    const earned = await originalEntry(tx, 'earn', ref.refType, ref.refId);
    await loadMember(tx, earned.member_id, { lock: true });
    const { settings } = await getTenantProfile(tx);
    const done = await alreadyReversed(tx, 'clawback', ref.refType, ref.refId);
    const target = Math.min(Math.floor((earned.delta * ref.part) / ref.whole), earned.delta - done);
    if (target <= 0)
      return { clawedBack: 0, shortfall: 0, balance: await readPointsBalance(tx, earned.member_id) };
    await expireMemberPoints(tx, earned.member_id);
    const lots = await liveLots(tx, earned.member_id);
    const ordered = [
      ...lots.filter((l) => l.ref_type === ref.refType && l.ref_id === ref.refId),
      ...lots.filter((l) => !(l.ref_type === ref.refType && l.ref_id === ref.refId)),
    ];
    const available = ordered.reduce((s, l) => s + l.remaining, 0);
    const fromLots = Math.min(target, available);
    const shares = takeOldestFirst(ordered, fromLots) ?? [];
    const negative = settings.pointsClawbackPolicy === 'allow_negative';
    const delta = negative ? target : fromLots;
    const shortfall = target - delta;
    const { balance } = await postPoints(tx, {
      memberId: earned.member_id,
      storeId: ref.storeId,
      kind: 'clawback',
      refType: ref.refType,
      refId: ref.refId,
      delta: -delta,
      lots: shares,
      floor: negative ? null : 0,
      note: shortfall > 0 ? `shortfall ${shortfall} (already spent; policy cap_at_zero)` : '',
    });
    return { clawedBack: delta, shortfall, balance };
  });
}

/**
 * A refund gives back the points its order redeemed, in proportion, into the same lots they came
 * from — with those lots' own expiry, so points do not outlive their date by being refunded.
 */
export async function restoreRedeemedPoints(
  ctx: Ctx,
  ref: { refType: string; refId: string; storeId: string; part: number; whole: number },
): Promise<{ restored: number; balance: number }> {
  return inTransaction(ctx, async (tx) => {
    const redeemed = await originalEntry(tx, 'redeem', ref.refType, ref.refId);
    await loadMember(tx, redeemed.member_id, { lock: true });
    const spent = -redeemed.delta;
    const done = await alreadyReversed(tx, 'restore', ref.refType, ref.refId);
    const target = Math.min(Math.floor((spent * ref.part) / ref.whole), spent - done);
    if (target <= 0) return { restored: 0, balance: await readPointsBalance(tx, redeemed.member_id) };
    const drawn = await tx.db
      .selectFrom('points_lot_entries')
      .select(['lot_id', 'delta'])
      .where('tenant_id', '=', tx.tenantId)
      .where('ledger_id', '=', redeemed.id)
      .orderBy('lot_id')
      .execute();
    const amounts = allocate(
      target,
      drawn.map((d) => -d.delta),
    );
    const shares: LotShare[] = drawn.map((d, i) => ({ lotId: d.lot_id, delta: amounts[i] ?? 0 }));
    const { balance } = await postPoints(tx, {
      memberId: redeemed.member_id,
      storeId: ref.storeId,
      kind: 'restore',
      refType: ref.refType,
      refId: ref.refId,
      delta: target,
      lots: shares,
      floor: null,
    });
    // A restored lot whose date has passed lapses at once.
    await expireMemberPoints(tx, redeemed.member_id);
    return { restored: target, balance };
  });
}
