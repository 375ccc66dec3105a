import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { expireMemberPoints } from './expire-points.ts';
import { ensurePointsAccount, liveLots, postPoints, readPointsBalance, takeOldestFirst } from './lots.ts';
import { expiryFor } from './rules.ts';

/**
 * A manual correction of a member's points (the adjustments module calls this once the request is
 * allowed or approved). Points added form a lot with the usual expiry and pay off any clawback
 * debt first; points removed come from the lots that lapse soonest and never below zero. Unlike
 * earning, an adjustment does not count toward a points-based level.
 */
export async function adjustPoints(
  ctx: Ctx,
  input: { memberId: string; storeId: string; delta: number; refId: string; note: string },
): Promise<{ balance: number }> {
  if (!Number.isSafeInteger(input.delta) || input.delta === 0)
    throw new AppError('INVALID_POINTS', 'Adjust by a whole number of points other than zero');
  await expireMemberPoints(ctx, input.memberId);
  await ensurePointsAccount(ctx, input.memberId);
  const entry = {
    memberId: input.memberId,
    storeId: input.storeId,
    kind: 'adjustment' as const,
    refType: 'adjustment',
    refId: input.refId,
    delta: input.delta,
    note: input.note,
  };
  if (input.delta < 0) {
    const shares = takeOldestFirst(await liveLots(ctx, input.memberId), -input.delta);
    if (!shares) throw new AppError('INSUFFICIENT_POINTS', 'The member has fewer points than that');
    return postPoints(ctx, { ...entry, lots: shares });
  }
  const { settings, timezone } = await getTenantProfile(ctx);
  const debt = Math.max(0, -(await readPointsBalance(ctx, input.memberId, true)));
  const lotId = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('points_lots')
    .values({
      tenant_id: ctx.tenantId,
      id: lotId,
      member_id: input.memberId,
      earned_at: ctx.now.toISOString(),
      expires_at: expiryFor(ctx.now, settings, timezone)?.toISOString() ?? null,
      original: input.delta,
      remaining: 0,
      ref_type: 'adjustment',
      ref_id: input.refId,
    })
    .execute();
  return postPoints(ctx, {
    ...entry,
    lots: [{ lotId, delta: input.delta - Math.min(input.delta, debt) }],
    floor: null,
  });
}
