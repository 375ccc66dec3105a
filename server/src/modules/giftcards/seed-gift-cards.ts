import type { Ctx } from '../../shared/context.ts';
import { createProduct } from '../catalog/create-product.ts';
import { createExchangeItem } from './exchange-items.ts';

/**
 * The demo's gift cards and exchange catalogue: ¥100 and ¥500 cards to sell at the till, and what
 * points buy — a coupon, a bottle of water from the shelf, a ¥20 gift card.
 */
export async function seedGiftCards(ctx: Ctx): Promise<void> {
  await createProduct(ctx, { kind: 'gift_card', sku: 'GIFT-100', name: '礼品卡 ¥100', priceCents: 10_000 });
  await createProduct(ctx, { kind: 'gift_card', sku: 'GIFT-500', name: '礼品卡 ¥500', priceCents: 50_000 });
  const template = await ctx.db
    .selectFrom('coupon_templates')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  if (template)
    await createExchangeItem(ctx, {
      name: '积分换优惠券',
      kind: 'coupon',
      couponTemplateId: template.id,
      pointsCost: 500,
      sort: 1,
    });
  const water = await ctx.db
    .selectFrom('products')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('sku', '=', 'DR-WATER')
    .executeTakeFirst();
  if (water)
    await createExchangeItem(ctx, {
      name: '赠品：矿泉水',
      kind: 'product',
      productId: water.id,
      pointsCost: 200,
      stock: 200,
      sort: 2,
    });
  await createExchangeItem(ctx, {
    name: '¥20 礼品卡',
    kind: 'gift_card',
    giftCardValueCents: 2_000,
    pointsCost: 2_000,
    stock: 100,
    sort: 3,
  });
}
