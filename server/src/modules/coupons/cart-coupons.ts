import type { Ctx } from '../../shared/context.ts';
import { type PricingInput, priceCart } from '../pricing/price-cart.ts';
import { couponRule, whyNotApplicable } from './coupon-rule.ts';
import { type Coupon, listMemberCoupons } from './member-coupons.ts';

export interface CartCouponOption extends Coupon {
  /** Whether it applies to this cart at this store now. */
  applicable: boolean;
  /** What it would take off this cart (before points), 0 when not applicable. */
  estimateCents: number;
  /** Why not: store, no_items_in_scope, below_threshold. */
  reason: string | null;
}

/**
 * The member's usable coupons for the till, each priced on this cart with the engine (without
 * points, which come after the coupon), so the cashier sees what each would save.
 */
export async function couponsForCart(
  ctx: Ctx,
  input: { memberId: string; storeId: string; pricingInput: PricingInput },
): Promise<CartCouponOption[]> {
  const coupons = await listMemberCoupons(ctx, input.memberId, { usableOnly: true });
  return coupons.map((c) => {
    if (c.storeIds.length > 0 && !c.storeIds.includes(input.storeId))
      return { ...c, applicable: false, estimateCents: 0, reason: 'store' };
    return estimate(c, input.pricingInput);
  });
}

function estimate(c: Coupon, pricingInput: PricingInput): CartCouponOption {
  const terms = c;
  const priced = priceCart({ ...pricingInput, coupon: couponRule(terms), points: null });
  const amount = priced.orderAdjustments.find((a) => a.kind === 'coupon')?.amountCents ?? 0;
  if (amount > 0) return { ...c, applicable: true, estimateCents: amount, reason: null };
  return {
    ...c,
    applicable: false,
    estimateCents: 0,
    reason: whyNotApplicable(terms, priced.lines) ?? 'nothing_left',
  };
}
