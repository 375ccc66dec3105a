import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { insertOrder } from '../../../test/engagement-factory.ts';
import { makeChain, sysCtx, T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { computeRfm, RFM_CLASSES, type RfmClass } from '../analytics/compute-rfm.ts';
import { LIFECYCLE_STAGES, type LifecycleStage, lifecycleStages } from '../analytics/lifecycle-stages.ts';
import type { SegmentRules } from './segment-rules.ts';
import { countSegment } from './segments.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
const DAY = 86_400_000;
const ago = (days: number) => new Date(T0.getTime() - days * DAY);

/**
 * Five buyers and one who never bought, as of T0 (all history, purchases only). Ranks → scores
 * (n = 5, score = 1 + ⌊5 (rank − 1) / 5⌋, high ≥ 3):
 *        R days  F  M fen      R  F  M   class                    stage (30/90/180)
 *   ann  300     1  900,000    1  1  5   important_win_back 重要挽留  dormant 休眠
 *   bob  100     1   50,000    2  1  2   general_win_back           mid_churn
 *   cat    5     3  300,000    4  4  3   important_value            active
 *   dan    2     2   20,000    5  3  1   general_value              active
 *   eve   60     4  800,000    3  5  4   important_value            recent_churn
 *   fay   —      0        0    —         (no class)                 (no stage)
 */
const SPECS = {
  ann: { tags: [] as string[], orders: [[300, 900_000]] },
  bob: { tags: [], orders: [[100, 50_000]] },
  cat: {
    tags: ['vip'],
    orders: [
      [5, 100_000],
      [10, 100_000],
      [20, 100_000],
    ],
  },
  dan: {
    tags: ['vip'],
    orders: [
      [2, 10_000],
      [40, 10_000],
    ],
  },
  eve: {
    tags: [],
    orders: [
      [60, 200_000],
      [70, 200_000],
      [80, 200_000],
      [90, 200_000],
    ],
  },
  fay: { tags: ['vip'], orders: [] },
} as const;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'segrfm');
  const db = t.db.db;
  for (const [name, s] of Object.entries(SPECS)) {
    const m = await makeMember(db, chain.tenantId, { name, tags: [...s.tags], homeStoreId: chain.storeA.id });
    for (const [days, cents] of s.orders) {
      await insertOrder(db, chain.tenantId, chain.storeA.id, m.id, ago(days), { totalCents: cents });
    }
  }
  // Another tenant's big spender must not change this tenant's ranks.
  const other = await makeChain(db, 'segrfm2');
  const stranger = await makeMember(db, other.tenantId, { name: 'zed' });
  await insertOrder(db, other.tenantId, other.storeA.id, stranger.id, ago(1), { totalCents: 9_000_000 });
  owner = await t.signIn('owner', 'segrfm');
});
afterAll(() => t.close());

async function preview(rules: unknown) {
  return t.request({
    method: 'POST',
    url: '/api/v1/engagement/segments/preview',
    cookie: owner,
    body: { rules },
  });
}

async function names(rules: SegmentRules) {
  const res = await preview(rules);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { count: number; items: { name: string }[] };
  expect(body.items).toHaveLength(body.count);
  return body.items.map((i) => i.name).sort();
}

