import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { consumeSession, restoreSessions } from './use-card.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let cashier: string;
let finance: string;
let counted: { id: string };
let monthly: { id: string };
let seq = 0;
const key = () => `card-${++seq}-${Date.now()}`;
const day = 86_400_000;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  owner = await t.signIn('owner');
  cashier = await t.signIn('cashier');
  finance = await t.signIn('finance');
  const create = (body: unknown) =>
    t.request({ method: 'POST', url: '/api/v1/card-products', cookie: owner, body });
  counted = (
    await create({
      name: '洗车12次卡',
      kind: 'counted',
      priceCents: 100_000,
      validity: 'days',
      validDays: 365,
      items: [
        { itemCode: 'WASH', itemName: '精洗', sessions: 10 },
        { itemCode: 'WAX', itemName: '打蜡', sessions: 2 },
      ],
    })
  ).json();
  monthly = (
    await create({
      name: '健身月卡',
      kind: 'time',
      priceCents: 30_000,
      validity: 'days',
      validDays: 30,
      items: [{ itemCode: 'GYM', itemName: '健身', sessions: null }],
    })
  ).json();
});
afterAll(() => t.close());

const issue = async (memberId: string, cardProductId: string) =>
  (
    await t.request({
      method: 'POST',
      url: `/api/v1/members/${memberId}/cards`,
      cookie: cashier,
      body: { cardProductId, storeId: chain.storeA.id, paymentMethod: 'cash' },
      headers: { 'idempotency-key': key() },
    })
  ).json();
const consume = (cardId: string, itemCode: string, cookie = cashier) =>
  t.request({
    method: 'POST',
    url: `/api/v1/cards/${cardId}/consume`,
    cookie,
    body: { itemCode, storeId: chain.storeA.id },
    headers: { 'idempotency-key': key() },
  });
