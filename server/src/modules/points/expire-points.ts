import type { Db } from '../../db/schema.ts';
import { type Ctx, systemCtx } from '../../shared/context.ts';
import { postPoints } from './lots.ts';

/**
 * Lapses the member's lots whose expiry has passed (expires_at <= now): one 'expire' ledger row per
 * lot. Called before every read or change of a member's points, so expiry is exact at the
 * boundary whenever the daily job last ran.
 */
export async function expireMemberPoints(ctx: Ctx, memberId: string): Promise<number> {
  const due = await ctx.db
    .selectFrom('points_lots')
    .select(['id', 'remaining'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .where('remaining', '>', 0)
    .where('expires_at', '<=', ctx.now.toISOString())
    .execute();
  let expired = 0;
  for (const lot of due) {
    await postPoints(ctx, {
      memberId,
      storeId: null,
      kind: 'expire',
      refType: 'points_lot',
      refId: lot.id,
      delta: -lot.remaining,
      lots: [{ lotId: lot.id, delta: -lot.remaining }],
      floor: null,
    });
    expired += lot.remaining;
  }
  return expired;
}

/** The daily job: every member with a lapsed lot, one transaction per member. */
export async function expireDuePoints(db: Db, now: Date): Promise<{ members: number; points: number }> {
  const members = await db
    .selectFrom('points_lots')
    .select(['tenant_id', 'member_id'])
    .distinct()
    .where('remaining', '>', 0)
    .where('expires_at', '<=', now.toISOString())
    .execute();
  let points = 0;
  for (const { tenant_id, member_id } of members) {
    points += await db
      .transaction()
      .execute((trx) =>
        expireMemberPoints(systemCtx(trx as unknown as Db, tenant_id, now, 'points-expiry'), member_id),
      );
  }
  return { members: members.length, points };
}
