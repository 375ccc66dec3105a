import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember, makePlan } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { payWithStoredValue } from './pay-with-stored-value.ts';
import { createRechargePlan } from './recharge-plans.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let cashier: string;
let finance: string;
let keySeq = 0;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  owner = await t.signIn('owner');
  cashier = await t.signIn('cashier');
  finance = await t.signIn('finance');
});
afterAll(() => t.close());

const key = () => `test-key-${++keySeq}-${Date.now()}`;
const recharge = (
  memberId: string,
  body: Record<string, unknown>,
  opts: { cookie?: string; key?: string } = {},
) =>
  t.request({
    method: 'POST',
    url: `/api/v1/members/${memberId}/recharges`,
    cookie: opts.cookie ?? cashier,
    body: { storeId: chain.storeA.id, paymentMethod: 'wechat', ...body },
    headers: { 'idempotency-key': opts.key ?? key() },
  });
const balances = async (memberId: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/members/${memberId}/stored-value`, cookie: owner })).json();
const pay = (memberId: string, amountCents: number, storeId = chain.storeA.id) =>
  payWithStoredValue(sysCtx(t.db.db, chain.tenantId, t.clock.now), {
    memberId,
    storeId,
    amountCents,
    refType: 'order',
    refId: `o-${++keySeq}`,
  });

describe(`stored value on ${TEST_DIALECT}`, () => {
  it('recharges with a plan: principal and bonus apart, on the ledger, in the member’s totals', async () => {
    const plan = await makePlan(t.db.db, chain.tenantId, 100_000, 10_000);
    const m = await makeMember(t.db.db, chain.tenantId);
    const res = await recharge(m.id, { planId: plan.id, paymentRef: 'WX123' });
    expect(res.statusCode).toBe(201);
    expect(res.json().balances).toEqual({ principalCents: 100_000, bonusCents: 10_000 });
    expect(res.json().recharge).toMatchObject({
      principalCents: 100_000,
      bonusCents: 10_000,
      paymentMethod: 'wechat',
      paymentRef: 'WX123',
    });
    expect(await balances(m.id)).toEqual({
      principalCents: 100_000,
      bonusCents: 10_000,
      totalCents: 110_000,
      low: false,
    });
    const ledger = (
      await t.request({ method: 'GET', url: `/api/v1/members/${m.id}/stored-value/entries`, cookie: owner })
    ).json();
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]).toMatchObject({
      kind: 'recharge',
      principalDelta: 100_000,
      bonusDelta: 10_000,
      principalAfter: 100_000,
      bonusAfter: 10_000,
    });
    const member = (await t.request({ method: 'GET', url: `/api/v1/members/${m.id}`, cookie: owner })).json();
    expect(member.rechargeTotalCents).toBe(100_000);
  });

  it('recharges a custom amount as principal only', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const res = await recharge(m.id, { amountCents: 12_345, paymentMethod: 'cash' });
    expect(res.json().balances).toEqual({ principalCents: 12_345, bonusCents: 0 });
    expect((await balances(m.id)).low).toBe(false);
  });

  it('requires an Idempotency-Key and runs a retried recharge once', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const noKey = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/recharges`,
      cookie: cashier,
      body: { storeId: chain.storeA.id, amountCents: 100, paymentMethod: 'cash' },
    });
    expect(noKey.json().error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const k = key();
    const first = await recharge(m.id, { amountCents: 5_000 }, { key: k });
    const again = await recharge(m.id, { amountCents: 5_000 }, { key: k });
    const racing = await Promise.all([1, 2, 3].map(() => recharge(m.id, { amountCents: 5_000 }, { key: k })));
    expect(again.json()).toEqual(first.json());
    for (const r of racing) expect(r.json().recharge.id).toBe(first.json().recharge.id);
    expect(await balances(m.id)).toMatchObject({ principalCents: 5_000, bonusCents: 0 });
    const other = await recharge(m.id, { amountCents: 6_000 }, { key: k });
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses bad input with a clear code and changes nothing', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const frozen = await makeMember(t.db.db, chain.tenantId);
    await t.request({ method: 'POST', url: `/api/v1/members/${frozen.id}/freeze`, cookie: owner });
    const rival = await makeChain(t.db.db, 'rival2');
    const theirs = await makeMember(t.db.db, rival.tenantId);
    const before = await databaseDigest(t.db);
    const cases: [string, Record<string, unknown>, string][] = [
      [m.id, { amountCents: -100 }, 'VALIDATION_FAILED'],
      [m.id, { amountCents: 0 }, 'VALIDATION_FAILED'],
      [m.id, { amountCents: 10.5 }, 'VALIDATION_FAILED'],
      [m.id, { amountCents: 1e15 }, 'VALIDATION_FAILED'],
      [m.id, { amountCents: '100' }, 'VALIDATION_FAILED'],
      [m.id, {}, 'VALIDATION_FAILED'],
      [m.id, { amountCents: 100, planId: '01a20b3f-0000-7000-8000-000000000000' }, 'VALIDATION_FAILED'],
      [m.id, { planId: '01a20b3f-0000-7000-8000-000000000000' }, 'PLAN_NOT_FOUND'],
      [m.id, { amountCents: 100, storeId: chain.storeB.id }, 'STORE_FORBIDDEN'],
      ['01a20b3f-0000-7000-8000-000000000000', { amountCents: 100 }, 'MEMBER_NOT_FOUND'],
      [frozen.id, { amountCents: 100 }, 'MEMBER_FROZEN'],
      [theirs.id, { amountCents: 100 }, 'MEMBER_NOT_FOUND'],
    ];
    for (const [memberId, body, code] of cases) {
      const res = await recharge(memberId, body);
      expect(res.json().error?.code, JSON.stringify(body)).toBe(code);
    }
    expect(await databaseDigest(t.db)).toBe(before);
  });

  it('spends proportionally by default and refuses more than the balance', async () => {
    const plan = await makePlan(t.db.db, chain.tenantId, 100_000, 10_000);
    const m = await makeMember(t.db.db, chain.tenantId);
    await recharge(m.id, { planId: plan.id });
    const spent = await pay(m.id, 55_000);
    expect(spent).toMatchObject({ principalCents: 50_000, bonusCents: 5_000 });
    expect(spent.balances).toEqual({ principalCents: 50_000, bonusCents: 5_000 });
    await expect(pay(m.id, 55_001)).rejects.toMatchObject({ code: 'INSUFFICIENT_BALANCE' });
    expect(await balances(m.id)).toMatchObject({ principalCents: 50_000, bonusCents: 5_000 });
  });

  it('follows the tenant’s deduction order and cross-store rule', async () => {
    const plan = await makePlan(t.db.db, chain.tenantId, 10_000, 1_000);
    const m = await makeMember(t.db.db, chain.tenantId, { homeStoreId: chain.storeA.id });
    await recharge(m.id, { planId: plan.id });
    const ctx = sysCtx(t.db.db, chain.tenantId);
    await updateTenantProfile(ctx, { settings: { storedValueDeductionOrder: 'bonus_first' } });
    expect(await pay(m.id, 1_500)).toMatchObject({ principalCents: 500, bonusCents: 1_000 });
    await updateTenantProfile(ctx, {
      settings: { storedValueDeductionOrder: 'principal_first', crossStoreStoredValue: false },
    });
    await expect(pay(m.id, 100, chain.storeB.id)).rejects.toMatchObject({ code: 'CROSS_STORE_DENIED' });
    expect(await pay(m.id, 100)).toMatchObject({ principalCents: 100, bonusCents: 0 });
    await updateTenantProfile(ctx, {
      settings: { storedValueDeductionOrder: 'proportional', crossStoreStoredValue: true },
    });
  });

  it('refunds a recharge: unspent principal back, matching bonus forfeited, once', async () => {
    const plan = await makePlan(t.db.db, chain.tenantId, 100_000, 10_000);
    const m = await makeMember(t.db.db, chain.tenantId);
    const { recharge: r } = (await recharge(m.id, { planId: plan.id })).json();
    await pay(m.id, 33_000); // proportional: 30,000 principal + 3,000 bonus
    const refund = (k: string, cookie = finance) =>
      t.request({
        method: 'POST',
        url: `/api/v1/recharges/${r.id}/refund`,
        cookie,
        body: { storeId: chain.storeA.id, reason: '客户搬家' },
        headers: { 'idempotency-key': k },
      });
    expect((await refund(key(), cashier)).statusCode).toBe(403); // cashiers do not refund
    const k = key();
    const res = await refund(k);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      refundedPrincipalCents: 70_000,
      forfeitedBonusCents: 7_000,
      balances: { principalCents: 0, bonusCents: 0 },
    });
    expect((await refund(k)).json()).toEqual(res.json()); // a retry replays
    expect((await refund(key())).json().error.code).toBe('RECHARGE_ALREADY_REFUNDED');
    const member = (await t.request({ method: 'GET', url: `/api/v1/members/${m.id}`, cookie: owner })).json();
    expect(member.rechargeTotalCents).toBe(30_000);
  });

  it('credits a plan’s points with the recharge and claws them back with its refund', async () => {
    const plan = await createRechargePlan(sysCtx(t.db.db, chain.tenantId), {
      name: '充500送50送200积分',
      payCents: 50_000,
      bonusCents: 5_000,
      points: 200,
    });
    const m = await makeMember(t.db.db, chain.tenantId);
    const { recharge: r } = (await recharge(m.id, { planId: plan.id })).json();
    expect(r.points).toBe(200);
    const points = async () =>
      (await t.request({ method: 'GET', url: `/api/v1/members/${m.id}/points`, cookie: owner })).json()
        .balance;
    expect(await points()).toBe(200);
    await pay(m.id, 27_500); // half the value: 25,000 principal + 2,500 bonus
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/recharges/${r.id}/refund`,
      cookie: finance,
      body: { storeId: chain.storeA.id, reason: 'r' },
      headers: { 'idempotency-key': key() },
    });
    expect(res.json().refundedPrincipalCents).toBe(25_000);
    expect(await points()).toBe(100); // half the principal refunded → half the plan's points back
  });

  it('forfeits bonus rounded up so no bonus outlives its principal', async () => {
    const plan = await makePlan(t.db.db, chain.tenantId, 30_000, 1_000);
    const m = await makeMember(t.db.db, chain.tenantId);
    const { recharge: r } = (await recharge(m.id, { planId: plan.id })).json();
    const spent = await pay(m.id, 10_001); // 9,678 principal + 323 bonus (largest remainder)
    expect(spent).toMatchObject({ principalCents: 9_678, bonusCents: 323 });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/recharges/${r.id}/refund`,
      cookie: finance,
      body: { storeId: chain.storeA.id, reason: 'r' },
      headers: { 'idempotency-key': key() },
    });
    const { refundedPrincipalCents: p, forfeitedBonusCents: b, balances: left } = res.json();
    expect(p).toBe(20_322);
    // ceil(1,000 × 20,322 / 30,000) = 678, but only 677 bonus is left: all of it goes.
    expect(b).toBe(677);
    expect(left).toEqual({ principalCents: 0, bonusCents: 0 });
    expect(p + b + 10_001).toBe(31_000);
  });

  it('lets exactly the payments that fit through when 20 race for one balance', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    await recharge(m.id, { amountCents: 10_000 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => pay(m.id, 1_500)));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok).toBe(6);
    expect(refused).toHaveLength(14);
    for (const r of refused) expect((r as PromiseRejectedResult).reason.code).toBe('INSUFFICIENT_BALANCE');
    expect(await balances(m.id)).toMatchObject({ principalCents: 1_000, bonusCents: 0 });
    const spends = await t.db.db
      .selectFrom('stored_value_ledger')
      .select('id')
      .where('member_id', '=', m.id)
      .where('kind', '=', 'spend')
      .execute();
    expect(spends).toHaveLength(6);
  });

  it('passes the ledger checks after all of the above', async () => {
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('check names a balance that does not match its ledger', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    await recharge(m.id, { amountCents: 1_000 });
    await t.db.db
      .updateTable('stored_value_accounts')
      .set({ principal_cents: 1_001 })
      .where('member_id', '=', m.id)
      .execute();
    const failed = (await runChecks(t.db)).filter((r) => !r.ok);
    expect(failed.map((f) => f.name)).toEqual(['stored value: every balance equals the sum of its ledger']);
    expect(failed[0]!.problems[0]).toContain(m.id);
    await t.db.db
      .updateTable('stored_value_accounts')
      .set({ principal_cents: 1_000 })
      .where('member_id', '=', m.id)
      .execute();
  });
});
