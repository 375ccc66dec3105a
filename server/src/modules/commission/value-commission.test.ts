import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeUser, sysCtx } from '../../../test/factories.ts';
import { makeMember, makePlan } from '../../../test/members-factory.ts';
import { key } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { payWithStoredValue } from '../wallet/pay-with-stored-value.ts';
import { reverseValueCommission } from './reverse-value-commission.ts';

let t: TestApp;
let shopSeq = 0;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

type StaffPart = { userId: string; sharePercent: number; requested?: boolean };

/**
 * A fresh tenant per test (rules are tenant-wide) with a recharge rule: 轮钟 3%, 点钟 5%, and from
 * ¥2,000 of the month's recharges on, 4% / 6%.
 */
async function shop(ruleBody: Record<string, unknown> | null = RECHARGE_RULE) {
  const code = `vc${++shopSeq}`;
  const chain = await makeChain(t.db.db, code);
  const owner = await t.signIn('owner', code);
  const cashier = await t.signIn('cashier', code);
  const finance = await t.signIn('finance', code);
  const staff2 = await makeUser(t.db.db, chain.tenantId, {
    username: 'staff2',
    role: 'service_staff',
    storeIds: [chain.storeA.id],
  });
  if (ruleBody) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/commission/rules',
      cookie: owner,
      body: ruleBody,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const member = await makeMember(t.db.db, chain.tenantId);
  return { chain, owner, cashier, finance, member, staff: chain.users.staff.id, staff2: staff2.id, code };
}
type Shop = Awaited<ReturnType<typeof shop>>;

const RECHARGE_RULE = {
  name: '充值提成',
  scope: 'recharge',
  basis: 'percent',
  assignedValue: 300,
  requestedValue: 500,
  tiers: [{ fromCents: 200_000, assignedValue: 400, requestedValue: 600 }],
};

async function recharge(
  s: Shop,
  body: { amountCents?: number; planId?: string; staff?: StaffPart[] },
  k = key('vc-rc'),
) {
  return t.request({
    method: 'POST',
    url: `/api/v1/members/${s.member.id}/recharges`,
    cookie: s.cashier,
    body: { storeId: s.chain.storeA.id, paymentMethod: 'wechat', ...body },
    headers: { 'idempotency-key': k },
  });
}

async function recharged(s: Shop, body: Parameters<typeof recharge>[1]) {
  const res = await recharge(s, body);
  expect(res.statusCode, res.body).toBe(201);
  tick();
  return res.json().recharge as { id: string; principalCents: number };
}

const entries = (refId: string) =>
  t.db.db
    .selectFrom('commission_ledger')
    .select(['staff_user_id', 'kind', 'ref_type', 'qty', 'base_cents', 'amount_cents', 'rate', 'requested'])
    .where('ref_id', '=', refId)
    .orderBy('kind', 'desc')
    .orderBy('at')
    .orderBy('share_percent', 'desc')
    .orderBy('requested')
    .execute();

const net = async (refId: string, staffId: string) => {
  const rows = (await entries(refId)).filter((r) => r.staff_user_id === staffId);
  return {
    amount: rows.reduce((sum, r) => sum + Number(r.amount_cents), 0),
    base: rows.reduce((sum, r) => sum + Number(r.base_cents), 0),
  };
};

const tick = (ms = 60_000) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

