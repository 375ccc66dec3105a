import type { CouponSource } from '../../db/schema.ts';
import { type Ctx, systemActor } from '../../shared/context.ts';
import { isAppError } from '../../shared/errors.ts';
import { issueCoupons } from '../coupons/issue-coupons.ts';

/**
 * Issues one coupon of a template to each member through the coupons module, as far as stock and
 * per-member limits allow. Answers each member's outcome: `issued`, `not_issued` (stock or limit)
 * or `failed: CODE`. Runs as the system: the campaign or automation was authorised when saved.
 */
export async function issueEngagementCoupons(
  ctx: Ctx,
  input: { templateId: string; memberIds: string[]; source: CouponSource; sourceRef: string },
): Promise<Map<string, string>> {
  const outcome = new Map<string, string>();
  if (!input.memberIds.length) return outcome;
  try {
    const coupons = await issueCoupons(
      { ...ctx, actor: systemActor(`engagement:${input.source}`) },
      { ...input, mode: 'available' },
    );
    const got = new Set(coupons.map((c) => c.memberId));
    for (const id of input.memberIds) outcome.set(id, got.has(id) ? 'issued' : 'not_issued');
  } catch (err) {
    const code = isAppError(err) ? err.code : 'INTERNAL_ERROR';
    for (const id of input.memberIds) outcome.set(id, `failed: ${code}`);
  }
  return outcome;
}
