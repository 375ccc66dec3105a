import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeStore, sysCtx } from '../../../test/factories.ts';
import { makeMember, makePlan } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { checkout } from '../sales/checkout.ts';
import { refundOrder } from '../sales/refund-order.ts';
import { payWithStoredValue } from '../wallet/pay-with-stored-value.ts';
import { recordRecharge } from '../wallet/record-recharge.ts';
import { refundRecharge } from '../wallet/refund-recharge.ts';
import { moveStoredValue } from '../wallet/stored-value.ts';
import { getSettlement } from './settlement.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let A: string;
let B: string;
let C: string;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'settle');
  A = chain.storeA.id;
  B = chain.storeB.id;
  C = (await makeStore(t.db.db, chain.tenantId, 'C')).id;
});
afterAll(() => t.close());

const ctx = () => sysCtx(t.db.db, chain.tenantId, t.clock.now);
const recharge = async (memberId: string, storeId: string, amountCents: number, planId?: string) =>
  recordRecharge(ctx(), {
    memberId,
    storeId,
    paymentMethod: 'cash',
    ...(planId ? { planId } : { amountCents }),
  });
const pay = (memberId: string, storeId: string, amountCents: number) =>
  payWithStoredValue(ctx(), { memberId, storeId, amountCents, refType: 'order', refId: uuidv7() });
const parts = async (memberId: string) =>
  (
    await t.db.db
      .selectFrom('stored_value_origin_balances')
      .select(['origin_store_id', 'principal_cents', 'bonus_cents'])
      .where('member_id', '=', memberId)
      .execute()
  )
    .map((r) => ({ origin: r.origin_store_id, principal: r.principal_cents, bonus: r.bonus_cents }))
    .sort((a, b) => a.origin.localeCompare(b.origin));
const byOrigin = (rows: { origin: string; principal: number; bonus: number }[]) =>
  [...rows].sort((a, b) => a.origin.localeCompare(b.origin));

