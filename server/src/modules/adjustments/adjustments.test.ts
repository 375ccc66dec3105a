import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeUser, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let manager: string;
let manager2: string;
let finance: string;
let cashier: string;
let seq = 0;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  await makeUser(t.db.db, chain.tenantId, {
    username: 'manager2',
    role: 'store_manager',
    storeIds: [chain.storeA.id],
  });
  manager = await t.signIn('manager');
  manager2 = await t.signIn('manager2');
  finance = await t.signIn('finance');
  cashier = await t.signIn('cashier');
  await updateTenantProfile(sysCtx(t.db.db, chain.tenantId), {
    settings: { approvalThresholdCents: 10_000 },
  });
});
afterAll(() => t.close());

const adjust = (memberId: string, body: Record<string, unknown>, cookie = manager) =>
  t.request({
    method: 'POST',
    url: `/api/v1/members/${memberId}/adjustments`,
    cookie,
    body: { storeId: chain.storeA.id, principalDeltaCents: 0, bonusDeltaCents: 0, reason: '补录', ...body },
    headers: { 'idempotency-key': `adj-${++seq}-${Date.now()}` },
  });
const decide = (id: string, approve: boolean, cookie: string) =>
  t.request({
    method: 'POST',
    url: `/api/v1/adjustments/${id}/${approve ? 'approve' : 'reject'}`,
    cookie,
    body: { note: 'ok' },
    headers: { 'idempotency-key': `dec-${++seq}-${Date.now()}` },
  });
const balance = async (memberId: string) =>
  (
    await t.request({ method: 'GET', url: `/api/v1/members/${memberId}/stored-value`, cookie: manager })
  ).json();

