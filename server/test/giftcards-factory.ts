import { expect } from 'vitest';
import type { TestApp } from './app.ts';
import { makeProduct } from './products-factory.ts';
import { key, type makeShop } from './sales-factory.ts';

type Shop = Awaited<ReturnType<typeof makeShop>>;

/** Gift card helpers over HTTP: a ¥100 card product, selling it, paying with a code, refunds. */
export async function giftCardKit(t: TestApp, shop: Shop) {
  const storeId = shop.chain.storeA.id;
  const cardProduct = await makeProduct(t.db.db, shop.chain.tenantId, {
    kind: 'gift_card',
    name: '礼品卡 ¥100',
    price_cents: 10_000,
    cost_cents: 0,
    track_stock: 0,
    level_discount: 0,
  });
  const kit = {
    cardProduct,
    sell(body: Record<string, unknown>, opts: { till?: string; key?: string; cookie?: string } = {}) {
      return t.request({
        method: 'POST',
        url: '/api/v1/orders',
        cookie: opts.cookie ?? shop.cashier,
        body: { storeId, till: opts.till ?? 'T1', ...body },
        headers: { 'idempotency-key': opts.key ?? key('gc-sale') },
      });
    },
    refund(orderId: string, lines?: { lineNo: number; qty: number }[], k = key('gc-rf')) {
      return t.request({
        method: 'POST',
        url: `/api/v1/orders/${orderId}/refunds`,
        cookie: shop.manager,
        body: { till: 'T1', reason: '顾客退货', ...(lines ? { lines } : {}) },
        headers: { 'idempotency-key': k },
      });
    },
    /** Sells one ¥100 card for WeChat money and returns its id and code. */
    async newCard(memberId?: string) {
      const res = await kit.sell({
        ...(memberId ? { memberId } : {}),
        lines: [{ productId: cardProduct.id, qty: 1 }],
        payments: [{ method: 'wechat', amountCents: 10_000, ref: 'wx' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      const sold = res.json().giftCards[0] as { giftCardId: string; code: string };
      return { id: sold.giftCardId, code: sold.code, orderId: res.json().id as string };
    },
    async card(id: string) {
      return t.db.db.selectFrom('gift_cards').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    },
    async ledger(id: string) {
      return t.db.db
        .selectFrom('gift_card_ledger')
        .selectAll()
        .where('gift_card_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute();
    },
  };
  return kit;
}
