import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestDb, TEST_DIALECT, type TestDb } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember, makePlan } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { AppError } from '../../shared/errors.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { payWithStoredValue } from './pay-with-stored-value.ts';
import { recordRecharge } from './record-recharge.ts';
import { refundRecharge } from './refund-recharge.ts';
import { readBalances, splitDeduction } from './stored-value.ts';

let db: TestDb;
let chain: Awaited<ReturnType<typeof makeChain>>;
let planId: string;

beforeAll(async () => {
  db = await makeTestDb();
  chain = await makeChain(db.db);
  planId = (await makePlan(db.db, chain.tenantId, 50_000, 8_000)).id;
});
afterAll(() => db.close());

const op = fc.oneof(
  fc.record({ kind: fc.constant('plan' as const) }),
  fc.record({ kind: fc.constant('custom' as const), amount: fc.integer({ min: 1, max: 200_000 }) }),
  fc.record({ kind: fc.constant('pay' as const), amount: fc.integer({ min: 1, max: 120_000 }) }),
  fc.record({ kind: fc.constant('refund' as const), which: fc.nat() }),
);
const order = fc.constantFrom('proportional' as const, 'principal_first' as const, 'bonus_first' as const);

describe(`stored value invariants on ${TEST_DIALECT}`, () => {
  it('splits any payment exactly and within both balances', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), fc.nat(2e9), order, (principal, bonus, amount, o) => {
        const balances = { principalCents: principal, bonusCents: bonus };
        if (amount > principal + bonus) {
          expect(() => splitDeduction(amount, balances, o)).toThrow(AppError);
          return;
        }
        const split = splitDeduction(amount, balances, o);
        expect(split.principal + split.bonus).toBe(amount);
        expect(split.principal).toBeGreaterThanOrEqual(0);
        expect(split.bonus).toBeGreaterThanOrEqual(0);
        expect(split.principal).toBeLessThanOrEqual(principal);
        expect(split.bonus).toBeLessThanOrEqual(bonus);
      }),
    );
  });

  it('any sequence of recharges, payments and refunds keeps balance = ledger, never negative, value conserved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), order, async (ops, o) => {
        const ctx = sysCtx(db.db, chain.tenantId);
        await updateTenantProfile(ctx, { settings: { storedValueDeductionOrder: o } });
        const member = await makeMember(db.db, chain.tenantId);
        const recharges: string[] = [];
        let credited = 0;
        let spent = 0;
        let returned = 0;
        for (const step of ops) {
          try {
            if (step.kind === 'plan' || step.kind === 'custom') {
              const { recharge } = await recordRecharge(ctx, {
                memberId: member.id,
                storeId: chain.storeA.id,
                ...(step.kind === 'plan' ? { planId } : { amountCents: step.amount }),
                paymentMethod: 'cash',
              });
              recharges.push(recharge.id);
              credited += recharge.principalCents + recharge.bonusCents;
            } else if (step.kind === 'pay') {
              await payWithStoredValue(ctx, {
                memberId: member.id,
                storeId: chain.storeA.id,
                amountCents: step.amount,
                refType: 'order',
                refId: 'p',
              });
              spent += step.amount;
            } else if (recharges.length) {
              const id = recharges[step.which % recharges.length]!;
              const r = await refundRecharge(ctx, id, { storeId: chain.storeA.id, reason: 'prop' });
              returned += r.refundedPrincipalCents + r.forfeitedBonusCents;
            }
          } catch (err) {
            // Refusals are fine (not enough balance, already refunded, nothing left): they change nothing.
            if (!(err instanceof AppError) || err.status >= 500) throw err;
          }
          const b = await readBalances(db.db, chain.tenantId, member.id);
          expect(b.principalCents).toBeGreaterThanOrEqual(0);
          expect(b.bonusCents).toBeGreaterThanOrEqual(0);
          expect(b.principalCents + b.bonusCents).toBe(credited - spent - returned);
        }
        const ledger = await db.db
          .selectFrom('stored_value_ledger')
          .select(['principal_delta', 'bonus_delta'])
          .where('tenant_id', '=', chain.tenantId)
          .where('member_id', '=', member.id)
          .execute();
        const b = await readBalances(db.db, chain.tenantId, member.id);
        expect(ledger.reduce((s, e) => s + e.principal_delta, 0)).toBe(b.principalCents);
        expect(ledger.reduce((s, e) => s + e.bonus_delta, 0)).toBe(b.bonusCents);
      }),
      { numRuns: TEST_DIALECT === 'postgres' ? 25 : 60 },
    );
    expect((await runChecks(db)).filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});
