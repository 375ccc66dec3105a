import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeUser, T0 } from '../../../test/factories.ts';
import { key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { factDifferences, rebuildTenantFacts } from './rebuild-facts.ts';

let t: TestApp;
let s: Awaited<ReturnType<typeof makeShop>>;
let storeUser: string;
let order1: { id: string };
let memberId: string;
let rechargeId: string;
let firstSale: unknown;

const DAY2 = new Date(T0.getTime() + 86_400_000); // 2026-03-03 10:00 in Shanghai
const get = async (url: string, cookie = s.owner) => {
  const res = await t.request({ method: 'GET', url: `/api/v1${url}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const post = async (url: string, body: unknown, cookie: string, k = key('rp')) => {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1${url}`,
    cookie,
    body,
    headers: { 'idempotency-key': k },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

/**
 * Day 1 (Monday 2026-03-02): a member (recharged ¥1,000 + ¥200) buys 2 shampoo and a haircut served
 * 60/40 by two people (wechat ¥224); a walk-in buys a conditioner in the Hair category with cash;
 * store B sells a haircut by Alipay; one member registers in store A. Day 2: one shampoo and the
 * haircut of the first order are refunded, and the recharge is refunded.
 */
beforeAll(async () => {
  t = await makeTestApp();
  s = await makeShop(t, 'rep');
  const tenantId = s.chain.tenantId;
  const db = t.db.db;
  const hair = uuidv7();
  await db
    .insertInto('categories')
    .values({
      tenant_id: tenantId,
      id: hair,
      parent_id: null,
      name: '护发 Hair',
      sort: 1,
      points_per_yuan: null,
      created_at: T0.toISOString(),
      updated_at: T0.toISOString(),
    })
    .execute();
  await db.updateTable('products').set({ category_id: hair }).where('id', '=', s.conditioner.id).execute();
  const role = await t.request({
    method: 'POST',
    url: '/api/v1/roles',
    cookie: s.owner,
    body: { code: 'store_reports', name: '门店报表', permissions: ['reports.read'] },
  });
  expect(role.statusCode, role.body).toBe(201);
  await makeUser(db, tenantId, { username: 'reader', role: 'store_reports', storeIds: [s.chain.storeA.id] });
  storeUser = await t.signIn('reader', 'rep');

  const member = await makeRichMember(t, s);
  memberId = member.id;
  rechargeId = (await get(`/members/${memberId}/recharges`))[0].id;
  const staff = s.chain.users.staff.id;
  const manager = s.chain.users.manager.id;
  const k1 = key('o1');
  const body1 = {
    storeId: s.chain.storeA.id,
    till: 'T1',
    memberId,
    lines: [
      { productId: s.shampoo.id, qty: 2 },
      {
        productId: s.haircut.id,
        qty: 1,
        staff: [
          { userId: staff, sharePercent: 60 },
          { userId: manager, sharePercent: 40 },
        ],
      },
    ],
    payments: [{ method: 'wechat', amountCents: 22_400, ref: 'wx1' }],
  };
  order1 = await post('/orders', body1, s.cashier, k1);
  firstSale = await get('/reports/sales?from=2026-03-02&to=2026-03-02&by=store');
  // The till retries the same sale: the stored answer comes back and nothing counts twice.
  const replay = await t.request({
    method: 'POST',
    url: '/api/v1/orders',
    cookie: s.cashier,
    body: body1,
    headers: { 'idempotency-key': k1 },
  });
  expect(replay.json().id).toBe(order1.id);
  await post(
    '/orders',
    {
      storeId: s.chain.storeA.id,
      till: 'T1',
      lines: [{ productId: s.conditioner.id, qty: 1 }],
      payments: [{ method: 'cash', amountCents: 5_000, tenderedCents: 10_000 }],
    },
    s.cashier,
  );
  const cashierB = await t.signIn('cashierb', 'rep');
  await post(
    '/orders',
    {
      storeId: s.chain.storeB.id,
      till: 'B1',
      lines: [{ productId: s.haircut.id, qty: 1 }],
      payments: [{ method: 'alipay', amountCents: 8_800, ref: 'ali' }],
    },
    cashierB,
  );
  await post('/members', { name: '新会员', phone: '13900001111', homeStoreId: s.chain.storeA.id }, s.cashier);

  t.clock.now = DAY2;
  s.owner = await t.signIn('owner', 'rep');
  s.manager = await t.signIn('manager', 'rep');
  s.cashier = await t.signIn('cashier', 'rep');
  storeUser = await t.signIn('reader', 'rep');
  await post(
    `/orders/${order1.id}/refunds`,
    {
      till: 'T1',
      reason: '退一瓶',
      lines: [
        { lineNo: 1, qty: 1 },
        { lineNo: 2, qty: 1 },
      ],
    },
    s.manager,
  );
  await t
    .request({
      method: 'POST',
      url: `/api/v1/recharges/${rechargeId}/refund`,
      cookie: s.manager,
      body: { storeId: s.chain.storeA.id, reason: '退卡' },
      headers: { 'idempotency-key': key('rr') },
    })
    .then((r) => expect(r.statusCode, r.body).toBeLessThan(300));
}, 180_000);
afterAll(() => t.close());

const zero = {
  orderCount: 0,
  quantity: 0,
  salesCents: 0,
  refundCents: 0,
  netCents: 0,
  costCents: 0,
  grossProfitCents: 0,
};

describe(`sales reports from daily facts on ${TEST_DIALECT}`, () => {
  it('a retried checkout counts once', async () => {
    expect((firstSale as { rows: { salesCents: number }[] }).rows).toEqual([
      expect.objectContaining({
        key: s.chain.storeA.id,
        orderCount: 1,
        salesCents: 22_400,
        quantity: 3,
        costCents: 6_000,
      }),
    ]);
  });

  it('by day: sales on the day sold, refunds on the day refunded, net cost and gross profit', async () => {
    const r = await get('/reports/sales?from=2026-03-01&to=2026-03-03&by=day');
    expect(r.rows).toEqual([
      { key: '2026-03-01', label: '2026-03-01', ...zero },
      {
        key: '2026-03-02',
        label: '2026-03-02',
        orderCount: 3,
        quantity: 5,
        salesCents: 36_200,
        refundCents: 0,
        netCents: 36_200,
        costCents: 8_000,
        grossProfitCents: 28_200,
      },
      {
        key: '2026-03-03',
        label: '2026-03-03',
        orderCount: 0,
        quantity: 0,
        salesCents: 0,
        refundCents: 15_600,
        netCents: -15_600,
        costCents: -3_000,
        grossProfitCents: -12_600,
      },
    ]);
    expect(r.totals).toEqual({
      orderCount: 3,
      quantity: 5,
      salesCents: 36_200,
      refundCents: 15_600,
      netCents: 20_600,
      costCents: 5_000,
      grossProfitCents: 15_600,
    });
  });

  it('by store, product and category', async () => {
    const byStore = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=store');
    expect(
      byStore.rows.map(
        (r: { label: string; orderCount: number; salesCents: number; refundCents: number }) => [
          r.label,
          r.orderCount,
          r.salesCents,
          r.refundCents,
        ],
      ),
    ).toEqual([
      ['Store A', 2, 27_400, 15_600],
      ['Store B', 1, 8_800, 0],
    ]);
    const byProduct = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=product');
    expect(byProduct.rows).toEqual([
      {
        key: s.haircut.id,
        label: '洗剪吹',
        orderCount: 2,
        quantity: 2,
        salesCents: 17_600,
        refundCents: 8_800,
        netCents: 8_800,
        costCents: 0,
        grossProfitCents: 8_800,
      },
      {
        key: s.shampoo.id,
        label: '洗发水',
        orderCount: 1,
        quantity: 2,
        salesCents: 13_600,
        refundCents: 6_800,
        netCents: 6_800,
        costCents: 3_000,
        grossProfitCents: 3_800,
      },
      {
        key: s.conditioner.id,
        label: '护发素',
        orderCount: 1,
        quantity: 1,
        salesCents: 5_000,
        refundCents: 0,
        netCents: 5_000,
        costCents: 2_000,
        grossProfitCents: 3_000,
      },
    ]);
    const byCategory = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=category');
    expect(
      byCategory.rows.map((r: { key: string; label: string; orderCount: number; salesCents: number }) => [
        r.key === 'none' ? 'none' : 'hair',
        r.label,
        r.orderCount,
        r.salesCents,
      ]),
    ).toEqual([
      ['none', '', 2, 31_200],
      ['hair', '护发 Hair', 1, 5_000],
    ]);
    expect(byCategory.totals.salesCents).toBe(36_200);
  });

  it('by staff: each person’s share of the lines they served; unserved lines under none', async () => {
    const r = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=staff');
    expect(r.rows).toEqual([
      {
        key: 'none',
        label: '',
        orderCount: 3,
        quantity: 4,
        salesCents: 27_400,
        refundCents: 6_800,
        netCents: 20_600,
        costCents: 5_000,
        grossProfitCents: 15_600,
      },
      {
        key: s.chain.users.staff.id,
        label: 'staff',
        orderCount: 1,
        quantity: 1,
        salesCents: 5_280,
        refundCents: 5_280,
        netCents: 0,
        costCents: 0,
        grossProfitCents: 0,
      },
      {
        key: s.chain.users.manager.id,
        label: 'manager',
        orderCount: 1,
        quantity: 0,
        salesCents: 3_520,
        refundCents: 3_520,
        netCents: 0,
        costCents: 0,
        grossProfitCents: 0,
      },
    ]);
    expect(r.totals).toEqual({
      orderCount: 3,
      quantity: 5,
      salesCents: 36_200,
      refundCents: 15_600,
      netCents: 20_600,
      costCents: 5_000,
      grossProfitCents: 15_600,
    });
  });

  it('by payment: paid with and refunded to each tender, quantity = payments', async () => {
    const r = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=payment');
    expect(r.rows).toEqual([
      {
        key: 'wechat',
        label: 'wechat',
        orderCount: 1,
        quantity: 1,
        salesCents: 22_400,
        refundCents: 15_600,
        netCents: 6_800,
        costCents: 0,
        grossProfitCents: 6_800,
      },
      {
        key: 'alipay',
        label: 'alipay',
        orderCount: 1,
        quantity: 1,
        salesCents: 8_800,
        refundCents: 0,
        netCents: 8_800,
        costCents: 0,
        grossProfitCents: 8_800,
      },
      {
        key: 'cash',
        label: 'cash',
        orderCount: 1,
        quantity: 1,
        salesCents: 5_000,
        refundCents: 0,
        netCents: 5_000,
        costCents: 0,
        grossProfitCents: 5_000,
      },
    ]);
  });

  it('dashboard: today against yesterday, the week, trend, top items and stores', async () => {
    const today = await get('/reports/dashboard?period=today');
    expect(today).toMatchObject({
      period: 'today',
      from: '2026-03-03',
      to: '2026-03-03',
      previousFrom: '2026-03-02',
    });
    expect(today.totals).toEqual({
      salesCents: 0,
      orderCount: 0,
      refundCents: 15_600,
      netCents: -15_600,
      rechargeCents: 0,
      rechargeCount: 0,
      rechargeRefundCents: 100_000,
      newMembers: 0,
      activeMembers: 0,
    });
    expect(today.previous).toEqual({
      salesCents: 36_200,
      orderCount: 3,
      refundCents: 0,
      netCents: 36_200,
      rechargeCents: 100_000,
      rechargeCount: 1,
      rechargeRefundCents: 0,
      newMembers: 2,
      activeMembers: 1,
    });
    const week = await get('/reports/dashboard?period=week');
    expect([week.from, week.to, week.previousFrom, week.previousTo]).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-02-23',
      '2026-02-24',
    ]);
    expect(week.totals).toMatchObject({
      salesCents: 36_200,
      orderCount: 3,
      refundCents: 15_600,
      netCents: 20_600,
      newMembers: 2,
      activeMembers: 1,
    });
    expect(week.trend).toHaveLength(30);
    expect(week.trend[0].day).toBe('2026-02-02');
    expect(week.trend.slice(-2)).toEqual([
      { day: '2026-03-02', salesCents: 36_200, refundCents: 0, rechargeCents: 100_000, orderCount: 3 },
      { day: '2026-03-03', salesCents: 0, refundCents: 15_600, rechargeCents: 0, orderCount: 0 },
    ]);
    expect(week.topItems).toEqual([
      { productId: s.haircut.id, name: '洗剪吹', quantity: 2, salesCents: 17_600 },
      { productId: s.shampoo.id, name: '洗发水', quantity: 2, salesCents: 13_600 },
      { productId: s.conditioner.id, name: '护发素', quantity: 1, salesCents: 5_000 },
    ]);
    expect(week.byStore).toEqual([
      {
        storeId: s.chain.storeA.id,
        storeCode: 'A',
        storeName: 'Store A',
        salesCents: 27_400,
        orderCount: 2,
        rechargeCents: 100_000,
      },
      {
        storeId: s.chain.storeB.id,
        storeCode: 'B',
        storeName: 'Store B',
        salesCents: 8_800,
        orderCount: 1,
        rechargeCents: 0,
      },
    ]);
    const month = await get('/reports/dashboard?period=month');
    expect([month.from, month.previousFrom, month.previousTo]).toEqual([
      '2026-03-01',
      '2026-02-01',
      '2026-02-03',
    ]);
  });

  it('store scope: a user of store A never sees store B', async () => {
    const week = await get('/reports/dashboard?period=week', storeUser);
    expect(week.totals).toMatchObject({ salesCents: 27_400, orderCount: 2, newMembers: 2 });
    expect(week.byStore.map((b: { storeCode: string }) => b.storeCode)).toEqual(['A']);
    expect(week.topItems.map((i: { salesCents: number }) => i.salesCents)).toEqual([13_600, 8_800, 5_000]);
    const sales = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=store', storeUser);
    expect(sales.rows.map((r: { label: string }) => r.label)).toEqual(['Store A']);
    expect(sales.totals.salesCents).toBe(27_400);
    const payment = await get('/reports/sales?from=2026-03-02&to=2026-03-03&by=payment', storeUser);
    expect(payment.rows.map((r: { key: string }) => r.key)).toEqual(['wechat', 'cash']);
    for (const url of [
      `/reports/dashboard?storeId=${s.chain.storeB.id}`,
      `/reports/sales?from=2026-03-02&to=2026-03-03&by=day&storeId=${s.chain.storeB.id}`,
      `/reports/sales.xlsx?from=2026-03-02&to=2026-03-03&by=day&storeId=${s.chain.storeB.id}`,
    ]) {
      const res = await t.request({ method: 'GET', url: `/api/v1${url}`, cookie: storeUser });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('STORE_FORBIDDEN');
    }
    const cashier = await t.request({ method: 'GET', url: '/api/v1/reports/dashboard', cookie: s.cashier });
    expect(cashier.statusCode).toBe(403);
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/reports/sales?from=2026-03-04&to=2026-03-03&by=day',
      cookie: s.owner,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('the Excel export has the same rows and totals', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/reports/sales.xlsx?from=2026-03-02&to=2026-03-03&by=product',
      cookie: s.owner,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const rows = sheet
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['洗剪吹', 2, 2, 176, 88, 88, 0, 88],
      ['洗发水', 1, 2, 136, 68, 68, 30, 38],
      ['护发素', 1, 1, 50, 0, 50, 20, 30],
      ['合计 Total', 3, 5, 362, 156, 206, 50, 156],
    ]);
  });

  it('facts equal the raw rows, and a rebuild changes nothing', async () => {
    expect(await factDifferences(t.db.db, s.chain.tenantId)).toEqual([]);
    const before = await Promise.all([
      get('/reports/dashboard?period=week'),
      get('/reports/sales?from=2026-03-02&to=2026-03-03&by=staff'),
    ]);
    await t.db.db
      .updateTable('fact_store_days')
      .set({ sales_cents: 1 })
      .where('tenant_id', '=', s.chain.tenantId)
      .execute();
    expect((await factDifferences(t.db.db, s.chain.tenantId)).length).toBeGreaterThan(0);
    await rebuildTenantFacts(t.db.db, s.chain.tenantId);
    await rebuildTenantFacts(t.db.db, s.chain.tenantId);
    expect(await factDifferences(t.db.db, s.chain.tenantId)).toEqual([]);
    const after = await Promise.all([
      get('/reports/dashboard?period=week'),
      get('/reports/sales?from=2026-03-02&to=2026-03-03&by=staff'),
    ]);
    expect(after).toEqual(before);
  });
});
