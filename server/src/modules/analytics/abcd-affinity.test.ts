import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import type { Ctx } from '../../shared/context.ts';
import { segmentQuery } from '../engagement/segments.ts';
import { importHistoryFile } from '../history/import-history-file.ts';
import { checkout } from '../sales/checkout.ts';
import { abcdClasses } from './abcd-classes.ts';
import { computeRfm } from './compute-rfm.ts';
import { lifecycleStages } from './lifecycle-stages.ts';
import { productAffinity } from './product-affinity.ts';

let t: TestApp;
let members: Awaited<ReturnType<typeof makeChain>>;
let baskets: Awaited<ReturnType<typeof makeChain>>;

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
const line = (invoice: string, sku: string, qty: number, at: string, price: string, customer: string) =>
  `${invoice},${sku},Item,${qty},${at},${price},${customer},China`;

/**
 * Five customers, as of 2024-01-31 (F = purchase orders, A = amount in fen):
 *   c1 F 1 A 1,000 · c2 F 3 A 1,500 · c3 F 4 A 80,000 · c4 F 1 A 50,000 (a 10,000 return) · c5 F 2 A 600
 * Sorted F 1 1 2 3 4 and A 600 1,000 1,500 50,000 80,000: the medians (3rd of 5) are F 2 and A 1,500.
 */
const MEMBERS_FILE = [
  HEADER,
  line('2001', 'X', 1, '2024-01-10 12:00:00', '10.00', '1'),
  line('2002', 'X', 1, '2024-01-05 12:00:00', '5.00', '2'),
  line('2003', 'X', 1, '2024-01-15 12:00:00', '5.00', '2'),
  line('2004', 'X', 1, '2024-01-25 12:00:00', '5.00', '2'),
  line('2005', 'X', 1, '2023-12-01 12:00:00', '200.00', '3'),
  line('2006', 'X', 1, '2023-12-02 12:00:00', '200.00', '3'),
  line('2007', 'X', 1, '2023-12-03 12:00:00', '200.00', '3'),
  line('2008', 'X', 1, '2023-12-04 12:00:00', '200.00', '3'),
  line('2009', 'X', 1, '2023-06-01 12:00:00', '500.00', '4'),
  line('C2012', 'X', -1, '2023-06-02 12:00:00', '100.00', '4'),
  line('2010', 'X', 1, '2024-01-20 12:00:00', '3.00', '5'),
  line('2011', 'X', 1, '2024-01-21 12:00:00', '3.00', '5'),
].join('\n');

/**
 * Six history baskets (H6 a walk-in; a return is no basket; PA twice in H2 counts once) and, on
 * 2026-03-02, live orders L1 (store A) and L2 (store B):
 *   H1 PA PB PC · H2 PA PB PA · H3 PA PC · H4 PB PC · H5 PA PB PD · H6 PD · L1 PA PB · L2 PC PD
 * n = 8; PA 5, PB 5, PC 4, PD 3; pairs AB 4, AC 2, BC 2, AD 1, BD 1, CD 1.
 */
const BASKETS_FILE = [
  HEADER,
  line('1', 'PA', 1, '2024-01-02 12:00:00', '1.00', '7'),
  line('1', 'PB', 1, '2024-01-02 12:00:00', '1.00', '7'),
  line('1', 'PC', 1, '2024-01-02 12:00:00', '1.00', '7'),
  line('2', 'PA', 1, '2024-01-03 12:00:00', '1.00', '7'),
  line('2', 'PB', 1, '2024-01-03 12:00:00', '1.00', '7'),
  line('2', 'PA', 2, '2024-01-03 12:00:00', '1.00', '7'),
  line('3', 'PA', 1, '2024-01-04 12:00:00', '1.00', '8'),
  line('3', 'PC', 1, '2024-01-04 12:00:00', '1.00', '8'),
  line('4', 'PB', 1, '2024-01-05 12:00:00', '1.00', '8'),
  line('4', 'PC', 1, '2024-01-05 12:00:00', '1.00', '8'),
  line('5', 'PA', 1, '2024-01-06 12:00:00', '1.00', '9'),
  line('5', 'PB', 1, '2024-01-06 12:00:00', '1.00', '9'),
  line('5', 'PD', 1, '2024-01-06 12:00:00', '1.00', '9'),
  line('6', 'PD', 1, '2024-01-07 12:00:00', '1.00', ''),
  line('C7', 'PA', -1, '2024-01-08 12:00:00', '1.00', '9'),
  line('C7', 'PB', -1, '2024-01-08 12:00:00', '1.00', '9'),
].join('\n');