const checksPass = async () => {
  const results = await runChecks(t.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
};

describe(`recharge and card-sale commission on ${TEST_DIALECT}`, () => {
  // Each case: who served a custom-amount recharge, and the entries it must write.
  const cases: {
    name: string;
    amountCents: number;
    staff: (s: Shop) => StaffPart[];
    expected: (
      s: Shop,
    ) => { staff_user_id: string; base_cents: number; amount_cents: number; rate: number }[];
  }[] = [
    {
      name: 'one person, 轮钟: 3% of the principal',
      amountCents: 100_000,
      staff: (s) => [{ userId: s.staff, sharePercent: 100 }],
      expected: (s) => [{ staff_user_id: s.staff, base_cents: 100_000, amount_cents: 3_000, rate: 300 }],
    },
    {
      name: 'one person, 点钟: 5%',
      amountCents: 100_000,
      staff: (s) => [{ userId: s.staff, sharePercent: 100, requested: true }],
      expected: (s) => [{ staff_user_id: s.staff, base_cents: 100_000, amount_cents: 5_000, rate: 500 }],
    },
    {
      // ¥333.33 × 3% = ¥10.00 (999.99 rounded), split 60/40; bases by largest remainder.
      name: 'split 60/40, both 轮钟',
      amountCents: 33_333,
      staff: (s) => [
        { userId: s.staff, sharePercent: 60 },
        { userId: s.staff2, sharePercent: 40 },
      ],
      expected: (s) => [
        { staff_user_id: s.staff, base_cents: 20_000, amount_cents: 600, rate: 300 },
        { staff_user_id: s.staff2, base_cents: 13_333, amount_cents: 400, rate: 300 },
      ],
    },
    {
      // ¥100 × (50% × 3% + 50% × 5%) = ¥4.00, weighted 3:5 between the two.
      name: 'split 50/50, 轮钟 and 点钟',
      amountCents: 10_000,
      staff: (s) => [
        { userId: s.staff, sharePercent: 50 },
        { userId: s.staff2, sharePercent: 50, requested: true },
      ],
      expected: (s) => [
        { staff_user_id: s.staff, base_cents: 5_000, amount_cents: 150, rate: 300 },
        { staff_user_id: s.staff2, base_cents: 5_000, amount_cents: 250, rate: 500 },
      ],
    },
  ];

  for (const c of cases) {
    it(`recharge: ${c.name}`, async () => {
      const s = await shop();
      const r = await recharged(s, { amountCents: c.amountCents, staff: c.staff(s) });
      const rows = await entries(r.id);
      expect(
        rows.map(({ staff_user_id, base_cents, amount_cents, rate }) => ({
          staff_user_id,
          base_cents: Number(base_cents),
          amount_cents: Number(amount_cents),
          rate: Number(rate),
        })),
      ).toEqual(c.expected(s));
      expect(
        rows.every((row) => row.kind === 'recharge' && row.ref_type === 'recharge' && row.qty === 1),
      ).toBe(true);
      const stored = await t.db.db
        .selectFrom('recharge_staff')
        .select(['staff_user_id', 'share_percent', 'requested'])
        .where('recharge_id', '=', r.id)
        .orderBy('share_percent', 'desc')
        .orderBy('requested')
        .execute();
      expect(stored).toEqual(
        c.staff(s).map((p) => ({
          staff_user_id: p.userId,
          share_percent: p.sharePercent,
          requested: p.requested ? 1 : 0,
        })),
      );
      await checksPass();
    });
  }

  it('earns on the principal paid, never on the plan’s bonus', async () => {
    const s = await shop();
    const plan = await makePlan(t.db.db, s.chain.tenantId, 100_000, 20_000);
    const r = await recharged(s, { planId: plan.id, staff: [{ userId: s.staff, sharePercent: 100 }] });
    expect(await net(r.id, s.staff)).toEqual({ amount: 3_000, base: 100_000 });
  });

  it('lifts the tier once the month’s recharges before this one reach the threshold, not before', async () => {
    const s = await shop();
    const one = (userId: string) => [{ userId, sharePercent: 100 }];
    // staff: exactly ¥2,000 this month, so the next recharge is at the tier's 4%.
    const a = await recharged(s, { amountCents: 200_000, staff: one(s.staff) });
    const b = await recharged(s, { amountCents: 10_000, staff: one(s.staff) });
    // staff2: one fen short, so the next is still at 3%.
    const c = await recharged(s, { amountCents: 199_999, staff: one(s.staff2) });
    const d = await recharged(s, { amountCents: 10_000, staff: one(s.staff2) });
    expect((await net(a.id, s.staff)).amount).toBe(6_000);
    expect((await net(b.id, s.staff)).amount).toBe(400);
    expect((await net(c.id, s.staff2)).amount).toBe(6_000); // 5,999.97 rounded
    expect((await net(d.id, s.staff2)).amount).toBe(300);
    // staff2 has ¥2,099.99 now, so from here on 4%.
    const e = await recharged(s, { amountCents: 10_000, staff: one(s.staff2) });
    expect((await net(e.id, s.staff2)).amount).toBe(400);
  });

  it('a whole refund reverses to exactly zero, a part refund in proportion, never twice', async () => {
    const s = await shop();
    const split = [
      { userId: s.staff, sharePercent: 67 },
      { userId: s.staff2, sharePercent: 33, requested: true },
    ];
    const whole = await recharged(s, { amountCents: 12_345, staff: split });
    const before = await entries(whole.id);
    expect(before.map((r) => Number(r.amount_cents))).toEqual([248, 204]); // 12,345 × (67×3% + 33×5%) = 451.8
    const refund = (id: string, k = key('vc-rf')) =>
      t.request({
        method: 'POST',
        url: `/api/v1/recharges/${id}/refund`,
        cookie: s.finance,
        body: { storeId: s.chain.storeA.id, reason: '顾客退卡' },
        headers: { 'idempotency-key': k },
      });
    const k = key('vc-rf');
    expect((await refund(whole.id, k)).statusCode).toBe(200);
    expect((await refund(whole.id, k)).statusCode).toBe(200); // replayed
    expect((await refund(whole.id)).json().error.code).toBe('RECHARGE_ALREADY_REFUNDED');
    expect(await net(whole.id, s.staff)).toEqual({ amount: 0, base: 0 });
    expect(await net(whole.id, s.staff2)).toEqual({ amount: 0, base: 0 });
    const reversals = (await entries(whole.id)).filter((r) => r.kind === 'refund');
    expect(reversals.map((r) => [r.ref_type, r.qty, Number(r.amount_cents), Number(r.base_cents)])).toEqual([
      ['recharge_refund', -1, -248, -8_271],
      ['recharge_refund', -1, -204, -4_074],
    ]);

    // Part: ¥300 of the ¥1,000 principal is spent first, so ¥700 comes back: 70% of 3,000 reversed.
    const part = await recharged(s, {
      amountCents: 100_000,
      staff: [{ userId: s.staff, sharePercent: 100 }],
    });
    await payWithStoredValue(sysCtx(t.db.db, s.chain.tenantId, t.clock.now), {
      memberId: s.member.id,
      storeId: s.chain.storeA.id,
      amountCents: 30_000,
      refType: 'order',
      refId: 'vc-spend',
    });
    const res = await refund(part.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().refundedPrincipalCents).toBe(70_000);
    expect(await net(part.id, s.staff)).toEqual({ amount: 900, base: 30_000 });
    // Running the reversal again for the same refunded amount adds nothing; for the whole, it nets to zero.
    const ctx = sysCtx(t.db.db, s.chain.tenantId, t.clock.now);
    const again = {
      refType: 'recharge' as const,
      refId: part.id,
      refundedCents: 70_000,
      wholeCents: 100_000,
    };
    await reverseValueCommission(ctx, again);
    expect((await entries(part.id)).length).toBe(2);
    await reverseValueCommission(ctx, { ...again, refundedCents: 100_000 });
    await reverseValueCommission(ctx, { ...again, refundedCents: 100_000 });
    expect(await net(part.id, s.staff)).toEqual({ amount: 0, base: 0 });
    expect((await entries(part.id)).length).toBe(3);
    await checksPass();
  });

  it('a retried recharge (same Idempotency-Key, also racing) writes its commission once', async () => {
    const s = await shop();
    const body = { amountCents: 50_000, staff: [{ userId: s.staff, sharePercent: 100 }] };
    const k = key('vc-retry');
    const first = await recharge(s, body, k);
    const retries = await Promise.all([1, 2, 3].map(() => recharge(s, body, k)));
    for (const r of [first, ...retries]) expect(r.json().recharge.id).toBe(first.json().recharge.id);
    const all = await t.db.db
      .selectFrom('commission_ledger')
      .select(['ref_id', 'amount_cents'])
      .where('tenant_id', '=', s.chain.tenantId)
      .execute();
    expect(all.map((r) => [r.ref_id, Number(r.amount_cents)])).toEqual([[first.json().recharge.id, 1_500]]);
  });

  it('refuses bad staff and writes nothing: shares not adding to 100, twice the same person, a stranger', async () => {
    const s = await shop();
    const other = await makeChain(t.db.db, `${s.code}x`);
    const bad: [StaffPart[], string][] = [
      [[{ userId: s.staff, sharePercent: 60 }], 'VALIDATION_FAILED'],
      [
        [
          { userId: s.staff, sharePercent: 50 },
          { userId: s.staff, sharePercent: 50 },
        ],
        'VALIDATION_FAILED',
      ],
      [[{ userId: other.users.staff.id, sharePercent: 100 }], 'USER_NOT_FOUND'],
    ];
    for (const [staff, code] of bad) {
      const res = await recharge(s, { amountCents: 10_000, staff });
      expect(res.json().error?.code, res.body).toBe(code);
    }
    const count = await t.db.db
      .selectFrom('recharges')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', s.chain.tenantId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('a recharge without a recharge rule, or without staff, earns nothing', async () => {
    const s = await shop(null);
    const r = await recharged(s, { amountCents: 10_000, staff: [{ userId: s.staff, sharePercent: 100 }] });
    expect(await entries(r.id)).toEqual([]);
    const s2 = await shop();
    const r2 = await recharged(s2, { amountCents: 10_000 });
    expect(await entries(r2.id)).toEqual([]);
  });

  it('the staff member’s own statement lists the recharge and counts it in the totals', async () => {
    const s = await shop();
    const r = await recharged(s, { amountCents: 100_000, staff: [{ userId: s.staff, sharePercent: 100 }] });
    const staffCookie = await t.signIn('staff', s.code);
    const res = await t.request({ method: 'GET', url: '/api/v1/commission/statement', cookie: staffCookie });
    expect(res.statusCode, res.body).toBe(200);
    const statement = res.json();
    expect(statement.totals).toEqual({
      saleCents: 3_000,
      refundCents: 0,
      netCents: 3_000,
      baseCents: 100_000,
      lines: 1,
    });
    expect(statement.entries).toMatchObject([
      { kind: 'recharge', orderId: null, baseCents: 100_000, amountCents: 3_000, rate: 300 },
    ]);
    expect(r.principalCents).toBe(100_000);
  });

  it('a card sold over the counter earns by the card rule and is reversed with the card’s refund', async () => {
    const s = await shop(null);
    const rule = await t.request({
      method: 'POST',
      url: '/api/v1/commission/rules',
      cookie: s.owner,
      body: {
        name: '售卡',
        scope: 'kind',
        kind: 'card',
        basis: 'fixed',
        assignedValue: 2_000,
        requestedValue: 3_000,
      },
    });
    expect(rule.statusCode, rule.body).toBe(201);
    const product = await t.request({
      method: 'POST',
      url: '/api/v1/card-products',
      cookie: s.owner,
      body: {
        name: '洗车10次卡',
        kind: 'counted',
        priceCents: 100_000,
        validity: 'days',
        validDays: 365,
        items: [{ itemCode: 'WASH', itemName: '精洗', sessions: 10 }],
      },
    });
    expect(product.statusCode, product.body).toBe(201);
    const issued = await t.request({
      method: 'POST',
      url: `/api/v1/members/${s.member.id}/cards`,
      cookie: s.cashier,
      body: {
        cardProductId: product.json().id,
        storeId: s.chain.storeA.id,
        paymentMethod: 'cash',
        staff: [
          { userId: s.staff, sharePercent: 50, requested: true },
          { userId: s.staff2, sharePercent: 50 },
        ],
      },
      headers: { 'idempotency-key': key('vc-card') },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const cardId = issued.json().id as string;
    // Fixed per card: ¥30 × 50% + ¥20 × 50% = ¥25, weighted 3:2.
    expect(
      (await entries(cardId)).map((r) => [
        r.kind,
        r.ref_type,
        r.staff_user_id,
        Number(r.base_cents),
        Number(r.amount_cents),
      ]),
    ).toEqual([
      ['sale', 'member_card', s.staff2, 50_000, 1_000],
      ['sale', 'member_card', s.staff, 50_000, 1_500],
    ]);
    tick();
    const consume = await t.request({
      method: 'POST',
      url: `/api/v1/cards/${cardId}/consume`,
      cookie: s.cashier,
      body: { itemCode: 'WASH', storeId: s.chain.storeA.id },
      headers: { 'idempotency-key': key('vc-use') },
    });
    expect(consume.statusCode, consume.body).toBe(200);
    const refund = await t.request({
      method: 'POST',
      url: `/api/v1/cards/${cardId}/refund`,
      cookie: s.finance,
      body: { storeId: s.chain.storeA.id, reason: '搬家' },
      headers: { 'idempotency-key': key('vc-card-rf') },
    });
    expect(refund.statusCode, refund.body).toBe(200);
    expect(refund.json().refundCents).toBe(90_000); // 9 of 10 sessions unused
    expect(await net(cardId, s.staff)).toEqual({ amount: 150, base: 5_000 });
    expect(await net(cardId, s.staff2)).toEqual({ amount: 100, base: 5_000 });
    await checksPass();
  });
});
