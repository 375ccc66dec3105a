import type { Ctx } from '../../shared/context.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { type CartCouponOption, couponsForCart } from '../coupons/cart-coupons.ts';
import type { PricedCart } from '../pricing/price-cart.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type CartInput, loadAndPrice, pointsEarnedOn } from './cart.ts';

/**
 * Prices a cart without charging anything: what the till shows while the cashier scans, with the
 * engine's explanation and the points it would earn if paid with money.
 */
export async function quoteCart(
  ctx: Ctx,
  input: CartInput,
): Promise<PricedCart & { pointsToEarnEstimate: number; coupons: CartCouponOption[] }> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, input.storeId);
  const { settings } = await getTenantProfile(ctx);
  const { priced, member, level, pricingInput } = await loadAndPrice(ctx, input, settings);
  const pointsToEarnEstimate = member
    ? await pointsEarnedOn(ctx, priced, priced.totalCents, settings, level)
    : 0;
  // The member's usable coupons, each priced on this cart, for the cashier to pick from.
  const coupons = member
    ? await couponsForCart(ctx, { memberId: member.id, storeId: input.storeId, pricingInput })
    : [];
  return { ...priced, pointsToEarnEstimate, coupons };
}
