import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeStore, sysCtx } from '../../../test/factories.ts';
import { makeMember, makePlan } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { allocate } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { payWithStoredValue } from '../wallet/pay-with-stored-value.ts';
import { recordRecharge } from '../wallet/record-recharge.ts';
import { refundRecharge } from '../wallet/refund-recharge.ts';
import { moveStoredValue, splitDeduction } from '../wallet/stored-value.ts';
import { getSettlement } from './settlement.ts';

/**
 * Random recharges (with and without bonus), payments, part refunds of payments and recharge
 * refunds over three stores; a plain model of the documented rules predicts every origin part and
 * so the matrix, and the nets of all stores always sum to zero.
 */

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let stores: string[];
let plans: { id: string; pay: number; bonus: number }[];

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'settleprop');
  stores = [chain.storeA.id, chain.storeB.id, (await makeStore(t.db.db, chain.tenantId, 'C')).id];
  plans = [];
  for (const [pay, bonus] of [
    [10_000, 1_000],
    [30_000, 6_000],
  ] as const) {
    plans.push({ id: (await makePlan(t.db.db, chain.tenantId, pay, bonus)).id, pay, bonus });
  }
});
afterAll(() => t.close());

type Pool = { principal: number; bonus: number };
type Op =
  | { op: 'recharge'; store: number; plan: number | null; amount: number }
  | { op: 'pay'; store: number; percent: number }
  | { op: 'giveBack'; payment: number; percent: number }
  | { op: 'refundRecharge'; recharge: number; store: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('recharge' as const),
    store: fc.nat(2),
    plan: fc.option(fc.nat(1), { nil: null }),
    amount: fc.integer({ min: 1, max: 50_000 }),
  }),
  fc.record({ op: fc.constant('pay' as const), store: fc.nat(2), percent: fc.integer({ min: 1, max: 100 }) }),
  fc.record({
    op: fc.constant('giveBack' as const),
    payment: fc.nat(9),
    percent: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({ op: fc.constant('refundRecharge' as const), recharge: fc.nat(9), store: fc.nat(2) }),
);

/** The rules of wallet/origin-stores.ts, restated on plain numbers. */
function drawDown(amount: number, pools: Map<string, Pool>, key: keyof Pool, first: string | null) {
  const out = new Map<string, number>();
  let rest = amount;
  if (first && pools.has(first)) {
    const take = Math.min(rest, pools.get(first)![key]);
    if (take > 0) out.set(first, take);
    rest -= take;
  }
  const others = [...pools.keys()].filter((s) => s !== first || !pools.has(first)).sort();
  allocate(
    rest,
    others.map((s) => pools.get(s)![key]),
  ).forEach((take, i) => {
    if (take > 0) out.set(others[i]!, (out.get(others[i]!) ?? 0) + take);
  });
  return out;
}

describe(`settlement property on ${TEST_DIALECT}`, () => {
  it('the matrix is exactly the modelled origin parts, and the nets sum to zero', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const member = await makeMember(t.db.db, chain.tenantId, { homeStoreId: stores[0] });
        const ctx = () => sysCtx(t.db.db, chain.tenantId, t.clock.now);
        const pools = new Map<string, Pool>();
        const expected = new Map<string, Pool>(); // "origin>store" → settled principal and bonus
        const settle = (origin: string, store: string, key: keyof Pool, amount: number) => {
          const k = `${origin}>${store}`;
          const cell = expected.get(k) ?? { principal: 0, bonus: 0 };
          cell[key] += amount;
          expected.set(k, cell);
        };
        const payments: { store: string; ref: string; taken: Map<string, Pool> }[] = [];
        const recharges: { id: string; store: string; principal: number; bonus: number; done: boolean }[] =
          [];
        const balance = () =>
          [...pools.values()].reduce(
            (s, p) => ({ principal: s.principal + p.principal, bonus: s.bonus + p.bonus }),
            {
              principal: 0,
              bonus: 0,
            },
          );
        const pool = (s: string) => {
          if (!pools.has(s)) pools.set(s, { principal: 0, bonus: 0 });
          return pools.get(s)!;
        };

        for (const o of ops) {
          if (o.op === 'recharge') {
            const store = stores[o.store]!;
            const plan = o.plan === null ? null : plans[o.plan]!;
            const r = await recordRecharge(ctx(), {
              memberId: member.id,
              storeId: store,
              paymentMethod: 'cash',
              ...(plan ? { planId: plan.id } : { amountCents: o.amount }),
            });
            pool(store).principal += plan ? plan.pay : o.amount;
            pool(store).bonus += plan ? plan.bonus : 0;
            recharges.push({
              id: r.recharge.id,
              store,
              principal: plan ? plan.pay : o.amount,
              bonus: plan ? plan.bonus : 0,
              done: false,
            });
          } else if (o.op === 'pay') {
            const b = balance();
            const amount = Math.floor(((b.principal + b.bonus) * o.percent) / 100);
            if (amount <= 0) continue;
            const store = stores[o.store]!;
            const ref = uuidv7();
            const paid = await payWithStoredValue(ctx(), {
              memberId: member.id,
              storeId: store,
              amountCents: amount,
              refType: 'order',
              refId: ref,
            });
            const split = splitDeduction(
              amount,
              { principalCents: b.principal, bonusCents: b.bonus },
              'proportional',
            );
            expect({ p: paid.principalCents, b: paid.bonusCents }).toEqual({
              p: split.principal,
              b: split.bonus,
            });
            const taken = new Map<string, Pool>();
            for (const key of ['principal', 'bonus'] as const) {
              for (const [origin, take] of drawDown(split[key], pools, key, null)) {
                pool(origin)[key] -= take;
                const tk = taken.get(origin) ?? { principal: 0, bonus: 0 };
                tk[key] += take;
                taken.set(origin, tk);
                settle(origin, store, key, take);
              }
            }
            payments.push({ store, ref, taken });
          } else if (o.op === 'giveBack') {
            const p = payments[o.payment % Math.max(1, payments.length)];
            if (!p) continue;
            const open = [...p.taken.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
            const back = { principal: 0, bonus: 0 };
            for (const key of ['principal', 'bonus'] as const) {
              const left = open.reduce((s, [, v]) => s + v[key], 0);
              back[key] = Math.floor((left * o.percent) / 100);
            }
            if (back.principal === 0 && back.bonus === 0) continue;
            // What a sale refund does: spend_reversal naming the payment it gives back.
            await inTransaction(ctx(), (tx) =>
              moveStoredValue(tx, {
                memberId: member.id,
                storeId: p.store,
                kind: 'spend_reversal',
                refType: 'refund',
                refId: uuidv7(),
                principalDelta: back.principal,
                bonusDelta: back.bonus,
                reverses: { refType: 'order', refId: p.ref },
              }),
            );
            for (const key of ['principal', 'bonus'] as const) {
              allocate(
                back[key],
                open.map(([, v]) => v[key]),
              ).forEach((amount, i) => {
                const [origin, v] = open[i]!;
                v[key] -= amount;
                pool(origin)[key] += amount;
                settle(origin, p.store, key, -amount);
              });
            }
          } else {
            const r = recharges.filter((x) => !x.done)[o.recharge % Math.max(1, recharges.length)];
            if (!r) continue;
            const b = balance();
            const principal = Math.min(r.principal, b.principal);
            if (principal <= 0) continue;
            const bonus = Math.min(
              r.principal > 0 ? Math.ceil((r.bonus * principal) / r.principal) : 0,
              b.bonus,
            );
            const store = stores[o.store]!;
            const res = await refundRecharge(ctx(), r.id, { storeId: store, reason: '退款' });
            expect([res.refundedPrincipalCents, res.forfeitedBonusCents]).toEqual([principal, bonus]);
            r.done = true;
            for (const key of ['principal', 'bonus'] as const) {
              for (const [origin, take] of drawDown(
                key === 'principal' ? principal : bonus,
                pools,
                key,
                r.store,
              )) {
                pool(origin)[key] -= take;
                settle(origin, store, key, take);
              }
            }
          }
        }

        const rows = await t.db.db
          .selectFrom('stored_value_origin_balances')
          .select(['origin_store_id', 'principal_cents', 'bonus_cents'])
          .where('member_id', '=', member.id)
          .execute();
        const actual = Object.fromEntries(
          rows.map((r) => [r.origin_store_id, { principal: r.principal_cents, bonus: r.bonus_cents }]),
        );
        expect(actual).toEqual(Object.fromEntries(pools));

        // This member's pairs, by the report, equal the model's; all stores' nets sum to zero.
        const report = await getSettlement(ctx(), { from: '2026-03-01', to: '2026-03-31' });
        expect(report.totalNetCents).toBe(0);
        expect(report.nets).toHaveLength(3);
        const nonZero = (m: Map<string, Pool>) =>
          Object.fromEntries([...m].filter(([, v]) => v.principal !== 0 || v.bonus !== 0));
        const cells = async (memberId?: string) => {
          let q = t.db.db
            .selectFrom('stored_value_origin_entries')
            .select(['origin_store_id', 'store_id', 'principal_delta', 'bonus_delta'])
            .where('tenant_id', '=', chain.tenantId)
            .where('kind', 'in', ['spend', 'spend_reversal', 'recharge_refund']);
          if (memberId) q = q.where('member_id', '=', memberId);
          const out = new Map<string, Pool>();
          for (const e of await q.execute()) {
            const k = `${e.origin_store_id}>${e.store_id}`;
            const cell = out.get(k) ?? { principal: 0, bonus: 0 };
            cell.principal -= e.principal_delta;
            cell.bonus -= e.bonus_delta;
            out.set(k, cell);
          }
          return nonZero(out);
        };
        // This member's parts are the model's; the report's matrix is every attributed movement.
        expect(await cells(member.id)).toEqual(nonZero(expected));
        expect(
          Object.fromEntries(
            report.cells.map((c) => [
              `${c.rechargeStoreId}>${c.spendStoreId}`,
              { principal: c.principalCents, bonus: c.bonusCents },
            ]),
          ),
        ).toEqual(await cells());
      }),
      { numRuns: 20 },
    );
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
    // Twenty histories of up to 14 movements each: well under a minute, even on a busy PostgreSQL.
  }, 120_000);
});
