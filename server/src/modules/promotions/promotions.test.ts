import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { couponKit } from '../../../test/coupons-factory.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let kit: ReturnType<typeof couponKit>;
let seq = 0;

const DAY = 86_400_000;

/** Each test runs in its own tenant: promotions are tenant-wide. */
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

async function freshShop() {
  shop = await makeShop(t, `pr${++seq}`);
  kit = couponKit(t, shop);
  return shop;
}

async function promotion(body: Record<string, unknown>) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/promotions',
    cookie: shop.manager,
    body: {
      name: '活动',
      storeIds: [],
      startsAt: new Date(t.clock.now.getTime() - DAY).toISOString(),
      endsAt: new Date(t.clock.now.getTime() + 30 * DAY).toISOString(),
      ...body,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

const member = () => makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
type Line = { totalCents: number; adjustments: { kind: string; label: string; amountCents: number }[] };
const adjustments = (line: Line) => line.adjustments.map((a) => [a.kind, a.label, a.amountCents]);

describe(`promotions on ${TEST_DIALECT}`, () => {
  it('member day (Monday at the test clock, Asia/Shanghai): extra percent off and double points for members only', async () => {
    await freshShop();
    await promotion({
      name: '周一会员日',
      kind: 'member_day',
      rules: { weekdays: [1], percentOff: 5, pointsMultiplierPercent: 200 },
    });
    const m = await member();
    await kit.giveLevel(m.id, 90);
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    // 6800 → level 90% 6120 → member day 5% = 306 → 5814; points 58 yuan × 1 × 2 = 116.
    const q = await kit.quote({ memberId: m.id, lines });
    expect(q.statusCode, q.body).toBe(200);
    expect(adjustments(q.json().lines[0])).toEqual([
      ['level', 'V90', 680],
      ['order_promotion', '会员日：周一会员日', 306],
    ]);
    expect(q.json()).toMatchObject({ totalCents: 5_814, pointsToEarnEstimate: 116 });
    const sale = await kit.sell({ memberId: m.id, lines, expectedTotalCents: 5_814 }, 5_814);
    expect(sale.statusCode, sale.body).toBe(201);
    expect(sale.json()).toMatchObject({ totalCents: 5_814, pointsEarned: 116 });
    const pts = await t.db.db
      .selectFrom('points_accounts')
      .select('balance')
      .where('member_id', '=', m.id)
      .executeTakeFirst();
    expect(pts?.balance).toBe(116);

    const walkIn = await kit.quote({ lines });
    expect(walkIn.json().totalCents).toBe(6_800);
    // Another weekday: nothing.
    const tue = await promotion({
      name: '周二会员日',
      kind: 'member_day',
      rules: { weekdays: [2], percentOff: 50, pointsMultiplierPercent: 100 },
    });
    expect((await kit.quote({ memberId: m.id, lines })).json().totalCents).toBe(5_814);
    expect(tue.id).toBeTruthy();
  });

  it('time-limited special price: the line is labelled; level discount applies on top; outside the window nothing', async () => {
    await freshShop();
    await promotion({
      name: '洗发水特价',
      kind: 'special_price',
      rules: { items: [{ productId: shop.shampoo.id, priceCents: 5_800 }] },
    });
    await promotion({
      name: '已结束',
      kind: 'special_price',
      startsAt: new Date(t.clock.now.getTime() - 10 * DAY).toISOString(),
      endsAt: new Date(t.clock.now.getTime() - DAY).toISOString(),
      rules: { items: [{ productId: shop.haircut.id, priceCents: 100 }] },
    });
    await promotion({
      name: 'B店特价',
      kind: 'special_price',
      storeIds: [shop.chain.storeB.id],
      rules: { items: [{ productId: shop.conditioner.id, priceCents: 100 }] },
    });
    const m = await member();
    await kit.giveLevel(m.id, 90);
    const q = await kit.quote({
      memberId: m.id,
      lines: [
        { productId: shop.shampoo.id, qty: 2 },
        { productId: shop.haircut.id, qty: 1 },
      ],
    });
    expect(q.statusCode, q.body).toBe(200);
    const [shampoo, haircut] = q.json().lines as Line[];
    if (!shampoo || !haircut) throw new Error('lines');
    // 2 × 6800 → special 2 × 5800 = 11600 → level 90% = 10440.
    expect(adjustments(shampoo)).toEqual([
      ['item_promotion', '特价：洗发水特价', 2_000],
      ['level', 'V90', 1_160],
    ]);
    expect(shampoo.totalCents).toBe(10_440);
    expect(haircut.totalCents).toBe(7_920);
    const walkIn = await kit.quote({ lines: [{ productId: shop.conditioner.id, qty: 1 }] });
    expect(walkIn.json().totalCents).toBe(5_000);
  });

  it('order 满减 tiers: the highest tier reached, spread over the lines to the fen', async () => {
    await freshShop();
    await promotion({
      name: '满100减10 满200减30',
      kind: 'order_tiers',
      rules: {
        tiers: [
          { thresholdCents: 10_000, offCents: 1_000 },
          { thresholdCents: 20_000, offCents: 3_000 },
        ],
      },
    });
    const one = await kit.quote({ lines: [{ productId: shop.shampoo.id, qty: 1 }] });
    expect(one.json().totalCents).toBe(6_800);
    const mid = await kit.quote({
      lines: [
        { productId: shop.shampoo.id, qty: 1 },
        { productId: shop.haircut.id, qty: 1 },
      ],
    });
    // 15600 ≥ 10000 → 1000 off, split 6800:8800 → 436 + 564.
    expect(mid.json().totalCents).toBe(14_600);
    expect((mid.json().lines as Line[]).map((l) => l.adjustments[0]?.amountCents)).toEqual([436, 564]);
    const top = await kit.sell(
      {
        lines: [
          { productId: shop.shampoo.id, qty: 2 },
          { productId: shop.haircut.id, qty: 1 },
        ],
      },
      19_400,
    );
    expect(top.statusCode, top.body).toBe(201);
    expect(top.json()).toMatchObject({ listCents: 22_400, discountCents: 3_000, totalCents: 19_400 });
    const rows = await t.db.db
      .selectFrom('order_lines')
      .select(['line_no', 'total_cents'])
      .where('order_id', '=', top.json().id)
      .orderBy('line_no')
      .execute();
    expect(rows.reduce((s, r) => s + r.total_cents, 0)).toBe(19_400);
  });

  it('buy 2 get 1: every third unit of the line free; stacks with a coupon after it', async () => {
    await freshShop();
    await promotion({
      name: '洗发水买2送1',
      kind: 'buy_x_get_y',
      rules: { productIds: [shop.shampoo.id], buyQty: 2, getQty: 1, percentOff: 100 },
    });
    const quote = async (qty: number) =>
      (await kit.quote({ lines: [{ productId: shop.shampoo.id, qty }] })).json() as {
        totalCents: number;
        lines: Line[];
      };
    expect((await quote(2)).totalCents).toBe(13_600);
    const three = await quote(3);
    expect(three.totalCents).toBe(13_600);
    expect(adjustments(three.lines[0] as Line)).toEqual([['item_promotion', '买2送1：洗发水买2送1', 6_800]]);
    expect((await quote(7)).totalCents).toBe(5 * 6_800);

    const m = await member();
    const tpl = await kit.template({
      name: '满100减15',
      kind: 'threshold',
      value: 1_500,
      thresholdCents: 10_000,
    });
    const c = await kit.issueOne(m.id, tpl.id);
    const sale = await kit.sell(
      { memberId: m.id, lines: [{ productId: shop.shampoo.id, qty: 3 }], couponId: c.id },
      12_100,
    );
    expect(sale.statusCode, sale.body).toBe(201);
    expect(sale.json().lines[0].adjustments.map((a: { kind: string }) => a.kind)).toEqual([
      'item_promotion',
      'coupon',
    ]);
    const results = await runChecks(t.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('archived promotions stop applying; bad terms are refused with a stable code', async () => {
    await freshShop();
    const p = await promotion({
      name: '全场满减',
      kind: 'order_tiers',
      rules: { tiers: [{ thresholdCents: 5_000, offCents: 500 }] },
    });
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    expect((await kit.quote({ lines })).json().totalCents).toBe(6_300);
    const archived = await t.request({
      method: 'PATCH',
      url: `/api/v1/promotions/${p.id}`,
      cookie: shop.manager,
      body: { status: 'archived' },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect((await kit.quote({ lines })).json().totalCents).toBe(6_800);
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/promotions',
      cookie: shop.manager,
      body: {
        name: '坏',
        kind: 'order_tiers',
        storeIds: [],
        startsAt: t.clock.now.toISOString(),
        endsAt: null,
        rules: { tiers: [{ thresholdCents: 1_000, offCents: 1_000 }] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const cashier = await t.request({
      method: 'POST',
      url: '/api/v1/promotions',
      cookie: shop.cashier,
      body: {},
    });
    expect(cashier.statusCode).toBe(403);
  });
});
