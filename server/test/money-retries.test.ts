import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../src/ops/check.ts';
import { makeTestApp, type TestApp } from './app.ts';
import { TEST_DIALECT } from './db.ts';
import { makeChain } from './factories.ts';
import { makeMember, makePlan } from './members-factory.ts';

/**
 * Every money-moving route, sent twice with one Idempotency-Key (a till retrying after a lost
 * response): the second answer replays the first and no ledger moves twice.
 */
let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  owner = await t.signIn('owner');
});
afterAll(() => t.close());

async function twice(url: string, body: unknown, key: string) {
  const send = () =>
    t.request({ method: 'POST', url, cookie: owner, body, headers: { 'idempotency-key': key } });
  const first = await send();
  const second = await send();
  expect(first.statusCode, first.body).toBeLessThan(300);
  expect(second.statusCode).toBe(first.statusCode);
  expect(second.headers['idempotent-replayed']).toBe('true');
  expect(second.json()).toEqual(first.json());
  return first.json();
}

const count = async (
  table: 'stored_value_ledger' | 'card_session_ledger' | 'adjustment_requests',
  memberId: string,
) => (await t.db.db.selectFrom(table).select('member_id').where('member_id', '=', memberId).execute()).length;

describe(`retried money-moving requests on ${TEST_DIALECT}`, () => {
  it('recharge, recharge refund, adjustment, card sale, session use and card refund each happen once', async () => {
    const m = await makeMember(t.db.db, chain.tenantId);
    const plan = await makePlan(t.db.db, chain.tenantId, 20_000, 2_000);
    const store = chain.storeA.id;
    const { recharge } = await twice(
      `/api/v1/members/${m.id}/recharges`,
      { storeId: store, planId: plan.id, paymentMethod: 'cash' },
      'retry-recharge-1',
    );
    expect(await count('stored_value_ledger', m.id)).toBe(1);
    await twice(
      `/api/v1/members/${m.id}/adjustments`,
      { storeId: store, principalDeltaCents: -500, bonusDeltaCents: 0, reason: 'fix' },
      'retry-adjust-1',
    );
    expect(await count('adjustment_requests', m.id)).toBe(1);
    expect(await count('stored_value_ledger', m.id)).toBe(2);
    const refund = await twice(
      `/api/v1/recharges/${recharge.id}/refund`,
      { storeId: store, reason: 'moving' },
      'retry-refund-1',
    );
    expect(refund.refundedPrincipalCents).toBe(19_500);
    expect(await count('stored_value_ledger', m.id)).toBe(3);

    const product = (
      await t.request({
        method: 'POST',
        url: '/api/v1/card-products',
        cookie: owner,
        body: {
          name: '5次卡',
          kind: 'counted',
          priceCents: 5_000,
          validity: 'days',
          validDays: 30,
          items: [{ itemCode: 'X', itemName: 'X', sessions: 5 }],
        },
      })
    ).json();
    const card = await twice(
      `/api/v1/members/${m.id}/cards`,
      { cardProductId: product.id, storeId: store, paymentMethod: 'cash' },
      'retry-card-1',
    );
    expect(
      await t.db.db.selectFrom('member_cards').select('id').where('member_id', '=', m.id).execute(),
    ).toHaveLength(1);
    const used = await twice(
      `/api/v1/cards/${card.id}/consume`,
      { itemCode: 'X', storeId: store },
      'retry-consume-1',
    );
    expect(used.sessionsLeft).toBe(4);
    const refunded = await twice(
      `/api/v1/cards/${card.id}/refund`,
      { storeId: store, reason: 'r' },
      'retry-card-refund-1',
    );
    expect(refunded.refundCents).toBe(4_000);
    expect(await count('card_session_ledger', m.id)).toBe(3); // issue, one use, refund
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });
});
