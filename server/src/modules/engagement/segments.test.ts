import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { insertLevel, insertOrder } from '../../../test/engagement-factory.ts';
import { makeChain, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import type { SegmentRules } from './segment-rules.ts';
import { countSegment } from './segments.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let manager: string;
let cashier: string;
const ids: Record<string, string> = {};
let gold: string;
let silver: string;
const DAY = 86_400_000;
const ago = (days: number) => new Date(T0.getTime() - days * DAY);

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'seg');
  const db = t.db.db;
  const tid = chain.tenantId;
  gold = await insertLevel(db, tid, 2, '金卡');
  silver = await insertLevel(db, tid, 1, '银卡');
  const A = chain.storeA.id;
  const B = chain.storeB.id;
  // Five members with known facts; every count below is derived from this table by hand.
  const specs = {
    ann: {
      tags: ['vip', 'coffee'],
      level: gold,
      spend: 500_000,
      store: A,
      birthday: '1990-03-15',
      sms: true,
      email: false,
      visits: [1, 10, 40],
    },
    bob: {
      tags: ['coffee'],
      level: silver,
      spend: 120_000,
      store: A,
      birthday: '1985-07-01',
      sms: true,
      email: true,
      visits: [100, 200],
    },
    cat: {
      tags: ['vip'],
      level: null,
      spend: 0,
      store: B,
      birthday: '2000-03-02',
      sms: false,
      email: true,
      visits: [],
    },
    dan: {
      tags: [],
      level: silver,
      spend: 80_000,
      store: B,
      birthday: null,
      sms: false,
      email: false,
      visits: [5],
    },
    eve: {
      tags: ['tea'],
      level: gold,
      spend: 300_000,
      store: A,
      birthday: '1995-12-24',
      sms: true,
      email: false,
      visits: [2, 3],
    },
  } as const;
  for (const [name, s] of Object.entries(specs)) {
    const m = await makeMember(db, tid, {
      name,
      tags: [...s.tags],
      homeStoreId: s.store,
      birthday: s.birthday,
      smsConsent: s.sms,
      emailConsent: s.email,
    });
    ids[name] = m.id;
    await db
      .updateTable('members')
      .set({ level_id: s.level, cumulative_spend_cents: s.spend })
      .where('tenant_id', '=', tid)
      .where('id', '=', m.id)
      .execute();
    for (const d of s.visits) await insertOrder(db, tid, s.store, m.id, ago(d));
  }
  // A fully refunded order is not a visit.
  await insertOrder(db, tid, B, ids.cat!, ago(3), { status: 'refunded' });
  owner = await t.signIn('owner', 'seg');
  manager = await t.signIn('manager', 'seg');
  cashier = await t.signIn('cashier', 'seg');
});
afterAll(() => t.close());

async function names(rules: SegmentRules) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/engagement/segments/preview',
    cookie: owner,
    body: { rules },
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { count: number; items: { id: string; name: string }[] };
  expect(body.items).toHaveLength(body.count);
  return body.items.map((i) => i.name).sort();
}

describe('segment rules in SQL', () => {
  // Rules are functions: level and store ids exist only once beforeAll has run.
  it.each<[string, () => SegmentRules, string[]]>([
    ['everyone', () => ({}), ['ann', 'bob', 'cat', 'dan', 'eve']],
    ['level', () => ({ levelIds: [gold] }), ['ann', 'eve']],
    ['tags any', () => ({ tagsAny: ['vip', 'tea'] }), ['ann', 'cat', 'eve']],
    ['tags all', () => ({ tagsAll: ['vip', 'coffee'] }), ['ann']],
    ['spend range', () => ({ spendMinCents: 100_000, spendMaxCents: 400_000 }), ['bob', 'eve']],
    ['visits ≥ 2', () => ({ visitsMin: 2 }), ['ann', 'bob', 'eve']],
    ['visits ≥ 2 in 30 days', () => ({ visitsMin: 2, visitWindowDays: 30 }), ['ann', 'eve']],
    ['visits ≤ 0 (never)', () => ({ visitsMax: 0 }), ['cat']],
    ['last visit within 7 days', () => ({ lastVisitWithinDays: 7 }), ['ann', 'dan', 'eve']],
    ['dormant 60 days', () => ({ noVisitWithinDays: 60, visitsMin: 1 }), ['bob']],
    ['birthday in March', () => ({ birthdayMonths: [3] }), ['ann', 'cat']],
    ['birthday in July or December', () => ({ birthdayMonths: [7, 12] }), ['bob', 'eve']],
    ['home store B', () => ({ homeStoreIds: [chain.storeB.id] }), ['cat', 'dan']],
    ['sms consent', () => ({ smsConsent: true }), ['ann', 'bob', 'eve']],
    ['no email consent', () => ({ emailConsent: false }), ['ann', 'dan', 'eve']],
  ])('%s', async (_label, rules, expected) => {
    expect(await names(rules())).toEqual(expected);
  });

  it('combines rules with AND', async () => {
    expect(await names({ levelIds: [gold, silver], smsConsent: true, lastVisitWithinDays: 30 })).toEqual([
      'ann',
      'eve',
    ]);
    expect(
      await countSegment(sysCtx(t.db.db, chain.tenantId), { tagsAny: ['coffee'], birthdayMonths: [7] }),
    ).toBe(1);
  });

  it('treats input as data, never SQL', async () => {
    expect(await names({ tagsAny: ["vip') or 1=1 --", 'x"y'] })).toEqual([]);
  });
});

describe('segment routes', () => {
  it('saves, lists, exports and deletes a segment; refuses bad rules', async () => {
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/segments',
      cookie: owner,
      body: { name: 'x', rules: { birthdayMonths: [13] } },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/segments',
      cookie: owner,
      body: { name: 'x', rules: { sql: 'drop table members' } },
    });
    expect(unknown.statusCode).toBe(400);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/segments',
      cookie: owner,
      body: { name: '三月生日', rules: { birthdayMonths: [3] } },
    });
    expect(created.statusCode, created.body).toBe(201);
    const seg = created.json() as { id: string };
    const list = await t.request({ method: 'GET', url: '/api/v1/engagement/segments', cookie: manager });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { name: string }[]).map((s) => s.name)).toContain('三月生日');
    // Store managers may read but not change segments; cashiers see nothing.
    const denied = await t.request({
      method: 'PUT',
      url: `/api/v1/engagement/segments/${seg.id}`,
      cookie: manager,
      body: { name: 'y', rules: {} },
    });
    expect(denied.statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/engagement/segments', cookie: cashier })).statusCode,
    ).toBe(403);
    const file = await t.request({
      method: 'GET',
      url: `/api/v1/engagement/segments/${seg.id}/export.xlsx`,
      cookie: owner,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const del = await t.request({
      method: 'DELETE',
      url: `/api/v1/engagement/segments/${seg.id}`,
      cookie: owner,
    });
    expect(del.statusCode).toBe(200);
    const gone = await t.request({
      method: 'DELETE',
      url: `/api/v1/engagement/segments/${seg.id}`,
      cookie: owner,
    });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('SEGMENT_NOT_FOUND');
  });
});
