import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { expireMemberPoints } from './expire-points.ts';
import { liveLots, postPoints, takeOldestFirst } from './lots.ts';
import { redemptionValue } from './rules.ts';

export interface RedeemInput {
  memberId: string;
  storeId: string;
  points: number;
  /** The order's total before points, for the cap. */
  orderTotalCents: number;
  refType: string;
  refId: string;
}

/**
 * Spends points at checkout: the value follows the tenant's rate and cap (rules.ts), the points
 * come from the lots that lapse soonest, and the whole change is one guarded posting.
 */
export async function redeemPoints(
  ctx: Ctx,
  input: RedeemInput,
): Promise<{ valueCents: number; balance: number }> {
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    const { settings } = await getTenantProfile(tx);
    const valueCents = redemptionValue(input.points, input.orderTotalCents, settings);
    await expireMemberPoints(tx, member.id);
    const shares = takeOldestFirst(await liveLots(tx, member.id), input.points);
    if (!shares) throw new AppError('INSUFFICIENT_POINTS', 'Not enough points', { requested: input.points });
    const { balance } = await postPoints(tx, {
      memberId: member.id,
      storeId: input.storeId,
      kind: 'redeem',
      refType: input.refType,
      refId: input.refId,
      delta: -input.points,
      lots: shares,
    });
    return { valueCents, balance };
  });
}

/**
 * Spends points on something other than an order (the points exchange): no cap, the points come
 * from the lots that lapse soonest, one guarded posting in the caller's transaction.
 */
export async function spendPoints(
  ctx: Ctx,
  input: { memberId: string; storeId: string; points: number; refType: string; refId: string; note?: string },
): Promise<{ balance: number }> {
  if (!Number.isSafeInteger(input.points) || input.points <= 0)
    throw new AppError('INVALID_POINTS', 'Spend a whole number of points above zero');
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    await expireMemberPoints(tx, member.id);
    const shares = takeOldestFirst(await liveLots(tx, member.id), input.points);
    if (!shares) throw new AppError('INSUFFICIENT_POINTS', 'Not enough points', { requested: input.points });
    return postPoints(tx, {
      memberId: member.id,
      storeId: input.storeId,
      kind: 'redeem',
      refType: input.refType,
      refId: input.refId,
      delta: -input.points,
      lots: shares,
      note: input.note,
    });
  });
}