describe(`cross-store settlement on ${TEST_DIALECT}`, () => {
  it('three stores: who owes whom, exactly, and the nets sum to zero', async () => {
    // The period is March 2026 in the tenant's zone (Asia/Shanghai); T0 is 2 March.
    const perm = await makeProduct(t.db.db, chain.tenantId, {
      kind: 'service',
      name: '烫发',
      price_cents: 16_000,
      cost_cents: 0,
      track_stock: 0,
    });
    const plan = await makePlan(t.db.db, chain.tenantId, 80_000, 8_000);

    // m1 holds A's 800 + 80 bonus and B's 400: balance 1,200 + 80.
    const m1 = await makeMember(t.db.db, chain.tenantId, { homeStoreId: A });
    await recharge(m1.id, A, 0, plan.id);
    await recharge(m1.id, B, 40_000);
    // 320 at C, proportional: principal 320 × 1200/1280 = 300, bonus 20; the principal from A and B
    // in their 800:400 → A 200, B 100; the bonus is all A's.
    const sale = await checkout(ctx(), {
      storeId: C,
      till: 'C1',
      memberId: m1.id,
      lines: [{ productId: perm.id, qty: 2 }],
      payments: [{ method: 'stored_value', amountCents: 32_000 }],
    });
    expect(byOrigin(await parts(m1.id))).toEqual(
      byOrigin([
        { origin: A, principal: 60_000, bonus: 6_000 },
        { origin: B, principal: 30_000, bonus: 0 },
      ]),
    );
    // 96 at A: principal 90 (A 60, B 30), bonus 6 — A's own money spent in A settles nothing.
    await pay(m1.id, A, 9_600);
    // One of the two perms comes back: 150 principal + 10 bonus, given back to A and B in
    // proportion to what the payment took from each (200:100) → A 100, B 50; the bonus to A.
    await refundOrder(ctx(), {
      orderId: sale.id,
      till: 'C1',
      lines: [{ lineNo: 1, qty: 1 }],
      reason: '不满意',
    });
    expect(byOrigin(await parts(m1.id))).toEqual(
      byOrigin([
        { origin: A, principal: 64_000, bonus: 6_400 },
        { origin: B, principal: 32_000, bonus: 0 },
      ]),
    );

    // m2 recharged 200 in C and spends 50 in A.
    const m2 = await makeMember(t.db.db, chain.tenantId, { homeStoreId: C });
    await recharge(m2.id, C, 20_000);
    await pay(m2.id, A, 5_000);

    // m3: 300 in A and 100 in B, spends 200 in B (A 150, B 50); then A's recharge is refunded at
    // the counter of B: 200 unspent principal, A's part (150) first, the other 50 from B.
    const m3 = await makeMember(t.db.db, chain.tenantId, { homeStoreId: B });
    const r3 = await recharge(m3.id, A, 30_000);
    await recharge(m3.id, B, 10_000);
    await pay(m3.id, B, 20_000);
    const back = await refundRecharge(ctx(), r3.recharge.id, { storeId: B, reason: '退卡' });
    expect(back.refundedPrincipalCents).toBe(20_000);
    expect(await parts(m3.id)).toEqual(
      [
        { origin: A, principal: 0, bonus: 0 },
        { origin: B, principal: 0, bonus: 0 },
      ].sort((a, b) => a.origin.localeCompare(b.origin)),
    );

    const s = await getSettlement(ctx(), { from: '2026-03-01', to: '2026-03-31' });
    const cell = (from: string, to: string) =>
      s.cells.find((c) => c.rechargeStoreId === from && c.spendStoreId === to) ?? null;
    expect(cell(A, C)).toMatchObject({ principalCents: 10_000, bonusCents: 1_000 }); // 200 − 100
    expect(cell(B, C)).toMatchObject({ principalCents: 5_000, bonusCents: 0 }); // 100 − 50
    expect(cell(A, A)).toMatchObject({ principalCents: 6_000, bonusCents: 600 });
    expect(cell(B, A)).toMatchObject({ principalCents: 3_000, bonusCents: 0 });
    expect(cell(C, A)).toMatchObject({ principalCents: 5_000, bonusCents: 0 });
    expect(cell(A, B)).toMatchObject({ principalCents: 30_000, bonusCents: 0 }); // 150 spent + 150 paid back
    expect(cell(B, B)).toMatchObject({ principalCents: 10_000, bonusCents: 0 });
    expect(s.cells).toHaveLength(7);
    const net = (id: string) => s.nets.find((n) => n.storeId === id);
    expect(net(A)).toEqual({ storeId: A, receivableCents: 8_000, payableCents: 40_000, netCents: -32_000 });
    expect(net(B)).toEqual({ storeId: B, receivableCents: 30_000, payableCents: 8_000, netCents: 22_000 });
    expect(net(C)).toEqual({ storeId: C, receivableCents: 15_000, payableCents: 5_000, netCents: 10_000 });
    expect(s.totalNetCents).toBe(0);
    expect(s.stores.map((x) => x.code)).toEqual(['A', 'B', 'C']);

    // Another period sees none of it; a store manager of A sees A's pairs and A's net only.
    const april = await getSettlement(ctx(), { from: '2026-04-01', to: '2026-04-30' });
    expect(april.cells).toEqual([]);
    expect(april.nets.every((n) => n.netCents === 0)).toBe(true);
    const scoped = await getSettlement(
      {
        ...ctx(),
        actor: { ...ctx().actor, kind: 'user', storeIds: [A], permissions: new Set(['reports.read']) },
      },
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(scoped.nets).toEqual([net(A)]);
    expect(scoped.cells.some((c) => c.rechargeStoreId === B && c.spendStoreId === C)).toBe(false);

    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('a balance from before origins were kept is the home store’s, taken in at its next movement', async () => {
    const m = await makeMember(t.db.db, chain.tenantId, { homeStoreId: C });
    // As a history import writes it: the account and its opening ledger row, no origin parts.
    await t.db.db
      .insertInto('stored_value_accounts')
      .values({
        tenant_id: chain.tenantId,
        member_id: m.id,
        principal_cents: 10_000,
        bonus_cents: 1_000,
        updated_at: t.clock.now.toISOString(),
      })
      .execute();
    await t.db.db
      .insertInto('stored_value_ledger')
      .values({
        tenant_id: chain.tenantId,
        id: uuidv7(),
        member_id: m.id,
        store_id: null,
        at: t.clock.now.toISOString(),
        actor_user_id: null,
        kind: 'opening',
        ref_type: 'import',
        ref_id: 'x',
        principal_delta: 10_000,
        bonus_delta: 1_000,
        principal_after: 10_000,
        bonus_after: 1_000,
        note: '',
      })
      .execute();
    const before = await getSettlement(ctx(), { from: '2026-03-01', to: '2026-03-31' });
    t.clock.now = new Date('2026-05-10T04:00:00Z');
    await pay(m.id, A, 2_200); // principal 2,000 + bonus 200, all of C's
    expect(await parts(m.id)).toEqual([{ origin: C, principal: 8_000, bonus: 800 }]);
    const carried = await t.db.db
      .selectFrom('stored_value_origin_entries')
      .select(['kind', 'origin_store_id', 'principal_delta', 'bonus_delta'])
      .where('member_id', '=', m.id)
      .orderBy('kind')
      .execute();
    expect(carried).toEqual([
      { kind: 'carry_in', origin_store_id: C, principal_delta: 10_000, bonus_delta: 1_000 },
      { kind: 'spend', origin_store_id: C, principal_delta: -2_000, bonus_delta: -200 },
    ]);
    const may = await getSettlement(ctx(), { from: '2026-05-01', to: '2026-05-31' });
    expect(may.cells).toEqual([
      { rechargeStoreId: C, spendStoreId: A, principalCents: 2_000, bonusCents: 200 },
    ]);
    expect(may.totalNetCents).toBe(0);
    // March is settled and stays as it was.
    expect(await getSettlement(ctx(), { from: '2026-03-01', to: '2026-03-31' })).toEqual(before);
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('an adjustment moves the adjusting store’s part first and settles nothing', async () => {
    t.clock.now = new Date('2026-06-10T04:00:00Z');
    const m = await makeMember(t.db.db, chain.tenantId, { homeStoreId: A });
    await recharge(m.id, A, 10_000);
    await recharge(m.id, B, 10_000);
    const adjust = (storeId: string, principalDelta: number) =>
      inTransaction(ctx(), (tx) =>
        moveStoredValue(tx, {
          memberId: m.id,
          storeId,
          kind: 'adjustment',
          refType: 'adjustment',
          refId: uuidv7(),
          principalDelta,
          bonusDelta: 0,
        }),
      );
    await adjust(B, -12_000); // B's 100 first, then the other 20 from A
    await adjust(C, 3_000); // a credit belongs to the store that gives it
    expect(byOrigin(await parts(m.id))).toEqual(
      byOrigin([
        { origin: A, principal: 8_000, bonus: 0 },
        { origin: B, principal: 0, bonus: 0 },
        { origin: C, principal: 3_000, bonus: 0 },
      ]),
    );
    expect((await getSettlement(ctx(), { from: '2026-06-01', to: '2026-06-30' })).cells).toEqual([]);
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('refuses a bad period and readers without reports.read', async () => {
    await expect(getSettlement(ctx(), { from: '2026-03-31', to: '2026-03-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(getSettlement(ctx(), { from: '2026-02-30' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      getSettlement(
        { ...ctx(), actor: { ...ctx().actor, kind: 'user', storeIds: [A], permissions: new Set() } },
        {},
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