/** After moving the clock, sessions may have lapsed: sign everyone in again. */
async function signInAll() {
  owner = await t.signIn('owner');
  cashier = await t.signIn('cashier');
  finance = await t.signIn('finance');
}
const cards = async (memberId: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/members/${memberId}/cards`, cookie: owner })).json();

describe(`counted and time cards on ${TEST_DIALECT}`, () => {
  it('issues a counted card with its sessions on the ledger', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    expect(card).toMatchObject({ kind: 'counted', status: 'active', priceCents: 100_000, expired: false });
    expect(card.items).toEqual([
      { itemCode: 'WASH', itemName: '精洗', sessionsTotal: 10, sessionsLeft: 10, sessionsReserved: 0 },
      { itemCode: 'WAX', itemName: '打蜡', sessionsTotal: 2, sessionsLeft: 2, sessionsReserved: 0 },
    ]);
    expect(new Date(card.expiresAt).getTime() - new Date(card.issuedAt).getTime()).toBe(365 * day);
    const ledger = await t.db.db
      .selectFrom('card_session_ledger')
      .select(['item_code', 'kind', 'delta'])
      .where('member_card_id', '=', card.id)
      .orderBy('item_code')
      .execute();
    expect(ledger).toEqual([
      { item_code: 'WASH', kind: 'issue', delta: 10 },
      { item_code: 'WAX', kind: 'issue', delta: 2 },
    ]);
  });

  it('uses sessions one at a time and refuses the one too many', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    expect((await consume(card.id, 'WAX')).json().sessionsLeft).toBe(1);
    expect((await consume(card.id, 'WAX')).json().sessionsLeft).toBe(0);
    expect((await consume(card.id, 'WAX')).json().error.code).toBe('NO_SESSIONS_LEFT');
    expect((await consume(card.id, 'NAILS')).json().error.code).toBe('CARD_ITEM_NOT_FOUND');
    const [after] = await cards(m.id);
    expect(after.items.find((i: { itemCode: string }) => i.itemCode === 'WAX').sessionsLeft).toBe(0);
  });

  it('lets exactly the sessions there are through when 20 tills race', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    const ctx = sysCtx(t.db.db, chain.tenantId, t.clock.now);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        consumeSession(ctx, {
          cardId: card.id,
          itemCode: 'WASH',
          storeId: chain.storeA.id,
          refType: 'race',
          refId: `r${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason.code).toBe('NO_SESSIONS_LEFT');
  });

  it('restores the sessions a reference used, once', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    const ctx = sysCtx(t.db.db, chain.tenantId, t.clock.now);
    await consumeSession(ctx, {
      cardId: card.id,
      itemCode: 'WASH',
      storeId: chain.storeA.id,
      refType: 'order',
      refId: 'o-1',
    });
    await consumeSession(ctx, {
      cardId: card.id,
      itemCode: 'WASH',
      storeId: chain.storeA.id,
      refType: 'order',
      refId: 'o-1',
    });
    expect(await restoreSessions(ctx, { refType: 'order', refId: 'o-1', storeId: chain.storeA.id })).toEqual({
      restored: 2,
    });
    expect(await restoreSessions(ctx, { refType: 'order', refId: 'o-1', storeId: chain.storeA.id })).toEqual({
      restored: 0,
    });
    expect((await cards(m.id))[0].items[0].sessionsLeft).toBe(10);
  });

  it('refuses an expired card', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    const saved = t.clock.now;
    t.clock.now = new Date(new Date(card.expiresAt).getTime());
    await signInAll();
    expect((await consume(card.id, 'WASH')).json().error.code).toBe('CARD_EXPIRED');
    expect((await cards(m.id))[0].expired).toBe(true);
    t.clock.now = saved;
    await signInAll();
  });

  it('logs visits on a time card, pauses it and moves its end date out on resume', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, monthly.id);
    expect((await consume(card.id, 'GYM')).json().sessionsLeft).toBeNull();
    const paused = await t.request({ method: 'POST', url: `/api/v1/cards/${card.id}/pause`, cookie: owner });
    expect(paused.json().status).toBe('paused');
    expect((await consume(card.id, 'GYM')).json().error.code).toBe('CARD_PAUSED');
    t.clock.now = new Date(t.clock.now.getTime() + 7 * day);
    await signInAll();
    const resumed = (
      await t.request({ method: 'POST', url: `/api/v1/cards/${card.id}/resume`, cookie: owner })
    ).json();
    expect(resumed.status).toBe('active');
    expect(new Date(resumed.expiresAt).getTime() - new Date(card.expiresAt).getTime()).toBe(7 * day);
    const visits = await t.db.db
      .selectFrom('card_session_ledger')
      .select(['kind', 'delta'])
      .where('member_card_id', '=', card.id)
      .execute();
    expect(visits).toEqual([{ kind: 'consume', delta: 0 }]);
  });

  it('refunds unused sessions pro rata, once; cashiers cannot', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, counted.id);
    for (let i = 0; i < 3; i++) await consume(card.id, 'WASH');
    const refund = (cookie: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/cards/${card.id}/refund`,
        cookie,
        body: { storeId: chain.storeA.id, reason: '搬家' },
        headers: { 'idempotency-key': key() },
      });
    expect((await refund(cashier)).statusCode).toBe(403);
    const res = (await refund(finance)).json();
    expect(res).toMatchObject({ status: 'refunded', refundCents: 75_000 }); // 9 of 12 sessions unused
    expect(res.items.map((i: { sessionsLeft: number }) => i.sessionsLeft)).toEqual([0, 0]);
    expect((await refund(finance)).json().error.code).toBe('CARD_NOT_ACTIVE');
    expect((await consume(card.id, 'WASH')).json().error.code).toBe('CARD_NOT_ACTIVE');
  });

  it('refunds a time card by the time left', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const card = await issue(m.id, monthly.id);
    t.clock.now = new Date(t.clock.now.getTime() + 10 * day);
    await signInAll();
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/cards/${card.id}/refund`,
      cookie: finance,
      body: { storeId: chain.storeA.id, reason: 'r' },
      headers: { 'idempotency-key': key() },
    });
    expect(res.json().refundCents).toBe(20_000); // 20 of 30 days left of ¥300
  });

  it('keeps every card item equal to its session ledger', async () => {
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });
});
