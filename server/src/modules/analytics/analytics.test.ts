import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { importHistoryFile } from '../history/import-history-file.ts';
import { computeRfm, rfmClassOf } from './compute-rfm.ts';
import { lifecycleStageOf, lifecycleStages } from './lifecycle-stages.ts';
import { rfmCsv } from './rfm-csv.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const line = (invoice: string, qty: number, at: string, price: string, customer: string) =>
  `${invoice},SKU1,Item,${qty},${at},${price},${customer},China`;

/**
 * Five customers, as of 2024-01-31 (the tenant is in Asia/Shanghai):
 *   c1  R 1   F 1  M 1,000    (a purchase after the as-of day is not counted)
 *   c2  R 11  F 2  M 1,000    (its first purchase is the first day of a 31-day window)
 *   c3  R 61  F 3  M 30,000
 *   c4  R 1   F 1  M 500      (00:30 local on 01-30 is still 01-29 in UTC)
 *   c5  R 100 F 4  M 200,000  (and a return of 50,000: net 150,000)
 * plus a walk-in sale, which belongs to no member.
 */
const FILE = [
  HEADER,
  line('1001', 2, '2024-01-30 10:00:00', '5.00', '1'),
  line('1013', 1, '2024-02-01 10:00:00', '99.00', '1'),
  line('1002', 1, '2024-01-01 09:00:00', '5.00', '2'),
  line('1003', 1, '2024-01-20 12:00:00', '5.00', '2'),
  line('1004', 1, '2023-11-20 12:00:00', '100.00', '3'),
  line('1005', 1, '2023-11-25 12:00:00', '100.00', '3'),
  line('1006', 1, '2023-12-01 12:00:00', '100.00', '3'),
  line('1007', 1, '2024-01-30 00:30:00', '5.00', '4'),
  line('1008', 1, '2023-10-20 12:00:00', '500.00', '5'),
  line('1009', 1, '2023-10-21 12:00:00', '500.00', '5'),
  line('1010', 1, '2023-10-22 12:00:00', '500.00', '5'),
  line('1011', 2, '2023-10-23 12:00:00', '250.00', '5'),
  line('C1012', -1, '2023-10-25 12:00:00', '500.00', '5'),
  line('1014', 1, '2024-01-30 12:00:00', '7.00', ''),
].join('\n');

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'rfm');
  const job = await importHistoryFile(
    sysCtx(t.db.db, chain.tenantId),
    { name: 'h.csv', content: Buffer.from(FILE) },
    { preset: 'online-retail' },
  );
  expect(job.rejectedRows).toBe(0);
});
afterAll(() => t.close());

const ctx = () => sysCtx(t.db.db, chain.tenantId);
const pick = (rows: Awaited<ReturnType<typeof computeRfm>>['rows']) =>
  rows.map((r) => [
    r.memberRef,
    r.recencyDays,
    r.frequency,
    r.monetaryCents,
    r.rScore,
    r.fScore,
    r.mScore,
    r.rfmClass,
  ]);