describe('segments by RFM class and lifecycle stage', () => {
  it.each<[string, SegmentRules, string[]]>([
    ['重要挽留', { rfmClasses: ['important_win_back'] }, ['ann']],
    ['重要价值', { rfmClasses: ['important_value'] }, ['cat', 'eve']],
    ['一般价值 or 一般挽留', { rfmClasses: ['general_value', 'general_win_back'] }, ['bob', 'dan']],
    ['重要发展 (nobody)', { rfmClasses: ['important_development'] }, []],
    [
      'every class (buyers only)',
      { rfmClasses: Object.keys(RFM_CLASSES) as RfmClass[] },
      ['ann', 'bob', 'cat', 'dan', 'eve'],
    ],
    ['休眠', { lifecycleStages: ['dormant'] }, ['ann']],
    ['活跃', { lifecycleStages: ['active'] }, ['cat', 'dan']],
    ['近期流失 or 中期流失', { lifecycleStages: ['recent_churn', 'mid_churn'] }, ['bob', 'eve']],
    [
      'every stage (buyers only)',
      { lifecycleStages: Object.keys(LIFECYCLE_STAGES) as LifecycleStage[] },
      ['ann', 'bob', 'cat', 'dan', 'eve'],
    ],
  ])('%s', async (_label, rules, expected) => {
    expect(await names(rules)).toEqual(expected);
  });

  it('combines with the other rules (AND)', async () => {
    expect(await names({ rfmClasses: ['important_value'], tagsAny: ['vip'] })).toEqual(['cat']);
    expect(
      await names({ lifecycleStages: ['active'], tagsAny: ['vip'], rfmClasses: ['general_value'] }),
    ).toEqual(['dan']);
    expect(
      await names({
        rfmClasses: ['important_win_back', 'general_value'],
        lifecycleStages: ['dormant', 'active'],
      }),
    ).toEqual(['ann', 'dan']);
    expect(await names({ rfmClasses: ['important_win_back'], lifecycleStages: ['active'] })).toEqual([]);
    expect(
      await countSegment(sysCtx(t.db.db, chain.tenantId), {
        lifecycleStages: ['active', 'dormant'],
        visitsMin: 2,
      }),
    ).toBe(2);
  });

  it('agrees with the analytics reports, class by class and stage by stage', async () => {
    const ctx = sysCtx(t.db.db, chain.tenantId);
    const rfm = await computeRfm(ctx);
    for (const c of Object.keys(RFM_CLASSES) as RfmClass[]) {
      const inReport = rfm.rows
        .filter((r) => r.rfmClass === c)
        .map((r) => r.memberId)
        .sort();
      const res = await preview({ rfmClasses: [c] });
      const inSegment = (res.json() as { items: { id: string }[] }).items.map((i) => i.id).sort();
      expect(inSegment, c).toEqual(inReport);
    }
    const life = await lifecycleStages(ctx);
    for (const s of Object.keys(LIFECYCLE_STAGES) as LifecycleStage[]) {
      const inReport = life.rows
        .filter((r) => r.stage === s)
        .map((r) => r.memberId)
        .sort();
      const res = await preview({ lifecycleStages: [s] });
      const inSegment = (res.json() as { items: { id: string }[] }).items.map((i) => i.id).sort();
      expect(inSegment, s).toEqual(inReport);
    }
  });

  it('moves with the clock: a year on, everyone is dormant', async () => {
    const later = sysCtx(t.db.db, chain.tenantId, new Date(T0.getTime() + 365 * DAY));
    expect(await countSegment(later, { lifecycleStages: ['dormant'] })).toBe(5);
    expect(await countSegment(later, { lifecycleStages: ['active'] })).toBe(0);
  });

  it.each([
    [{ rfmClasses: ['vip'] }],
    [{ rfmClasses: [] }],
    [{ rfmClasses: 'important_value' }],
    [{ lifecycleStages: ['asleep'] }],
    [{ lifecycleStages: [] }],
    [{ lifecycleStages: ['active', 1] }],
  ])('refuses bad values %j', async (rules) => {
    const res = await preview(rules);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const saved = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/segments',
      cookie: owner,
      body: { name: 'bad', rules },
    });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('saves a segment with the new rules and reads it back', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/engagement/segments',
      cookie: owner,
      body: {
        name: '重要挽留·休眠',
        rules: { rfmClasses: ['important_win_back'], lifecycleStages: ['dormant'] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().rules).toEqual({
      rfmClasses: ['important_win_back'],
      lifecycleStages: ['dormant'],
    });
  });
});
