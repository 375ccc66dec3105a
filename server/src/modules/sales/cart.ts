import type { Selectable } from 'kysely';
import type { MembersTable, ProductsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { allocate } from '../../shared/money.ts';
import { hasPermission } from '../auth/permissions.ts';
import { assertCouponApplied, type CartCoupon, loadCartCoupon } from '../coupons/redeem-coupon.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { pointsForPayment } from '../points/rules.ts';
import {
  type CartLine,
  type PricedCart,
  type PricedLine,
  type PricingInput,
  type PricingMember,
  priceCart,
} from '../pricing/price-cart.ts';
import { promotionsForCart } from '../promotions/promotions.ts';
import type { TenantSettings } from '../tenancy/settings.ts';

/** A line as the till sends it: the product, how many, and what the till showed as its price. */
export interface CartLineInput {
  productId: string;
  qty: number;
  /** The unit price the till showed; a different current price is PRICE_CHANGED. */
  unitPriceCents?: number;
  /** Pay this line with sessions of the member's card. */
  cardId?: string;
  staff?: { userId: string; sharePercent: number; requested?: boolean }[];
}

export interface CartInput {
  storeId: string;
  memberId?: string | null;
  lines: CartLineInput[];
  manualDiscount?: { kind: 'percent' | 'amount'; value: number; reason: string } | null;
  pointsToRedeem?: number;
  /** One of the member's coupons, by id or by the code the scanner read. */
  couponId?: string | null;
  couponCode?: string | null;
}

export interface LoadedCart {
  priced: PricedCart;
  products: Map<string, Selectable<ProductsTable>>;
  member: Selectable<MembersTable> | null;
  /** The member's level; its points multiplier includes today's member-day multiplier. */
  level: { id: string | null; name: string; discountPercent: number; pointsMultiplierPercent: number } | null;
  /** The cart's coupon, checked and applied (checkout redeems it). */
  coupon: CartCoupon | null;
  /** What the engine was given, less coupon and points: the till prices each usable coupon on it. */
  pricingInput: PricingInput;
  /** What the cart's gift card lines cost (at face value, outside the engine). */
  giftCardCents: number;
}

/**
 * Loads what a cart names (products, member, level) and prices it with the engine. Checkout and the
 * till's preview both call this, so what the screen shows is what the sale charges.
 */
export async function loadAndPrice(
  ctx: Ctx,
  input: CartInput,
  settings: TenantSettings,
  opts: { lockMember?: boolean } = {},
): Promise<LoadedCart> {
  if (input.lines.length === 0)
    throw new AppError('VALIDATION_FAILED', 'The cart is empty', { field: 'lines' });
  const ids = [...new Set(input.lines.map((l) => l.productId))];
  const rows = await ctx.db
    .selectFrom('products')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', ids)
    .execute();
  const products = new Map(rows.map((p) => [p.id, p]));

  const member = input.memberId ? await loadMember(ctx, input.memberId, { lock: opts.lockMember }) : null;
  if (member) assertActive(member);
  const levelRow = member?.level_id
    ? await ctx.db
        .selectFrom('levels')
        .select(['id', 'name', 'discount_percent', 'points_multiplier_percent'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', member.level_id)
        .executeTakeFirst()
    : undefined;
  const level = levelRow
    ? {
        id: levelRow.id,
        name: levelRow.name,
        discountPercent: levelRow.discount_percent,
        pointsMultiplierPercent: levelRow.points_multiplier_percent,
      }
    : null;

  const cardIds = [...new Set(input.lines.flatMap((l) => (l.cardId ? [l.cardId] : [])))];
  if (cardIds.length && member) {
    const owned = await ctx.db
      .selectFrom('member_cards')
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('member_id', '=', member.id)
      .where('id', 'in', cardIds)
      .execute();
    const missing = cardIds.find((id) => !owned.some((c) => c.id === id));
    if (missing) throw new AppError('CARD_NOT_FOUND', 'This member holds no such card', { cardId: missing });
  }

  const lines: CartLine[] = input.lines.map((l, i) => {
    const product = products.get(l.productId);
    if (!product)
      throw new AppError('PRODUCT_NOT_FOUND', 'No such product', { productId: l.productId, line: i });
    if (product.status !== 'active')
      throw new AppError('PRODUCT_ARCHIVED', 'This product is no longer sold', {
        productId: l.productId,
        line: i,
      });
    if (l.unitPriceCents !== undefined && l.unitPriceCents !== product.price_cents) {
      throw new AppError('PRICE_CHANGED', 'The price changed; refresh the till', {
        productId: product.id,
        line: i,
        priceCents: product.price_cents,
      });
    }
    if (l.cardId && !member)
      throw new AppError('VALIDATION_FAILED', 'A card pays only with its member attached', {
        field: `lines[${i}]`,
      });
    if (product.kind === 'card' && (!member || l.qty !== 1)) {
      throw new AppError('VALIDATION_FAILED', 'A card is sold one per line, to a member', {
        field: `lines[${i}]`,
      });
    }
    if (product.kind === 'gift_card' && (l.qty !== 1 || l.cardId)) {
      throw new AppError('VALIDATION_FAILED', 'A gift card is sold one per line, paid with money', {
        field: `lines[${i}]`,
      });
    }
    return {
      productId: product.id,
      sku: product.sku,
      name: product.name,
      kind: product.kind,
      categoryId: product.category_id,
      qty: l.qty,
      unitPriceCents: product.price_cents,
      memberPriceCents: product.member_price_cents,
      levelDiscount: product.level_discount === 1,
      cardSession: l.cardId ? { cardId: l.cardId, itemCode: product.sku } : null,
    };
  });

  const manual = input.manualDiscount && input.manualDiscount.value > 0 ? input.manualDiscount : null;
  if (manual && !hasPermission(ctx.actor, 'pos.discount'))
    throw new AppError('FORBIDDEN', 'Missing permission pos.discount', { permission: 'pos.discount' });
  const pricingMember: PricingMember | null = member
    ? { levelName: level?.name ?? null, discountPercent: level?.discountPercent ?? 100 }
    : null;
  if (input.pointsToRedeem && !member)
    throw new AppError('VALIDATION_FAILED', 'Points are redeemed by a member', { field: 'pointsToRedeem' });
  const promotions = await promotionsForCart(ctx, { storeId: input.storeId, isMember: Boolean(member) });
  const coupon = await loadCartCoupon(ctx, input, member?.id ?? null, input.storeId);
  // Gift cards sell at face value: no discount, coupon or points reaches them (that would turn a
  // discount into cash), so the engine prices the other lines and the gift cards rejoin after.
  const pricingInput: PricingInput = {
    lines: lines.filter((l) => l.kind !== 'gift_card'),
    member: pricingMember,
    itemPromotions: promotions.itemPromotions,
    orderPromotions: promotions.orderPromotions,
    manualDiscount: manual,
  };
  const engine = priceCart({
    ...pricingInput,
    coupon: coupon?.rule ?? null,
    points: input.pointsToRedeem
      ? {
          points: input.pointsToRedeem,
          pointsPerYuanRedeemed: settings.pointsPerYuanRedeemed,
          capPercent: settings.pointsRedeemCapPercent,
        }
      : null,
  });
  if (manual) await assertDiscountCap(ctx, engine.manualDiscountBasisPoints, settings);
  if (coupon) {
    const applied = engine.orderAdjustments.find((a) => a.kind === 'coupon')?.amountCents ?? 0;
    assertCouponApplied(coupon, engine.lines, applied);
  }
  const priced = withGiftCards(lines, engine);
  const giftCardCents = priced.totalCents - engine.totalCents;
  const multiplier = promotions.pointsMultiplierPercent;
  const earning =
    multiplier === 100 || !member
      ? level
      : {
          id: level?.id ?? null,
          name: level?.name ?? '',
          discountPercent: level?.discountPercent ?? 100,
          pointsMultiplierPercent: Math.floor(((level?.pointsMultiplierPercent ?? 100) * multiplier) / 100),
        };
  return { priced, products, member, level: earning, coupon, pricingInput, giftCardCents };
}

/** The engine's priced lines with the gift card lines back in their places, at face value. */
function withGiftCards(lines: readonly CartLine[], engine: PricedCart): PricedCart {
  const priced = [...engine.lines];
  let giftCents = 0;
  const merged: PricedLine[] = lines.map((line) => {
    if (line.kind !== 'gift_card') {
      const next = priced.shift();
      if (!next) throw new Error('engine lost a line');
      return next;
    }
    const listCents = line.unitPriceCents * line.qty;
    giftCents += listCents;
    return {
      ...line,
      listCents,
      adjustments: [],
      discountCents: 0,
      totalCents: listCents,
      pointsRedeemed: 0,
    };
  });
  if (giftCents === 0) return engine;
  return {
    ...engine,
    lines: merged,
    listCents: engine.listCents + giftCents,
    totalCents: engine.totalCents + giftCents,
  };
}

/** A manual discount may not pass the largest cap among the cashier's roles. */
async function assertDiscountCap(ctx: Ctx, basisPoints: number, settings: TenantSettings): Promise<void> {
  if (ctx.actor.kind === 'system' || !ctx.actor.userId) return;
  const roles = await ctx.db
    .selectFrom('user_roles')
    .innerJoin('roles', (j) =>
      j.onRef('roles.tenant_id', '=', 'user_roles.tenant_id').onRef('roles.id', '=', 'user_roles.role_id'),
    )
    .select('roles.code')
    .where('user_roles.tenant_id', '=', ctx.tenantId)
    .where('user_roles.user_id', '=', ctx.actor.userId)
    .execute();
  const caps = settings.manualDiscountCapPercent;
  const cap = Math.max(0, ...roles.map((r) => caps[r.code] ?? (r.code === 'owner' ? 100 : 0)));
  if (basisPoints > cap * 100) {
    throw new AppError('DISCOUNT_CAP_EXCEEDED', `Your manual discount cap is ${cap}%`, { capPercent: cap });
  }
}

/**
 * Points earned on `moneyPaidCents` (what was paid with money, never bonus or points): spread over
 * the lines by what each cost, each at its category's rate or the tenant's, times the level's
 * multiplier, rounded down per line.
 */
export async function pointsEarnedOn(
  ctx: Ctx,
  priced: PricedCart,
  moneyPaidCents: number,
  settings: TenantSettings,
  level: LoadedCart['level'],
): Promise<number> {
  // A gift card earns nothing when sold: points come when it is spent, as money paid for goods.
  const giftCents = priced.lines.reduce((s, l) => s + (l.kind === 'gift_card' ? l.totalCents : 0), 0);
  const lines = priced.lines.filter((l) => l.kind !== 'gift_card');
  const paid = moneyPaidCents - giftCents;
  const total = priced.totalCents - giftCents;
  if (paid <= 0 || total <= 0) return 0;
  const ids = [...new Set(lines.flatMap((l) => (l.categoryId ? [l.categoryId] : [])))];
  const rates = new Map<string, number>();
  if (ids.length) {
    const rows = await ctx.db
      .selectFrom('categories')
      .select(['id', 'points_per_yuan'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) if (r.points_per_yuan !== null) rates.set(r.id, r.points_per_yuan);
  }
  const shares = allocate(
    Math.min(paid, total),
    lines.map((l) => l.totalCents),
  );
  return lines.reduce((sum, l, i) => {
    const rate = (l.categoryId ? rates.get(l.categoryId) : undefined) ?? settings.pointsPerYuan;
    return sum + pointsForPayment(shares[i] ?? 0, rate, level?.pointsMultiplierPercent ?? 100);
  }, 0);
}
