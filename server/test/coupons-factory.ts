import { expect } from 'vitest';
import { creditPoints } from '../src/modules/points/earn-points.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import type { TestApp } from './app.ts';
import { sysCtx, T0 } from './factories.ts';
import { key, type makeShop } from './sales-factory.ts';

type Shop = Awaited<ReturnType<typeof makeShop>>;

/** Helpers for coupon and promotion tests: everything through HTTP except level and points set-up. */
export function couponKit(t: TestApp, shop: Shop) {
  const storeId = shop.chain.storeA.id;
  const kit = {
    async template(body: Record<string, unknown>) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/coupon-templates',
        cookie: shop.owner,
        body: {
          name: '券',
          kind: 'fixed',
          value: 1_000,
          maxOffCents: null,
          thresholdCents: 0,
          scope: 'all',
          scopeIds: [],
          storeIds: [],
          validity: 'days',
          validFrom: null,
          validUntil: null,
          validDays: 30,
          perMemberLimit: 0,
          totalStock: null,
          ...body,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; issuedCount: number };
    },
    issue(memberId: string, templateId: string, count = 1) {
      return t.request({
        method: 'POST',
        url: `/api/v1/members/${memberId}/coupons`,
        cookie: shop.manager,
        body: { templateId, count },
      });
    },
    async issueOne(memberId: string, templateId: string) {
      const res = await kit.issue(memberId, templateId);
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string; code: string }[])[0] as { id: string; code: string };
    },
    quote(body: Record<string, unknown>) {
      return t.request({
        method: 'POST',
        url: '/api/v1/sales/quote',
        cookie: shop.cashier,
        body: { storeId, ...body },
      });
    },
    sell(body: Record<string, unknown>, totalCents: number, k = key('cp-sale')) {
      return t.request({
        method: 'POST',
        url: '/api/v1/orders',
        cookie: shop.cashier,
        body: {
          storeId,
          till: 'T1',
          ...body,
          payments: totalCents > 0 ? [{ method: 'wechat', amountCents: totalCents, ref: 'wx' }] : [],
        },
        headers: { 'idempotency-key': k },
      });
    },
    refund(orderId: string, lines?: { lineNo: number; qty: number }[]) {
      return t.request({
        method: 'POST',
        url: `/api/v1/orders/${orderId}/refunds`,
        cookie: shop.manager,
        body: { till: 'T1', reason: '顾客退货', ...(lines ? { lines } : {}) },
        headers: { 'idempotency-key': key('cp-rf') },
      });
    },
    coupon(id: string) {
      return t.db.db.selectFrom('coupons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    },
    /** Puts the member on a level that pays `discountPercent` (90 = 9折). */
    async giveLevel(memberId: string, discountPercent: number, pointsMultiplierPercent = 100) {
      const id = uuidv7();
      await t.db.db
        .insertInto('levels')
        .values({
          tenant_id: shop.chain.tenantId,
          id,
          rank: Math.floor(Math.random() * 1_000_000) + 10,
          name: `V${discountPercent}`,
          threshold: 999_999_999,
          discount_percent: discountPercent,
          points_multiplier_percent: pointsMultiplierPercent,
          benefits: '',
          created_at: T0.toISOString(),
          updated_at: T0.toISOString(),
        })
        .execute();
      await t.db.db.updateTable('members').set({ level_id: id }).where('id', '=', memberId).execute();
    },
    async givePoints(memberId: string, points: number) {
      await t.db.db
        .transaction()
        .execute((trx) =>
          creditPoints(
            { ...sysCtx(t.db.db, shop.chain.tenantId, t.clock.now), db: trx },
            { memberId, storeId, points, refType: 'test', refId: uuidv7() },
          ),
        );
    },
  };
  return kit;
}
