import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { accountsOf, key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, 'prop');
});
afterAll(() => t.close());

const post = (url: string, body: unknown, cookie: string) =>
  t.request({ method: 'POST', url, cookie, body, headers: { 'idempotency-key': key('p') } });

describe(`sale and refunds on ${TEST_DIALECT}`, () => {
  it('property: any sale, then any sequence of partial refunds, never refunds more than was paid; all of them restore every account', async () => {
    const products = [shop.shampoo, shop.conditioner, shop.haircut];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ product: fc.nat(2), qty: fc.integer({ min: 1, max: 3 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.nat(1_000),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.array(fc.record({ line: fc.nat(2), qty: fc.integer({ min: 1, max: 4 }) }), { maxLength: 6 }),
        async (cart, manual, storedPercent, redeem, refunds) => {
          const m = await makeRichMember(t, shop);
          // Points to redeem come from an earlier sale, so the account starts with some.
          await post(
            '/api/v1/orders',
            {
              storeId: shop.chain.storeA.id,
              till: 'T1',
              memberId: m.id,
              lines: [{ productId: shop.haircut.id, qty: 2 }],
              payments: [{ method: 'wechat', amountCents: 17_600 }],
            },
            shop.cashier,
          );
          const before = await accountsOf(t, shop, m.id);
          const lines = cart.map((c) => ({ productId: products[c.product]!.id, qty: c.qty }));
          const body = {
            storeId: shop.chain.storeA.id,
            memberId: m.id,
            lines,
            manualDiscount: manual ? { kind: 'amount', value: manual, reason: '' } : null,
            pointsToRedeem: redeem ? 100 : 0,
          };
          const quote = await post('/api/v1/sales/quote', body, shop.cashier);
          if (quote.statusCode !== 200) return; // e.g. the points cap on a tiny order: refused, not sold
          const total = quote.json().totalCents as number;
          const stored = Math.floor((total * storedPercent) / 100);
          const payments = [
            ...(stored > 0 ? [{ method: 'stored_value', amountCents: stored }] : []),
            ...(total - stored > 0 ? [{ method: 'alipay', amountCents: total - stored, ref: 'A' }] : []),
          ];
          const sale = await post('/api/v1/orders', { ...body, till: 'T1', payments }, shop.cashier);
          expect(sale.statusCode).toBe(201);
          const order = sale.json();
          let refunded = 0;
          for (const r of refunds) {
            const line = order.lines[r.line % order.lines.length];
            const res = await post(
              `/api/v1/orders/${order.id}/refunds`,
              { till: 'T1', reason: 'prop', lines: [{ lineNo: line.lineNo, qty: r.qty }] },
              shop.manager,
            );
            if (res.statusCode === 201) refunded = res.json().refundedCents;
            else expect(res.json().error.code).toBe('REFUND_EXCEEDS_SALE');
            expect(refunded).toBeLessThanOrEqual(total);
          }
          const rest = await post(
            `/api/v1/orders/${order.id}/refunds`,
            { till: 'T1', reason: 'rest' },
            shop.manager,
          );
          if (rest.statusCode === 201) {
            expect(rest.json().refundedCents).toBe(total);
            for (const p of rest.json().payments) expect(p.refundedCents).toBe(p.amountCents);
          } else expect(rest.json().error.code).toBe('NOTHING_TO_REFUND');
          expect(await accountsOf(t, shop, m.id)).toEqual(before);
        },
      ),
      { numRuns: TEST_DIALECT === 'postgres' ? 15 : 25 },
    );
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });
});