beforeAll(async () => {
  t = await makeTestApp();
  members = await makeChain(t.db.db, 'abcd');
  baskets = await makeChain(t.db.db, 'affinity');
  const imported = await importHistoryFile(
    sysCtx(t.db.db, members.tenantId),
    { name: 'm.csv', content: Buffer.from(MEMBERS_FILE) },
    { preset: 'online-retail' },
  );
  expect(imported.rejectedRows).toBe(0);
  const product: Record<string, string> = {};
  for (const sku of ['PA', 'PB', 'PC', 'PD']) {
    const p = await makeProduct(t.db.db, baskets.tenantId, {
      sku,
      name: `商品${sku}`,
      kind: 'service',
      track_stock: 0,
      price_cents: 100,
    });
    product[sku] = p.id;
  }
  const history = await importHistoryFile(
    sysCtx(t.db.db, baskets.tenantId),
    { name: 'b.csv', content: Buffer.from(BASKETS_FILE) },
    { preset: 'online-retail' },
  );
  expect(history.rejectedRows).toBe(0);
  const sell = (storeId: string, skus: string[]) =>
    checkout(sysCtx(t.db.db, baskets.tenantId, t.clock.now), {
      storeId,
      till: 'T1',
      lines: skus.map((sku) => ({ productId: product[sku]!, qty: 1 })),
      payments: [{ method: 'wechat', amountCents: 100 * skus.length }],
    });
  await sell(baskets.storeA.id, ['PA', 'PB']);
  await sell(baskets.storeB.id, ['PC', 'PD']);
});
afterAll(() => t.close());

const mctx = () => sysCtx(t.db.db, members.tenantId);
const bctx = () => sysCtx(t.db.db, baskets.tenantId, t.clock.now);
/** A reader bound to some stores only. */
const boundCtx = (base: Ctx, storeIds: string[]): Ctx => ({
  ...base,
  actor: { kind: 'user', userId: null, name: 'bound', permissions: new Set(['reports.read']), storeIds },
});

