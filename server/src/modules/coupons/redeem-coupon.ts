import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { CouponsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import type { CouponRule, PricedLine } from '../pricing/price-cart.ts';
import { type CouponTerms, couponRule, whyNotApplicable } from './coupon-rule.ts';
import { stateOf } from './member-coupons.ts';
import { type CouponTemplate, toTemplate } from './templates.ts';

export interface CartCoupon {
  coupon: Selectable<CouponsTable>;
  template: CouponTemplate;
  rule: CouponRule;
}

/** Refuses a coupon that is not the member's, not usable now or not for this store. */
function assertUsable(
  ctx: Ctx,
  coupon: Selectable<CouponsTable>,
  template: CouponTemplate,
  memberId: string | null,
  storeId: string,
): void {
  if (coupon.member_id !== memberId)
    throw new AppError('COUPON_MEMBER_MISMATCH', 'This coupon belongs to another member', {
      couponId: coupon.id,
    });
  const state = stateOf(coupon, ctx.now);
  const details = { couponId: coupon.id, code: coupon.code };
  switch (state) {
    case 'used':
      throw new AppError('COUPON_ALREADY_USED', 'This coupon has been used', details);
    case 'void':
      throw new AppError('COUPON_NOT_FOUND', 'This coupon was voided', details);
    case 'expired':
      throw new AppError('COUPON_EXPIRED', 'This coupon has expired', {
        ...details,
        expiresAt: coupon.expires_at,
      });
    case 'not_yet_valid':
      throw new AppError('COUPON_NOT_YET_VALID', 'This coupon is not valid yet', {
        ...details,
        validFrom: coupon.valid_from,
      });
    case 'usable':
      break;
  }
  if (template.storeIds.length > 0 && !template.storeIds.includes(storeId))
    throw new AppError('COUPON_NOT_APPLICABLE', 'This coupon is not for this store', {
      ...details,
      reason: 'store',
    });
}

/**
 * The cart's coupon, by id or by the code the scanner read, checked for this member and store and
 * turned into the engine's `CouponRule`.
 */
export async function loadCartCoupon(
  ctx: Ctx,
  ref: { couponId?: string | null; couponCode?: string | null },
  memberId: string | null,
  storeId: string,
): Promise<CartCoupon | null> {
  const code = ref.couponCode?.trim().toUpperCase();
  if (!ref.couponId && !code) return null;
  if (!memberId)
    throw new AppError('VALIDATION_FAILED', 'A coupon is used by its member: attach the member', {
      field: 'couponId',
    });
  let q = ctx.db.selectFrom('coupons').selectAll().where('tenant_id', '=', ctx.tenantId);
  q = ref.couponId ? q.where('id', '=', ref.couponId) : q.where('code', '=', code ?? '');
  const coupon = await q.executeTakeFirst();
  if (!coupon) throw new AppError('COUPON_NOT_FOUND', 'No such coupon', { couponId: ref.couponId, code });
  const row = await ctx.db
    .selectFrom('coupon_templates')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', coupon.template_id)
    .executeTakeFirstOrThrow();
  const template = toTemplate(row);
  assertUsable(ctx, coupon, template, memberId, storeId);
  return { coupon, template, rule: couponRule(template) };
}

/** After pricing: a coupon that took nothing off (threshold not met, nothing in scope) is refused. */
export function assertCouponApplied(
  cart: CartCoupon,
  lines: readonly PricedLine[],
  appliedCents: number,
): void {
  if (appliedCents > 0) return;
  const reason = whyNotApplicable(cart.template as CouponTerms, lines) ?? 'nothing_left_to_discount';
  throw new AppError('COUPON_NOT_APPLICABLE', 'This coupon does not apply to this cart', {
    couponId: cart.coupon.id,
    reason,
    thresholdCents: cart.template.thresholdCents,
  });
}

/**
 * Uses the coupon for an order, inside the checkout's transaction: a single guarded update from
 * issued to redeemed, still in its window. Of two tills redeeming one coupon, one update lands; the
 * other gets COUPON_ALREADY_USED and its whole checkout rolls back.
 */
export async function redeemCoupon(
  ctx: Ctx,
  input: { couponId: string; orderId: string; storeId: string; discountCents: number },
): Promise<void> {
  const at = ctx.now.toISOString();
  const done = await ctx.db
    .updateTable('coupons')
    .set({
      status: 'redeemed',
      redeemed_at: at,
      redeemed_order_id: input.orderId,
      redeemed_store_id: input.storeId,
      discount_cents: input.discountCents,
    })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', input.couponId)
    .where('status', '=', 'issued')
    .where('valid_from', '<=', at)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 1) return;
  const row = await ctx.db
    .selectFrom('coupons')
    .select(['status', 'valid_from', 'expires_at', 'code'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', input.couponId)
    .executeTakeFirst();
  const state = row ? stateOf(row, ctx.now) : 'void';
  if (state === 'expired')
    throw new AppError('COUPON_EXPIRED', 'This coupon has expired', { couponId: input.couponId });
  if (state === 'void')
    throw new AppError('COUPON_NOT_FOUND', 'No such coupon', { couponId: input.couponId });
  throw new AppError('COUPON_ALREADY_USED', 'This coupon has been used', { couponId: input.couponId });
}

/**
 * A refund gives the coupon back only when the whole order is refunded and the coupon is still in
 * its window; after a partial refund, or once expired, it stays used (the discount stays with the
 * lines that were kept). Returns whether it was restored.
 */
export async function restoreCouponOfOrder(ctx: Ctx, orderId: string): Promise<boolean> {
  const done = await ctx.db
    .updateTable('coupons')
    .set({
      status: 'issued',
      redeemed_at: null,
      redeemed_order_id: null,
      redeemed_store_id: null,
      discount_cents: 0,
      restored_count: sql`restored_count + 1`,
    })
    .where('tenant_id', '=', ctx.tenantId)
    .where('redeemed_order_id', '=', orderId)
    .where('status', '=', 'redeemed')
    .where('expires_at', '>', ctx.now.toISOString())
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}