describe(`manual adjustments on ${TEST_DIALECT}`, () => {
  it('applies an adjustment up to the threshold at once, with a reason, on the ledger and in the audit log', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const res = await adjust(m.id, {
      principalDeltaCents: 6_000,
      bonusDeltaCents: 4_000,
      reason: '旧系统余额补录',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'applied', decidedBy: chain.users.manager.id });
    expect(await balance(m.id)).toMatchObject({ principalCents: 6_000, bonusCents: 4_000 });
    const entry = await t.db.db
      .selectFrom('stored_value_ledger')
      .selectAll()
      .where('member_id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      kind: 'adjustment',
      ref_type: 'adjustment',
      note: '旧系统余额补录',
      actor_user_id: chain.users.manager.id,
    });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['wallet.adjustment_applied']);
  });

  it('holds a larger one for a second person; the requester cannot approve it', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const res = await adjust(m.id, { principalDeltaCents: 10_001 });
    expect(res.json().status).toBe('pending');
    expect(await balance(m.id)).toMatchObject({ principalCents: 0, bonusCents: 0 });
    const queue = (
      await t.request({ method: 'GET', url: '/api/v1/adjustments?status=pending', cookie: finance })
    ).json();
    expect(queue.map((a: { id: string }) => a.id)).toContain(res.json().id);
    const self = await decide(res.json().id, true, manager);
    expect(self.json().error.code).toBe('SELF_APPROVAL');
    const byCashier = await decide(res.json().id, true, cashier);
    expect(byCashier.statusCode).toBe(403);
    const approved = await decide(res.json().id, true, manager2);
    expect(approved.json()).toMatchObject({
      status: 'applied',
      decidedBy: expect.any(String),
      decisionNote: 'ok',
    });
    expect(await balance(m.id)).toMatchObject({ principalCents: 10_001 });
    const again = await decide(res.json().id, true, finance);
    expect(again.json().error.code).toBe('ADJUSTMENT_DECIDED');
    expect(await balance(m.id)).toMatchObject({ principalCents: 10_001 });
  });

  it('rejects without touching the balance', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const res = await adjust(m.id, { bonusDeltaCents: 50_000 });
    const rejected = await decide(res.json().id, false, finance);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: 'ok' });
    expect(await balance(m.id)).toMatchObject({ principalCents: 0, bonusCents: 0 });
    expect((await decide(res.json().id, true, manager2)).json().error.code).toBe('ADJUSTMENT_DECIDED');
  });

  it('never takes a balance below zero, immediately or on approval', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    await adjust(m.id, { principalDeltaCents: 5_000 });
    const tooMuch = await adjust(m.id, { principalDeltaCents: -5_001 });
    expect(tooMuch.json().error.code).toBe('INSUFFICIENT_BALANCE');
    const pending = await adjust(m.id, { principalDeltaCents: -20_000 });
    expect(pending.json().status).toBe('pending');
    const failed = await decide(pending.json().id, true, manager2);
    expect(failed.json().error.code).toBe('INSUFFICIENT_BALANCE');
    const row = await t.db.db
      .selectFrom('adjustment_requests')
      .select('status')
      .where('id', '=', pending.json().id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending'); // the failed approval rolled back whole
    expect(await balance(m.id)).toMatchObject({ principalCents: 5_000 });
  });

  it('refuses an empty adjustment, a missing reason and cashiers', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    expect((await adjust(m.id, {})).json().error.code).toBe('INVALID_AMOUNT');
    expect((await adjust(m.id, { principalDeltaCents: 100, reason: '' })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await adjust(m.id, { principalDeltaCents: 100 }, cashier)).statusCode).toBe(403);
  });

  const adjustPoints = (memberId: string, pointsDelta: number, cookie = manager) =>
    t.request({
      method: 'POST',
      url: `/api/v1/members/${memberId}/points/adjustments`,
      cookie,
      body: { storeId: chain.storeA.id, pointsDelta, reason: '漏积分' },
      headers: { 'idempotency-key': `pts-${++seq}-${Date.now()}` },
    });
  const points = async (memberId: string) =>
    (
      await t.db.db
        .selectFrom('points_accounts')
        .select('balance')
        .where('member_id', '=', memberId)
        .executeTakeFirst()
    )?.balance ?? 0;

  it('adjusts points: added as a lot, removed oldest-first, never below zero, valued for the threshold', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const add = await adjustPoints(m.id, 500);
    expect(add.statusCode).toBe(201);
    // 500 points at 100 points = ¥1 are worth ¥5 = 500 fen, under the ¥100 threshold.
    expect(add.json()).toMatchObject({
      account: 'points',
      pointsDelta: 500,
      valueCents: 500,
      status: 'applied',
    });
    expect(await points(m.id)).toBe(500);
    const lot = await t.db.db
      .selectFrom('points_lots')
      .select(['original', 'remaining', 'ref_type'])
      .where('member_id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(lot).toEqual({ original: 500, remaining: 500, ref_type: 'adjustment' });
    expect((await adjustPoints(m.id, -501)).json().error.code).toBe('INSUFFICIENT_POINTS');
    expect((await adjustPoints(m.id, -200)).json().status).toBe('applied');
    expect(await points(m.id)).toBe(300);
    // 20,000 points are worth ¥200: above the threshold, it waits for a second person.
    const big = await adjustPoints(m.id, 20_000);
    expect(big.json()).toMatchObject({ status: 'pending', valueCents: 20_000 });
    expect(await points(m.id)).toBe(300);
    expect((await decide(big.json().id, true, manager)).json().error.code).toBe('SELF_APPROVAL');
    expect((await decide(big.json().id, true, manager2)).json().status).toBe('applied');
    expect(await points(m.id)).toBe(20_300);
    expect((await adjustPoints(m.id, 10, cashier)).statusCode).toBe(403);
    const member = await t.db.db
      .selectFrom('members')
      .select('points_earned_total')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(member.points_earned_total).toBe(0); // a correction is not earning
  });

  it('adjusts the sessions of a counted card within zero and what was sold', async () => {
    const owner = await t.signIn('owner');
    const m = await makeMember(t.db.db, chain.tenantId);
    const product = await t.request({
      method: 'POST',
      url: '/api/v1/card-products',
      cookie: owner,
      body: {
        name: '护理5次卡',
        kind: 'counted',
        priceCents: 50_000,
        validity: 'days',
        validDays: 90,
        items: [{ itemCode: 'CARE', itemName: '护理', sessions: 5 }],
      },
    });
    const card = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/cards`,
      cookie: manager,
      body: { cardProductId: product.json().id, storeId: chain.storeA.id, paymentMethod: 'cash' },
      headers: { 'idempotency-key': `card-${++seq}-${Date.now()}` },
    });
    const cardId = card.json().id;
    const adjustSessions = (sessionsDelta: number, itemCode = 'CARE') =>
      t.request({
        method: 'POST',
        url: `/api/v1/members/${m.id}/cards/${cardId}/adjustments`,
        cookie: manager,
        body: { storeId: chain.storeA.id, itemCode, sessionsDelta, reason: '系统故障补录' },
        headers: { 'idempotency-key': `ses-${++seq}-${Date.now()}` },
      });
    const left = async () =>
      (
        await t.db.db
          .selectFrom('member_card_items')
          .select('sessions_left')
          .where('member_card_id', '=', cardId)
          .executeTakeFirstOrThrow()
      ).sessions_left;
    const minus = await adjustSessions(-2);
    // Two of five sessions of a ¥500 card are worth ¥200: above the threshold.
    expect(minus.json()).toMatchObject({
      account: 'card_sessions',
      sessionsDelta: -2,
      valueCents: 20_000,
      status: 'pending',
    });
    await decide(minus.json().id, true, manager2);
    expect(await left()).toBe(3);
    expect((await adjustSessions(1)).json().status).toBe('applied');
    expect(await left()).toBe(4);
    expect((await adjustSessions(2)).json().error.code).toBe('VALIDATION_FAILED');
    expect((await adjustSessions(-5)).json().error.code).toBe('VALIDATION_FAILED');
    expect((await adjustSessions(-4)).json().status).toBe('pending');
    expect((await adjustSessions(1, 'NOPE')).json().error.code).toBe('CARD_ITEM_NOT_FOUND');
    const other = await makeMember(t.db.db, chain.tenantId);
    const wrong = await t.request({
      method: 'POST',
      url: `/api/v1/members/${other.id}/cards/${cardId}/adjustments`,
      cookie: manager,
      body: { storeId: chain.storeA.id, itemCode: 'CARE', sessionsDelta: 1, reason: 'x' },
      headers: { 'idempotency-key': `ses-${++seq}-${Date.now()}` },
    });
    expect(wrong.json().error.code).toBe('CARD_NOT_FOUND');
    expect(await left()).toBe(4);
  });

  it('keeps every ledger check green', async () => {
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });
});