describe(`RFM and lifecycle on ${TEST_DIALECT}`, () => {
  it('scores quintiles by RANK (ties share the lower score) and classes by score ≥ 3', async () => {
    const report = await computeRfm(ctx(), { asOf: '2024-01-31' });
    // n = 5, so score = rank. R ranks from the longest ago; F and M from the least.
    expect(pick(report.rows)).toEqual([
      ['1', 1, 1, 1000, 4, 1, 2, 'general_development'],
      ['2', 11, 2, 1000, 3, 3, 2, 'general_value'],
      ['3', 61, 3, 30000, 2, 4, 4, 'important_retain'],
      ['4', 1, 1, 500, 4, 1, 1, 'general_development'],
      ['5', 100, 4, 200000, 1, 5, 5, 'important_retain'],
    ]);
    expect(report.memberCount).toBe(5);
    expect(report.classes).toEqual({
      important_value: 0,
      important_development: 0,
      important_retain: 2,
      important_win_back: 0,
      general_value: 1,
      general_development: 2,
      general_retain: 0,
      general_win_back: 0,
    });
  });

  it('nets returns only when asked', async () => {
    const report = await computeRfm(ctx(), { asOf: '2024-01-31', net: true });
    expect(report.rows.find((r) => r.memberRef === '5')).toMatchObject({ monetaryCents: 150_000, mScore: 5 });
  });

  it('a window keeps the N days ending with the as-of day; n = 3 gives scores 1 + ⌊5(rank − 1)/3⌋', async () => {
    const report = await computeRfm(ctx(), { asOf: '2024-01-31', windowDays: 31 });
    expect(pick(report.rows)).toEqual([
      ['1', 1, 1, 1000, 2, 1, 2, 'general_win_back'],
      ['2', 11, 2, 1000, 1, 4, 2, 'general_retain'],
      ['4', 1, 1, 500, 2, 1, 1, 'general_win_back'],
    ]);
    const shorter = await computeRfm(ctx(), { asOf: '2024-01-31', windowDays: 30 });
    expect(shorter.rows.find((r) => r.memberRef === '2')).toMatchObject({ frequency: 1 });
    // As of the purchase after: c1 has bought twice, the last time that very day.
    const later = await computeRfm(ctx(), { asOf: '2024-02-01' });
    expect(later.rows.find((r) => r.memberRef === '1')).toMatchObject({
      recencyDays: 0,
      frequency: 2,
      monetaryCents: 10_900,
    });
  });

  it('pages by memberRef and writes the CSV', async () => {
    const first = await computeRfm(ctx(), { asOf: '2024-01-31', limit: 2 });
    expect(first.rows.map((r) => r.memberRef)).toEqual(['1', '2']);
    expect(first.nextCursor).toBe('2');
    const second = await computeRfm(ctx(), { asOf: '2024-01-31', limit: 2, after: '2' });
    expect(second.rows.map((r) => r.memberRef)).toEqual(['3', '4']);
    const last = await computeRfm(ctx(), { asOf: '2024-01-31', limit: 2, after: second.nextCursor! });
    expect(last.rows.map((r) => r.memberRef)).toEqual(['5']);
    expect(last.nextCursor).toBeNull();
    const csv = rfmCsv((await computeRfm(ctx(), { asOf: '2024-01-31' })).rows).split('\n');
    expect(csv[0]).toBe('member_ref,recency_days,frequency,monetary_cents,r_score,f_score,m_score,rfm_class');
    expect(csv[5]).toBe('5,100,4,200000,1,5,5,重要保持');
  });

  it('maps every R/F/M combination to its class', () => {
    expect(rfmClassOf(3, 3, 3)).toBe('important_value');
    expect(rfmClassOf(5, 2, 3)).toBe('important_development');
    expect(rfmClassOf(2, 3, 5)).toBe('important_retain');
    expect(rfmClassOf(1, 1, 3)).toBe('important_win_back');
    expect(rfmClassOf(3, 3, 2)).toBe('general_value');
    expect(rfmClassOf(4, 1, 1)).toBe('general_development');
    expect(rfmClassOf(2, 4, 2)).toBe('general_retain');
    expect(rfmClassOf(2, 2, 2)).toBe('general_win_back');
  });

  it('lifecycle stages: each threshold is the last day of its stage', async () => {
    const t1 = { activeDays: 30, recentDays: 90, midDays: 180 };
    expect([0, 30, 31, 90, 91, 180, 181].map((d) => lifecycleStageOf(d, t1))).toEqual([
      'active',
      'active',
      'recent_churn',
      'recent_churn',
      'mid_churn',
      'mid_churn',
      'dormant',
    ]);
    const byDefault = await lifecycleStages(ctx(), { asOf: '2024-01-31' });
    expect(byDefault.stages).toEqual({ active: 3, recent_churn: 1, mid_churn: 1, dormant: 0 });
    // c2 is 11 days out, c3 61, c5 100: move each threshold across them.
    const at = await lifecycleStages(ctx(), {
      asOf: '2024-01-31',
      activeDays: 11,
      recentDays: 61,
      midDays: 100,
    });
    expect(at.rows.map((r) => [r.memberRef, r.daysSinceLastPurchase, r.stage])).toEqual([
      ['1', 1, 'active'],
      ['2', 11, 'active'],
      ['3', 61, 'recent_churn'],
      ['4', 1, 'active'],
      ['5', 100, 'mid_churn'],
    ]);
    const below = await lifecycleStages(ctx(), {
      asOf: '2024-01-31',
      activeDays: 10,
      recentDays: 60,
      midDays: 99,
    });
    expect(below.rows.map((r) => r.stage)).toEqual([
      'active',
      'recent_churn',
      'mid_churn',
      'active',
      'dormant',
    ]);
    await expect(lifecycleStages(ctx(), { activeDays: 90, recentDays: 30 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('over HTTP: reports.read may read it, a cashier may not, a bad date is a 400', async () => {
    const owner = await t.signIn('owner', chain.code);
    const ok = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/rfm?asOf=2024-01-31&net=true',
      cookie: owner,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ memberCount: 5, net: true, classes: { important_retain: 2 } });
    const finance = await t.signIn('finance', chain.code);
    const life = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/lifecycle?asOf=2024-01-31&activeDays=11&recentDays=61&midDays=99',
      cookie: finance,
    });
    expect(life.statusCode).toBe(200);
    expect(life.json().stages).toEqual({ active: 3, recent_churn: 1, mid_churn: 0, dormant: 1 });
    const cashier = await t.signIn('cashier', chain.code);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/analytics/rfm', cookie: cashier })).statusCode,
    ).toBe(403);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/rfm?asOf=2024-02-30',
      cookie: owner,
    });
    expect(bad.statusCode).toBe(400);
  });
});
