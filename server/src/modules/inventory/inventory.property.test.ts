import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { AppError } from '../../shared/errors.ts';
import { adjustStock } from './adjust-stock.ts';
import { INVENTORY_CHECKS } from './checks.ts';
import { moveStock } from './stock.ts';
import { closeTransfer, sendTransfer } from './transfers.ts';

let db: TestDb;
let chain: Awaited<ReturnType<typeof makeChain>>;

beforeAll(async () => {
  db = await makeTestDb();
  chain = await makeChain(db.db);
});
afterAll(() => db.close());

const store = fc.constantFrom('A' as const, 'B' as const);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('purchase' as const),
    store,
    qty: fc.integer({ min: 1, max: 50 }),
    cost: fc.integer({ min: 0, max: 10_000 }),
  }),
  fc.record({ kind: fc.constant('sale' as const), store, qty: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('send' as const), store, qty: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('close' as const), which: fc.nat(), receive: fc.boolean() }),
  fc.record({
    kind: fc.constant('adjust' as const),
    store,
    qty: fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0),
  }),
);

describe(`stock invariants on ${TEST_DIALECT}`, () => {
  it('any sequence of purchases, sales, transfers and adjustments keeps stock = ledger and conserves value', async () => {
    let clock = Date.parse('2026-03-02T02:00:00.000Z');
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const product = await makeProduct(db.db, chain.tenantId, { cost_cents: 300 });
        const stores = { A: chain.storeA.id, B: chain.storeB.id };
        const inTransit: string[] = [];
        // Value and units that came in or went out of the business (transfers move neither).
        let units = 0;
        let value = 0;
        for (const step of ops) {
          clock += 1000;
          const ctx = sysCtx(db.db, chain.tenantId, new Date(clock));
          try {
            if (step.kind === 'purchase' || step.kind === 'sale') {
              const qty = step.kind === 'purchase' ? step.qty : -step.qty;
              const moved = await moveStock(ctx, {
                storeId: stores[step.store],
                productId: product.id,
                kind: step.kind,
                refType: 'prop',
                refId: 'p',
                qty,
                ...(step.kind === 'purchase' ? { valueCents: step.qty * step.cost } : {}),
              });
              units += qty;
              value += moved.valueDeltaCents;
            } else if (step.kind === 'adjust') {
              const moved = await adjustStock(ctx, {
                storeId: stores[step.store],
                productId: product.id,
                qtyDelta: step.qty,
                reason: 'prop',
              });
              units += step.qty;
              value += moved.valueDeltaCents;
            } else if (step.kind === 'send') {
              const transfer = await sendTransfer(ctx, {
                fromStoreId: stores[step.store],
                toStoreId: stores[step.store === 'A' ? 'B' : 'A'],
                lines: [{ productId: product.id, qty: step.qty }],
              });
              inTransit.push(transfer.id);
            } else if (inTransit.length) {
              const [id] = inTransit.splice(step.which % inTransit.length, 1);
              await closeTransfer(ctx, id!, step.receive ? 'received' : 'cancelled');
            }
          } catch (err) {
            // Refusals (not enough stock) are fine: they change nothing.
            if (!(err instanceof AppError) || err.code !== 'OUT_OF_STOCK') throw err;
          }
          const levels = await db.db
            .selectFrom('stock_levels')
            .select(['store_id', 'on_hand', 'value_cents'])
            .where('tenant_id', '=', chain.tenantId)
            .where('product_id', '=', product.id)
            .execute();
          const transit = await db.db
            .selectFrom('stock_transfer_lines as l')
            .innerJoin('stock_transfers as t', (j) =>
              j.onRef('t.tenant_id', '=', 'l.tenant_id').onRef('t.id', '=', 'l.transfer_id'),
            )
            .select(['l.qty', 'l.value_cents'])
            .where('l.tenant_id', '=', chain.tenantId)
            .where('l.product_id', '=', product.id)
            .where('t.status', '=', 'in_transit')
            .execute();
          for (const l of levels) {
            expect(l.on_hand).toBeGreaterThanOrEqual(0);
            expect(l.value_cents).toBeGreaterThanOrEqual(0);
            if (l.on_hand === 0) expect(l.value_cents).toBe(0);
          }
          const sum = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);
          expect(sum(levels.map((l) => ({ n: l.on_hand }))) + sum(transit.map((l) => ({ n: l.qty })))).toBe(
            units,
          );
          expect(
            sum(levels.map((l) => ({ n: l.value_cents }))) + sum(transit.map((l) => ({ n: l.value_cents }))),
          ).toBe(value);
        }
        const ledger = await db.db
          .selectFrom('stock_ledger')
          .select(['store_id', 'qty_delta', 'value_delta_cents'])
          .where('tenant_id', '=', chain.tenantId)
          .where('product_id', '=', product.id)
          .execute();
        const levels = await db.db
          .selectFrom('stock_levels')
          .select(['store_id', 'on_hand', 'value_cents'])
          .where('tenant_id', '=', chain.tenantId)
          .where('product_id', '=', product.id)
          .execute();
        for (const l of levels) {
          const own = ledger.filter((e) => e.store_id === l.store_id);
          expect(own.reduce((s, e) => s + e.qty_delta, 0)).toBe(l.on_hand);
          expect(own.reduce((s, e) => s + e.value_delta_cents, 0)).toBe(l.value_cents);
        }
      }),
      { numRuns: TEST_DIALECT === 'postgres' ? 25 : 60 },
    );
    const names = new Set(INVENTORY_CHECKS.map((c) => c.name));
    expect((await runChecks(db)).filter((r) => names.has(r.name) && !r.ok)).toEqual([]);
  }, 120_000);
});
