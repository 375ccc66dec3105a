import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { giftCardKit } from '../../../test/giftcards-factory.ts';
import { makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let kit: Awaited<ReturnType<typeof giftCardKit>>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, 'gcprop');
  kit = await giftCardKit(t, shop);
});
afterAll(() => t.close());

const Op = fc.oneof(
  fc.record({
    kind: fc.constant('spend' as const),
    qty: fc.integer({ min: 1, max: 3 }),
    card: fc.integer({ min: 1, max: 30_000 }),
  }),
  fc.record({ kind: fc.constant('refund' as const), pick: fc.nat(10), qty: fc.integer({ min: 1, max: 2 }) }),
);

describe(`gift card ledger on ${TEST_DIALECT}`, () => {
  it('property: any sequence of spends and partial refunds keeps balance = sum of ledger, never below zero, never above face value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(Op, { minLength: 1, maxLength: 6 }), async (ops) => {
        const { id, code } = await kit.newCard();
        const orders: string[] = [];
        let paidByCard = 0;
        for (const op of ops) {
          if (op.kind === 'spend') {
            const total = 8_800 * op.qty;
            const fromCard = Math.min(op.card, total);
            const payments = [{ method: 'gift_card', amountCents: fromCard, giftCardCode: code }];
            if (total > fromCard) payments.push({ method: 'wechat', amountCents: total - fromCard } as never);
            const res = await kit.sell({ lines: [{ productId: shop.haircut.id, qty: op.qty }], payments });
            if (res.statusCode === 201) {
              orders.push(res.json().id);
              paidByCard += fromCard;
            } else expect(res.json().error.code).toBe('GIFT_CARD_INSUFFICIENT_BALANCE');
          } else if (orders.length) {
            const orderId = orders[op.pick % orders.length]!;
            const res = await kit.refund(orderId, [{ lineNo: 1, qty: op.qty }]);
            if (res.statusCode !== 201) expect(res.json().error.code).toBe('REFUND_EXCEEDS_SALE');
          }
          const card = await kit.card(id);
          const ledger = (await kit.ledger(id)).reduce((s, e) => s + e.delta_cents, 0);
          expect(card.balance_cents).toBe(ledger);
          expect(card.balance_cents).toBeGreaterThanOrEqual(0);
          expect(card.balance_cents).toBeLessThanOrEqual(10_000);
          expect(card.balance_cents).toBeGreaterThanOrEqual(10_000 - paidByCard);
        }
        // Refunding everything left brings the card back to its face value exactly.
        for (const orderId of orders) {
          const res = await kit.refund(orderId);
          if (res.statusCode !== 201) expect(res.json().error.code).toBe('NOTHING_TO_REFUND');
        }
        expect((await kit.card(id)).balance_cents).toBe(10_000);
      }),
      { numRuns: 12 },
    );
    const results = await runChecks(t.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
