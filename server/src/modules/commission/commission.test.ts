import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { key, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';

let t: TestApp;
let shopSeq = 0;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

type Shop = Awaited<ReturnType<typeof makeShop>>;
type StaffPart = { userId: string; sharePercent: number; requested?: boolean };

/** A fresh tenant per test: rules are tenant-wide, so tests do not see each other's. */
async function shop() {
  const s = await makeShop(t, `cm${++shopSeq}`);
  const staff2 = await makeUser(t.db.db, s.chain.tenantId, {
    username: 'staff2',
    role: 'service_staff',
    storeIds: [s.chain.storeA.id],
  });
  return { ...s, staff: s.chain.users.staff.id, staff2: staff2.id };
}

async function rule(s: Shop, body: Record<string, unknown>) {
  const res = await t.request({ method: 'POST', url: '/api/v1/commission/rules', cookie: s.owner, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

async function sell(
  s: Shop,
  lines: { productId: string; qty: number; staff?: StaffPart[] }[],
  totalCents: number,
) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/orders',
    cookie: s.cashier,
    body: {
      storeId: s.chain.storeA.id,
      till: 'T1',
      lines,
      payments: [{ method: 'wechat', amountCents: totalCents, ref: 'wx' }],
    },
    headers: { 'idempotency-key': key('cm-sale') },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; orderNo: string };
}

async function refund(s: Shop, orderId: string, lines?: { lineNo: number; qty: number }[], k = key('cm-rf')) {
  tick();
  return t.request({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/refunds`,
    cookie: s.manager,
    body: { till: 'T1', reason: '顾客退货', ...(lines ? { lines } : {}) },
    headers: { 'idempotency-key': k },
  });
}

const ledger = (orderId: string) =>
  t.db.db
    .selectFrom('commission_ledger')
    .select([
      'staff_user_id',
      'kind',
      'line_no',
      'qty',
      'base_cents',
      'amount_cents',
      'rate',
      'requested',
      'rule_id',
    ])
    .where('order_id', '=', orderId)
    .orderBy('kind', 'desc')
    .orderBy('at')
    .orderBy('line_no')
    .orderBy('share_percent', 'desc')
    .execute();

const netOf = async (orderId: string, staffId: string) =>
  (await ledger(orderId))
    .filter((r) => r.staff_user_id === staffId)
    .reduce((sum, r) => sum + Number(r.amount_cents), 0);

const checksPass = async () => {
  const results = await runChecks(t.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
};

const tick = (ms = 60_000) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms);
};

describe(`commission on ${TEST_DIALECT}`, () => {
  it('pays percent of the paid amount or a fixed sum per unit, 点钟 above 轮钟', async () => {
    const s = await shop();
    const services = await rule(s, {
      name: '服务',
      scope: 'kind',
      kind: 'service',
      basis: 'percent',
      assignedValue: 1_000,
      requestedValue: 1_500,
    });
    const goods = await rule(s, {
      name: '商品',
      scope: 'kind',
      kind: 'goods',
      basis: 'fixed',
      assignedValue: 500,
      requestedValue: 800,
    });
    const order = await sell(
      s,
      [
        { productId: s.haircut.id, qty: 1, staff: [{ userId: s.staff, sharePercent: 100, requested: true }] },
        { productId: s.haircut.id, qty: 1, staff: [{ userId: s.staff2, sharePercent: 100 }] },
        { productId: s.shampoo.id, qty: 2, staff: [{ userId: s.staff2, sharePercent: 100 }] },
        { productId: s.conditioner.id, qty: 1 },
      ],
      8_800 * 2 + 6_800 * 2 + 5_000,
    );
    expect(await ledger(order.id)).toEqual([
      // 15% of ¥88 for the requested person, 10% for the assigned one, ¥5 × 2 for the goods.
      {
        staff_user_id: s.staff,
        kind: 'sale',
        line_no: 1,
        qty: 1,
        base_cents: 8_800,
        amount_cents: 1_320,
        rate: 1_500,
        requested: 1,
        rule_id: services.id,
      },
      {
        staff_user_id: s.staff2,
        kind: 'sale',
        line_no: 2,
        qty: 1,
        base_cents: 8_800,
        amount_cents: 880,
        rate: 1_000,
        requested: 0,
        rule_id: services.id,
      },
      {
        staff_user_id: s.staff2,
        kind: 'sale',
        line_no: 3,
        qty: 2,
        base_cents: 13_600,
        amount_cents: 1_000,
        rate: 500,
        requested: 0,
        rule_id: goods.id,
      },
    ]);
    await checksPass();
  });

  it('takes the product’s rule before the nearest category’s before the kind’s', async () => {
    const s = await shop();
    const category = async (name: string, parentId?: string) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/categories',
        cookie: s.owner,
        body: { name, ...(parentId ? { parentId } : {}) },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const care = await category('护理');
    const face = await category('面部', care);
    const service = (name: string, price: number, categoryId: string | null) =>
      makeProduct(t.db.db, s.chain.tenantId, {
        kind: 'service',
        sku: `SV-${name}-${shopSeq}`,
        name,
        price_cents: price,
        cost_cents: 0,
        track_stock: 0,
        category_id: categoryId,
      });
    const facial = await service('facial', 10_000, face);
    const special = await service('special', 10_000, face);
    await rule(s, { name: '服务', scope: 'kind', kind: 'service', basis: 'percent', assignedValue: 1_000 });
    await rule(s, {
      name: '护理',
      scope: 'category',
      targetId: care,
      basis: 'percent',
      assignedValue: 2_000,
    });
    const own = await rule(s, {
      name: '特护',
      scope: 'product',
      targetId: special.id,
      basis: 'percent',
      assignedValue: 3_000,
    });
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/commission/rules',
      cookie: s.owner,
      body: { name: 'again', scope: 'category', targetId: care, basis: 'fixed', assignedValue: 1 },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('COMMISSION_RULE_EXISTS');

    const one = { userId: s.staff, sharePercent: 100 };
    const order = await sell(
      s,
      [
        { productId: special.id, qty: 1, staff: [one] },
        { productId: facial.id, qty: 1, staff: [one] },
        { productId: s.haircut.id, qty: 1, staff: [one] },
      ],
      10_000 + 10_000 + 8_800,
    );
    expect((await ledger(order.id)).map((r) => r.amount_cents)).toEqual([3_000, 2_000, 880]);

    // With the product's rule gone, the product falls back to its category's grandparent rule.
    const del = await t.request({
      method: 'DELETE',
      url: `/api/v1/commission/rules/${own.id}`,
      cookie: s.owner,
    });
    expect(del.statusCode).toBe(200);
    const again = await sell(s, [{ productId: special.id, qty: 1, staff: [one] }], 10_000);
    expect((await ledger(again.id)).map((r) => r.amount_cents)).toEqual([2_000]);
  });

  it('splits a line 60/40 so the parts sum to the line’s commission exactly', async () => {
    const s = await shop();
    const odd = await makeProduct(t.db.db, s.chain.tenantId, {
      kind: 'service',
      sku: `SV-ODD-${shopSeq}`,
      name: 'odd',
      price_cents: 8_805,
      cost_cents: 0,
      track_stock: 0,
    });
    await rule(s, { name: '服务', scope: 'kind', kind: 'service', basis: 'percent', assignedValue: 1_000 });
    const order = await sell(
      s,
      [
        {
          productId: odd.id,
          qty: 1,
          staff: [
            { userId: s.staff, sharePercent: 60 },
            { userId: s.staff2, sharePercent: 40 },
          ],
        },
      ],
      8_805,
    );
    // 10% of 88.05 = 8.805 → 8.81; 60% = 5.286 and 40% = 3.524: the leftover fen goes to 60%.
    const rows = await ledger(order.id);
    expect(rows.map((r) => [r.staff_user_id, r.base_cents, r.amount_cents])).toEqual([
      [s.staff, 5_283, 529],
      [s.staff2, 3_522, 352],
    ]);
    expect(rows.reduce((sum, r) => sum + Number(r.amount_cents), 0)).toBe(881);
  });

  it('switches to the tier once the month-to-date volume before the sale reaches its threshold', async () => {
    const s = await shop();
    await rule(s, {
      name: '服务',
      scope: 'kind',
      kind: 'service',
      basis: 'percent',
      assignedValue: 1_000,
      requestedValue: 1_500,
      tiers: [{ fromCents: 17_600, assignedValue: 2_000, requestedValue: 2_500 }],
    });
    const amounts: number[] = [];
    for (let i = 0; i < 4; i++) {
      tick();
      const order = await sell(
        s,
        [{ productId: s.haircut.id, qty: 1, staff: [{ userId: s.staff, sharePercent: 100 }] }],
        8_800,
      );
      amounts.push(Number((await ledger(order.id))[0]?.amount_cents));
    }
    // Volume before each sale: 0, 88, 176 (= the threshold), 264.
    expect(amounts).toEqual([880, 880, 1_760, 1_760]);
    // Someone else's volume is their own: staff2 starts at the base rate, 点钟 15%.
    const other = await sell(
      s,
      [
        {
          productId: s.haircut.id,
          qty: 1,
          staff: [{ userId: s.staff2, sharePercent: 100, requested: true }],
        },
      ],
      8_800,
    );
    expect((await ledger(other.id))[0]?.amount_cents).toBe(1_320);
  });

  it('reverses part refunds by cumulative share and nets a full refund to exactly zero', async () => {
    const s = await shop();
    const item = await makeProduct(t.db.db, s.chain.tenantId, {
      kind: 'service',
      sku: `SV-RF-${shopSeq}`,
      name: 'rf',
      price_cents: 1_003,
      cost_cents: 0,
      track_stock: 0,
    });
    await rule(s, { name: '服务', scope: 'kind', kind: 'service', basis: 'percent', assignedValue: 1_000 });
    const order = await sell(
      s,
      [
        {
          productId: item.id,
          qty: 3,
          staff: [
            { userId: s.staff, sharePercent: 60 },
            { userId: s.staff2, sharePercent: 40 },
          ],
        },
      ],
      3_009,
    );
    // 10% of 30.09 = 3.009 → 3.01: 1.81 and 1.20.
    expect((await ledger(order.id)).map((r) => r.amount_cents)).toEqual([181, 120]);

    const first = key('rf1');
    expect((await refund(s, order.id, [{ lineNo: 1, qty: 1 }], first)).statusCode).toBe(201);
    // The retry replays; it reverses nothing more.
    expect((await refund(s, order.id, [{ lineNo: 1, qty: 1 }], first)).statusCode).toBe(201);
    let rows = (await ledger(order.id)).filter((r) => r.kind === 'refund');
    expect(rows.map((r) => [r.staff_user_id, r.qty, r.amount_cents, r.base_cents])).toEqual([
      [s.staff, -1, -60, -601],
      [s.staff2, -1, -40, -401],
    ]);
    await checksPass();

    expect((await refund(s, order.id, [{ lineNo: 1, qty: 1 }])).statusCode).toBe(201);
    expect(await netOf(order.id, s.staff)).toBe(181 - 120);
    expect(await netOf(order.id, s.staff2)).toBe(120 - 80);
    await checksPass();

    // Asking for more than is left is refused and reverses nothing.
    const tooMuch = await refund(s, order.id, [{ lineNo: 1, qty: 2 }]);
    expect(tooMuch.json().error.code).toBe('REFUND_EXCEEDS_SALE');
    expect((await ledger(order.id)).length).toBe(2 + 4);

    expect((await refund(s, order.id)).statusCode).toBe(201);
    rows = (await ledger(order.id)).filter((r) => r.kind === 'refund');
    expect(rows.map((r) => r.amount_cents)).toEqual([-60, -40, -60, -40, -61, -40]);
    expect(await netOf(order.id, s.staff)).toBe(0);
    expect(await netOf(order.id, s.staff2)).toBe(0);
    const base = (await ledger(order.id)).reduce((sum, r) => sum + Number(r.base_cents), 0);
    expect(base).toBe(0);
    expect((await refund(s, order.id)).json().error.code).toBe('NOTHING_TO_REFUND');
    expect((await ledger(order.id)).length).toBe(2 + 6);
    await checksPass();
  });

  it('shows service staff only their own statement; managers read store totals', async () => {
    const s = await shop();
    await rule(s, { name: '服务', scope: 'kind', kind: 'service', basis: 'percent', assignedValue: 1_000 });
    tick();
    const order = await sell(
      s,
      [
        { productId: s.haircut.id, qty: 1, staff: [{ userId: s.staff, sharePercent: 100 }] },
        { productId: s.haircut.id, qty: 1, staff: [{ userId: s.staff2, sharePercent: 100 }] },
      ],
      17_600,
    );
    tick();
    expect((await refund(s, order.id, [{ lineNo: 1, qty: 1 }])).statusCode).toBe(201);

    const staffCookie = await t.signIn('staff', s.chain.code);
    const own = await t.request({ method: 'GET', url: '/api/v1/commission/statement', cookie: staffCookie });
    expect(own.statusCode, own.body).toBe(200);
    const statement = own.json();
    expect(statement.staff).toEqual({ userId: s.staff, name: 'staff' });
    expect(
      statement.entries.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents]),
    ).toEqual([
      ['sale', 880],
      ['refund', -880],
    ]);
    expect(statement.totals).toEqual({
      saleCents: 880,
      refundCents: -880,
      netCents: 0,
      baseCents: 0,
      lines: 1,
    });

    const others = await t.request({
      method: 'GET',
      url: `/api/v1/commission/statement?staffUserId=${s.staff2}`,
      cookie: staffCookie,
    });
    expect(others.statusCode).toBe(403);
    const summaryByStaff = await t.request({
      method: 'GET',
      url: '/api/v1/commission/summary',
      cookie: staffCookie,
    });
    expect(summaryByStaff.statusCode).toBe(403);
    const xlsx = await t.request({
      method: 'GET',
      url: '/api/v1/commission/statement.xlsx',
      cookie: staffCookie,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const asManager = await t.request({
      method: 'GET',
      url: `/api/v1/commission/statement?staffUserId=${s.staff2}`,
      cookie: s.manager,
    });
    expect(asManager.statusCode).toBe(200);
    expect(asManager.json().totals.netCents).toBe(880);

    const summary = await t.request({
      method: 'GET',
      url: `/api/v1/commission/summary?storeId=${s.chain.storeA.id}`,
      cookie: s.manager,
    });
    expect(summary.statusCode, summary.body).toBe(200);
    expect(
      summary
        .json()
        .rows.map((r: { staffUserId: string; saleCents: number; netCents: number }) => [
          r.staffUserId,
          r.saleCents,
          r.netCents,
        ]),
    ).toEqual([
      [s.staff2, 880, 880],
      [s.staff, 880, 0],
    ]);
    expect(summary.json().totals).toMatchObject({ saleCents: 1_760, refundCents: -880, netCents: 880 });
    const otherStore = await t.request({
      method: 'GET',
      url: `/api/v1/commission/summary?storeId=${s.chain.storeB.id}`,
      cookie: s.manager,
    });
    expect(otherStore.json().error.code).toBe('STORE_FORBIDDEN');
    // Rules are the owner's to change.
    const edit = await t.request({
      method: 'POST',
      url: '/api/v1/commission/rules',
      cookie: s.manager,
      body: { name: 'x', scope: 'kind', kind: 'goods', basis: 'percent', assignedValue: 1 },
    });
    expect(edit.statusCode).toBe(403);
    await checksPass();
  });
});