describe(`ABCD classes on ${TEST_DIALECT}`, () => {
  it('cuts at the median member by default: A high both, B high amount, C high frequency, D neither', async () => {
    const report = await abcdClasses(mctx(), { asOf: '2024-01-31' });
    expect([report.frequencyAbove, report.amountAboveCents]).toEqual([2, 1500]);
    // c2 spent exactly the median: not above it, so C, not A.
    expect(report.rows.map((r) => [r.memberRef, r.name, r.frequency, r.amountCents, r.abcdClass])).toEqual([
      ['1', '顾客1', 1, 1000, 'D'],
      ['2', '顾客2', 3, 1500, 'C'],
      ['3', '顾客3', 4, 80_000, 'A'],
      ['4', '顾客4', 1, 50_000, 'B'],
      ['5', '顾客5', 2, 600, 'D'],
    ]);
    expect(report.classes).toEqual({ A: 1, B: 1, C: 1, D: 2 });
    expect(report.classAmountCents).toEqual({ A: 80_000, B: 50_000, C: 1500, D: 1600 });
    expect(report.amountCents).toBe(133_100);
    const net = await abcdClasses(mctx(), { asOf: '2024-01-31', net: true });
    expect(net.rows.find((r) => r.memberRef === '4')).toMatchObject({ amountCents: 40_000, abcdClass: 'B' });
  });

  it('takes fixed cuts, a window, and drills down to a class a page at a time', async () => {
    const fixed = await abcdClasses(mctx(), { asOf: '2024-01-31', frequencyAbove: 1, amountAboveCents: 999 });
    expect(fixed.rows.map((r) => r.abcdClass)).toEqual(['B', 'A', 'A', 'B', 'C']);
    expect(fixed.classes).toEqual({ A: 2, B: 2, C: 1, D: 0 });
    // January only: c1 (1, 1,000), c2 (3, 1,500), c5 (2, 600) → medians F 2, A 1,000.
    const january = await abcdClasses(mctx(), { asOf: '2024-01-31', windowDays: 31 });
    expect([january.frequencyAbove, january.amountAboveCents]).toEqual([2, 1000]);
    expect(january.rows.map((r) => [r.memberRef, r.abcdClass])).toEqual([
      ['1', 'D'],
      ['2', 'A'],
      ['5', 'D'],
    ]);
    const first = await abcdClasses(mctx(), { asOf: '2024-01-31', abcdClass: 'D', limit: 1 });
    expect(first.rows.map((r) => r.memberRef)).toEqual(['1']);
    expect(first.nextCursor).toBe('1');
    expect(first.classes).toEqual({ A: 1, B: 1, C: 1, D: 2 });
    const next = await abcdClasses(mctx(), { asOf: '2024-01-31', abcdClass: 'D', limit: 1, after: '1' });
    expect(next.rows.map((r) => r.memberRef)).toEqual(['5']);
    expect(next.nextCursor).toBeNull();
    await expect(abcdClasses(mctx(), { frequencyAbove: -1 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it("a reader bound to a store sees that store's live orders only (history has no store)", async () => {
    const bound = await abcdClasses(boundCtx(mctx(), [members.storeA.id]), { asOf: '2024-01-31' });
    expect(bound).toMatchObject({ memberCount: 0, amountCents: 0, frequencyAbove: null, rows: [] });
    await expect(
      abcdClasses(boundCtx(mctx(), [members.storeA.id]), { storeId: members.storeB.id }),
    ).rejects.toMatchObject({ code: 'STORE_FORBIDDEN' });
  });

  it('segments pick ABCD classes as the report has them by default (all history, median cuts, today)', async () => {
    const refs = async (abcdClasses: ('A' | 'B' | 'C' | 'D')[]) =>
      (
        await (
          await segmentQuery(mctx(), { abcdClasses })
        )
          .select('m.member_ref')
          .orderBy('m.member_ref')
          .execute()
      ).map((r) => r.member_ref);
    expect(await refs(['D'])).toEqual(['1', '5']);
    expect(await refs(['A', 'B'])).toEqual(['3', '4']);
    expect(await refs(['C'])).toEqual(['2']);
  });

  it('RFM and lifecycle drill down to a class or stage, with each class’s monetary', async () => {
    // R from the longest ago: c4 244 d, c3 58, c1 21, c5 10, c2 6 → scores 1…5; F 1 1 3 4 5; M 2 4 5 1 3 (c1…c5).
    const rfm = await computeRfm(mctx(), { asOf: '2024-01-31' });
    expect(rfm.rows.map((r) => [r.memberRef, r.rScore, r.fScore, r.mScore, r.rfmClass])).toEqual([
      ['1', 3, 1, 2, 'general_development'],
      ['2', 5, 4, 3, 'important_value'],
      ['3', 2, 5, 5, 'important_retain'],
      ['4', 1, 1, 4, 'important_win_back'],
      ['5', 4, 3, 1, 'general_value'],
    ]);
    expect(rfm.monetaryCents).toBe(133_100);
    expect(rfm.classMonetaryCents).toEqual({
      important_value: 1500,
      important_development: 0,
      important_retain: 80_000,
      important_win_back: 50_000,
      general_value: 600,
      general_development: 1000,
      general_retain: 0,
      general_win_back: 0,
    });
    const drill = await computeRfm(mctx(), { asOf: '2024-01-31', rfmClass: 'important_win_back' });
    expect(drill.rows.map((r) => [r.memberRef, r.name])).toEqual([['4', '顾客4']]);
    expect(drill.memberCount).toBe(5);
    const active = await lifecycleStages(mctx(), { asOf: '2024-01-31', stage: 'active' });
    expect(active.rows.map((r) => [r.memberRef, r.daysSinceLastPurchase])).toEqual([
      ['1', 21],
      ['2', 6],
      ['5', 10],
    ]);
    expect(active.stages).toEqual({ active: 3, recent_churn: 1, mid_churn: 0, dormant: 1 });
  });
});

const pairs = (rows: Awaited<ReturnType<typeof productAffinity>>['rows']) =>
  rows.map((r) => [
    `${r.productASku}→${r.productBSku}`,
    r.pairBaskets,
    r.productABaskets,
    r.productBBaskets,
    r.support,
    r.confidence,
    r.lift,
  ]);

describe(`product affinity on ${TEST_DIALECT}`, () => {
  it('support, confidence and lift of every pair in at least 2 baskets (the default here), best lift first', async () => {
    const report = await productAffinity(bctx());
    expect(report).toMatchObject({ minSupport: 2, basketCount: 8, pairCount: 6, sort: 'lift' });
    // A→B: 4/8 = 0.5, 4/5 = 0.8, 4 × 8 / (5 × 5) = 1.28; A→C: 2/8, 2/5, 2 × 8 / (5 × 4) = 0.8.
    expect(pairs(report.rows)).toEqual([
      ['PA→PB', 4, 5, 5, 0.5, 0.8, 1.28],
      ['PB→PA', 4, 5, 5, 0.5, 0.8, 1.28],
      ['PA→PC', 2, 5, 4, 0.25, 0.4, 0.8],
      ['PB→PC', 2, 5, 4, 0.25, 0.4, 0.8],
      ['PC→PA', 2, 4, 5, 0.25, 0.5, 0.8],
      ['PC→PB', 2, 4, 5, 0.25, 0.5, 0.8],
    ]);
    expect(report.rows[0]).toMatchObject({ productAName: '商品PA', productBName: '商品PB' });
    const byConfidence = await productAffinity(bctx(), { sort: 'confidence', limit: 4 });
    expect(byConfidence.pairCount).toBe(6);
    expect(byConfidence.rows.map((r) => `${r.productASku}→${r.productBSku}`)).toEqual([
      'PA→PB',
      'PB→PA',
      'PC→PA',
      'PC→PB',
    ]);
    const three = await productAffinity(bctx(), { minSupport: 3 });
    expect(pairs(three.rows).map((p) => p[0])).toEqual(['PA→PB', 'PB→PA']);
  });

  it('a period, a store, and a reader bound to one store', async () => {
    // March 2026 holds the two live orders only: A→B 1/2, 1/1, 1 × 2 / (1 × 1) = 2.
    const march = await productAffinity(bctx(), { from: '2026-03-01', to: '2026-03-31', minSupport: 1 });
    expect(march.basketCount).toBe(2);
    expect(pairs(march.rows)).toEqual([
      ['PA→PB', 1, 1, 1, 0.5, 1, 2],
      ['PB→PA', 1, 1, 1, 0.5, 1, 2],
      ['PC→PD', 1, 1, 1, 0.5, 1, 2],
      ['PD→PC', 1, 1, 1, 0.5, 1, 2],
    ]);
    const storeB = await productAffinity(bctx(), { storeId: baskets.storeB.id, minSupport: 1 });
    expect(storeB.basketCount).toBe(1);
    expect(pairs(storeB.rows).map((p) => p[0])).toEqual(['PC→PD', 'PD→PC']);
    const bound = await productAffinity(boundCtx(bctx(), [baskets.storeA.id]), { minSupport: 1 });
    expect(bound.basketCount).toBe(1);
    expect(pairs(bound.rows).map((p) => p[0])).toEqual(['PA→PB', 'PB→PA']);
    const none = await productAffinity(boundCtx(bctx(), [baskets.storeA.id]));
    expect(none).toMatchObject({ basketCount: 1, minSupport: 2, pairCount: 0, rows: [] });
    await expect(productAffinity(bctx(), { from: '2024-02-01', to: '2024-01-01' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

async function sheetOf(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  return sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1));
}

describe(`analytics over HTTP on ${TEST_DIALECT}`, () => {
  it('the reports and their Excel files; a cashier may not read them', async () => {
    const owner = await t.signIn('owner', members.code);
    const abcd = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/abcd?asOf=2024-01-31',
      cookie: owner,
    });
    expect(abcd.statusCode).toBe(200);
    expect(abcd.json()).toMatchObject({ classes: { A: 1, B: 1, C: 1, D: 2 }, amountAboveCents: 1500 });
    const abcdXlsx = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/abcd.xlsx?asOf=2024-01-31&abcdClass=D',
      cookie: owner,
    });
    expect(abcdXlsx.statusCode).toBe(200);
    expect(abcdXlsx.headers['content-type']).toContain('spreadsheetml');
    const abcdRows = await sheetOf(abcdXlsx.rawPayload);
    expect(abcdRows).toEqual([
      ['会员编号 Member ref', '姓名 Name', '购买次数 Frequency', '消费金额 Amount (¥)', '分类 Class'],
      ['1', '顾客1', 1, 10, 'D 类（低频低额） D (occasional, low spend)'],
      ['5', '顾客5', 2, 6, 'D 类（低频低额） D (occasional, low spend)'],
    ]);
    const rfmXlsx = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/rfm.xlsx?asOf=2024-01-31',
      cookie: owner,
    });
    const rfmRows = await sheetOf(rfmXlsx.rawPayload);
    expect(rfmRows).toHaveLength(6);
    expect(rfmRows[3]).toEqual(['3', '顾客3', 58, 4, 800, 2, 5, 5, '重要保持 Important to retain']);
    const lifeXlsx = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/lifecycle.xlsx?asOf=2024-01-31&stage=dormant',
      cookie: owner,
    });
    expect((await sheetOf(lifeXlsx.rawPayload))[1]).toEqual(['4', '顾客4', 244, '休眠 Dormant']);

    const affinityOwner = await t.signIn('owner', baskets.code);
    const affinity = await t.request({
      method: 'GET',
      url: '/api/v1/analytics/affinity.xlsx?minSupport=3',
      cookie: affinityOwner,
    });
    expect(affinity.statusCode).toBe(200);
    const affinityRows = await sheetOf(affinity.rawPayload);
    expect(affinityRows).toHaveLength(3);
    expect(affinityRows[1]).toEqual(['PA', '商品PA', 'PB', '商品PB', 4, 5, 5, 0.5, 0.8, 1.28]);

    const cashier = await t.signIn('cashier', members.code);
    for (const url of [
      '/api/v1/analytics/abcd',
      '/api/v1/analytics/affinity.xlsx',
      '/api/v1/analytics/rfm.xlsx',
    ]) {
      expect((await t.request({ method: 'GET', url, cookie: cashier })).statusCode).toBe(403);
    }
    const bad = await t.request({ method: 'GET', url: '/api/v1/analytics/abcd?abcdClass=E', cookie: owner });
    expect(bad.statusCode).toBe(400);
  });
});
