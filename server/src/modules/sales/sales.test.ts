import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { accountsOf, key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { uuidv7 } from '../../shared/ids.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t);
});
afterAll(() => t.close());

const sell = (body: Record<string, unknown>, opts: { cookie?: string; key?: string } = {}) =>
  t.request({
    method: 'POST',
    url: '/api/v1/orders',
    cookie: opts.cookie ?? shop.cashier,
    body: { storeId: shop.chain.storeA.id, till: 'T1', ...body },
    headers: { 'idempotency-key': opts.key ?? key('sale') },
  });
const refund = (
  orderId: string,
  body: Record<string, unknown>,
  opts: { cookie?: string; key?: string } = {},
) =>
  t.request({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/refunds`,
    cookie: opts.cookie ?? shop.manager,
    body: { till: 'T1', reason: '顾客退货', ...body },
    headers: { 'idempotency-key': opts.key ?? key('refund') },
  });
const checksPass = async () => {
  const results = await runChecks(t.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
};

describe(`checkout on ${TEST_DIALECT}`, () => {
  it('sells a member order with split tender: stored value + cash with change; every ledger moves', async () => {
    const m = await makeRichMember(t, shop);
    const before = await accountsOf(t, shop, m.id);
    const lines = [
      { productId: shop.shampoo.id, qty: 2, unitPriceCents: 6_800 },
      { productId: shop.conditioner.id, qty: 1 },
      {
        productId: shop.haircut.id,
        qty: 1,
        staff: [{ userId: shop.chain.users.staff.id, sharePercent: 100 }],
      },
    ];
    const quote = await t.request({
      method: 'POST',
      url: '/api/v1/sales/quote',
      cookie: shop.cashier,
      body: { storeId: shop.chain.storeA.id, memberId: m.id, lines },
    });
    expect(quote.statusCode).toBe(200);
    // 2×68 + member price 45 + 88 = 269 yuan
    expect(quote.json().totalCents).toBe(26_900);
    expect(quote.json().lines[1].adjustments).toEqual([
      { kind: 'member_price', label: '会员价', amountCents: 500 },
    ]);

    const res = await sell({
      memberId: m.id,
      lines,
      expectedTotalCents: 26_900,
      payments: [
        { method: 'stored_value', amountCents: 20_000 },
        { method: 'cash', amountCents: 6_900, tenderedCents: 10_000 },
      ],
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      status: 'completed',
      totalCents: 26_900,
      changeCents: 3_100,
      listCents: 27_400,
    });
    expect(order.orderNo).toMatch(/^A-T1-\d{8}-0001$/);
    // Proportional deduction of 200 from 1000 principal + 200 bonus: 166.67 principal, 33.33 bonus.
    const sv = order.payments.find((p: { method: string }) => p.method === 'stored_value');
    expect(sv.principalCents + sv.bonusCents).toBe(20_000);
    expect(sv.bonusCents).toBe(3_333);
    // Points on money actually paid: cash 69 + principal 166.67 = 235 points at 1/yuan.
    expect(order.moneyPaidCents).toBe(6_900 + sv.principalCents);
    expect(order.pointsEarned).toBe(Math.floor((6_900 + sv.principalCents) / 100));
    expect(order.lines[2].staff).toEqual([
      { userId: shop.chain.users.staff.id, name: 'staff', sharePercent: 100, requested: false },
    ]);

    const after = await accountsOf(t, shop, m.id);
    expect(after.principal).toBe(before.principal - sv.principalCents);
    expect(after.bonus).toBe(before.bonus - sv.bonusCents);
    expect(after.points).toBe(before.points + order.pointsEarned);
    const stockOf = (a: typeof after, id: string) => a.stock.find((s) => s.product_id === id);
    expect(stockOf(after, shop.shampoo.id)?.on_hand).toBe(18);
    expect(stockOf(after, shop.shampoo.id)?.value_cents).toBe(18 * 3_000);
    expect(order.lines[0].totalCents).toBe(13_600);
    const member = await t.db.db
      .selectFrom('members')
      .select('cumulative_spend_cents')
      .where('id', '=', m.id)
      .executeTakeFirstOrThrow();
    expect(member.cumulative_spend_cents).toBe(26_900);
    await checksPass();
  });

  it('refuses what it cannot do and leaves nothing behind', async () => {
    const m = await makeRichMember(t, shop);
    const digest = await databaseDigest(t.db);
    const line = [{ productId: shop.shampoo.id, qty: 1 }];
    const cases: [Record<string, unknown>, string][] = [
      [{ lines: line, payments: [{ method: 'cash', amountCents: 6_000 }] }, 'TENDER_MISMATCH'],
      [
        { lines: [{ productId: shop.shampoo.id, qty: 1, unitPriceCents: 6_500 }], payments: [] },
        'PRICE_CHANGED',
      ],
      [
        { lines: line, expectedTotalCents: 1, payments: [{ method: 'cash', amountCents: 6_800 }] },
        'PRICE_CHANGED',
      ],
      [
        {
          memberId: m.id,
          lines: [{ productId: shop.shampoo.id, qty: 19 }],
          payments: [{ method: 'stored_value', amountCents: 19 * 6_800 }],
        },
        'INSUFFICIENT_BALANCE',
      ],
      [
        {
          lines: [{ productId: shop.shampoo.id, qty: 500 }],
          payments: [{ method: 'wechat', amountCents: 500 * 6_800, ref: 'wx' }],
        },
        'OUT_OF_STOCK',
      ],
      [{ lines: line, payments: [{ method: 'stored_value', amountCents: 6_800 }] }, 'VALIDATION_FAILED'],
      [
        { lines: line, payments: [{ method: 'cash', amountCents: 6_800, tenderedCents: 5_000 }] },
        'INVALID_AMOUNT',
      ],
      [{ lines: [{ productId: uuidv7(), qty: 1 }], payments: [] }, 'PRODUCT_NOT_FOUND'],
      [{ lines: line, payments: [{ method: 'cash', amountCents: 6_800 }], till: 'T9' }, 'SHIFT_REQUIRED'],
      [{ memberId: m.id, lines: line, pointsToRedeem: 10_000, payments: [] }, 'POINTS_CAP_EXCEEDED'],
      [
        { lines: line, manualDiscount: { kind: 'percent', value: 20, reason: '熟客' }, payments: [] },
        'DISCOUNT_CAP_EXCEEDED',
      ],
      [{ lines: [{ productId: shop.shampoo.id, qty: 0 }], payments: [] }, 'VALIDATION_FAILED'],
      [{ lines: [{ productId: shop.shampoo.id, qty: 1.5 }], payments: [] }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const res = await sell(body);
      expect([res.statusCode, res.json().error?.code], JSON.stringify(body)).toEqual([
        res.statusCode >= 400 && res.statusCode < 500 ? res.statusCode : 400,
        code,
      ]);
    }
    const other = await sell(
      { storeId: shop.chain.storeB.id, lines: line, payments: [{ method: 'wechat', amountCents: 6_800 }] },
      { cookie: shop.cashier },
    );
    expect(other.json().error.code).toBe('STORE_FORBIDDEN');
    expect(await databaseDigest(t.db)).toBe(digest);
  });

  it('a manual discount within the cashier’s cap is spread over the lines to the fen', async () => {
    const res = await sell({
      lines: [
        { productId: shop.shampoo.id, qty: 1 },
        { productId: shop.haircut.id, qty: 1 },
      ],
      manualDiscount: { kind: 'percent', value: 10, reason: '熟客' },
      payments: [{ method: 'alipay', amountCents: 14_040, ref: 'ALI-1' }],
    });
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o.totalCents).toBe(14_040);
    expect(o.lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([6_120, 7_920]);
    expect(o.orderAdjustments).toEqual([{ kind: 'manual', label: '手工优惠（熟客）', amountCents: 1_560 }]);
    expect(o.payments[0]).toMatchObject({ method: 'alipay', ref: 'ALI-1', amountCents: 14_040 });
  });

  it('a retried checkout returns the first order; the same order id under another key is refused', async () => {
    const id = uuidv7();
    const k = key('retry');
    const body = {
      orderId: id,
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'cash', amountCents: 8_800 }],
    };
    const first = await sell(body, { key: k });
    const again = await sell(body, { key: k });
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(first.json().id).toBe(id);
    const count = await t.db.db.selectFrom('orders').select('id').where('id', '=', id).execute();
    expect(count).toHaveLength(1);
    expect((await sell(body)).json().error.code).toBe('ORDER_ID_TAKEN');
  });

  it('a full refund returns every account to where it started: principal, bonus, points, sessions, stock', async () => {
    const m = await makeRichMember(t, shop);
    // Some points to redeem first.
    await sell({
      memberId: m.id,
      lines: [{ productId: shop.haircut.id, qty: 3 }],
      payments: [{ method: 'wechat', amountCents: 26_400, ref: 'wx' }],
    });
    const before = await accountsOf(t, shop, m.id);
    expect(before.points).toBe(264);
    const res = await sell({
      memberId: m.id,
      lines: [
        { productId: shop.shampoo.id, qty: 3 },
        { productId: shop.conditioner.id, qty: 2 },
      ],
      pointsToRedeem: 200,
      payments: [
        { method: 'stored_value', amountCents: 15_000 },
        { method: 'cash', amountCents: 14_200 },
      ],
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order.totalCents).toBe(3 * 6_800 + 2 * 4_500 - 200);
    expect(order.pointsRedeemed).toBe(200);
    const back = await refund(order.id, {});
    expect(back.statusCode).toBe(201);
    expect(back.json()).toMatchObject({ status: 'refunded', refundedCents: order.totalCents });
    expect(await accountsOf(t, shop, m.id)).toEqual(before);
    const again = await refund(order.id, {});
    expect(again.json().error.code).toBe('NOTHING_TO_REFUND');
    await checksPass();
  });

  it('partial refunds by line and quantity add up exactly and never pass what was sold', async () => {
    const m = await makeRichMember(t, shop);
    const before = await accountsOf(t, shop, m.id);
    const res = await sell({
      memberId: m.id,
      lines: [
        { productId: shop.shampoo.id, qty: 3 },
        { productId: shop.haircut.id, qty: 1 },
      ],
      manualDiscount: { kind: 'amount', value: 100, reason: '' },
      payments: [
        { method: 'stored_value', amountCents: 10_001 },
        { method: 'bank_card', amountCents: 19_099, ref: 'POS-7' },
      ],
    });
    const order = res.json();
    expect(order.totalCents).toBe(29_100);
    const one = await refund(order.id, { lines: [{ lineNo: 1, qty: 1 }] });
    expect(one.json().status).toBe('partially_refunded');
    const tooMany = await refund(order.id, { lines: [{ lineNo: 1, qty: 3 }] });
    expect(tooMany.json().error.code).toBe('REFUND_EXCEEDS_SALE');
    await refund(order.id, { lines: [{ lineNo: 1, qty: 1 }] });
    await refund(order.id, {
      lines: [
        { lineNo: 2, qty: 1 },
        { lineNo: 1, qty: 1 },
      ],
    });
    const done = (
      await t.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, cookie: shop.manager })
    ).json();
    expect(done.status).toBe('refunded');
    expect(done.refunds.reduce((s: number, r: { amountCents: number }) => s + r.amountCents, 0)).toBe(29_100);
    for (const p of done.payments) expect(p.refundedCents).toBe(p.amountCents);
    expect(await accountsOf(t, shop, m.id)).toEqual(before);
    await checksPass();
  });

  it('a counted card pays for a service line; the refund gives the session back', async () => {
    const m = await makeRichMember(t, shop);
    const product = await t.request({
      method: 'POST',
      url: '/api/v1/card-products',
      cookie: shop.owner,
      body: {
        name: '剪发10次卡',
        kind: 'counted',
        priceCents: 60_000,
        validity: 'days',
        validDays: 365,
        items: [{ itemCode: shop.haircut.sku, itemName: '洗剪吹', sessions: 10 }],
      },
    });
    const card = await t.request({
      method: 'POST',
      url: `/api/v1/members/${m.id}/cards`,
      cookie: shop.cashier,
      body: { cardProductId: product.json().id, storeId: shop.chain.storeA.id, paymentMethod: 'cash' },
      headers: { 'idempotency-key': key('card') },
    });
    expect(card.statusCode).toBe(201);
    const res = await sell({
      memberId: m.id,
      lines: [{ productId: shop.haircut.id, qty: 2, cardId: card.json().id }],
      payments: [],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ totalCents: 0, pointsEarned: 0 });
    const left = async () =>
      (
        await t.db.db
          .selectFrom('member_card_items')
          .select('sessions_left')
          .where('member_card_id', '=', card.json().id)
          .executeTakeFirstOrThrow()
      ).sessions_left;
    expect(await left()).toBe(8);
    await refund(res.json().id, { lines: [{ lineNo: 1, qty: 1 }] });
    expect(await left()).toBe(9);
    await checksPass();
  });

  it('twenty tills spending one member’s balance at once never take it below zero', async () => {
    const m = await makeRichMember(t, shop); // 1,200 yuan
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        sell({
          memberId: m.id,
          lines: [{ productId: shop.haircut.id, qty: 1 }],
          payments: [{ method: 'stored_value', amountCents: 8_800 }],
        }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 201).length;
    expect(ok).toBe(Math.floor(120_000 / 8_800));
    for (const r of results.filter((x) => x.statusCode !== 201))
      expect(r.json().error.code).toBe('INSUFFICIENT_BALANCE');
    const a = await accountsOf(t, shop, m.id);
    expect(a.principal + a.bonus).toBe(120_000 - ok * 8_800);
    await checksPass();
  });

  it('holds a cart, resumes it on another till once, and voids another', async () => {
    const hold = await t.request({
      method: 'POST',
      url: '/api/v1/held-orders',
      cookie: shop.cashier,
      body: {
        storeId: shop.chain.storeA.id,
        label: '王女士',
        cart: { lines: [{ productId: shop.shampoo.id, qty: 2 }] },
      },
    });
    expect(hold.statusCode).toBe(201);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/held-orders?storeId=${shop.chain.storeA.id}`,
      cookie: shop.manager,
    });
    expect(list.json().map((h: { id: string }) => h.id)).toContain(hold.json().id);
    const resumed = await t.request({
      method: 'POST',
      url: `/api/v1/held-orders/${hold.json().id}/resume`,
      cookie: shop.manager,
    });
    expect(resumed.json().cart.lines).toEqual([{ productId: shop.shampoo.id, qty: 2 }]);
    const twice = await t.request({
      method: 'POST',
      url: `/api/v1/held-orders/${hold.json().id}/resume`,
      cookie: shop.cashier,
    });
    expect(twice.json().error.code).toBe('HELD_ORDER_NOT_FOUND');
    const otherStore = await t.request({
      method: 'GET',
      url: `/api/v1/held-orders?storeId=${shop.chain.storeB.id}`,
      cookie: shop.cashier,
    });
    expect(otherStore.json().error.code).toBe('STORE_FORBIDDEN');
  });

  it('closes a shift: expected cash is the float plus cash sales less cash refunds', async () => {
    const open = await t.request({
      method: 'POST',
      url: '/api/v1/shifts',
      cookie: shop.cashier,
      body: { storeId: shop.chain.storeA.id, till: 'T2', floatCents: 20_000 },
    });
    expect(open.statusCode).toBe(201);
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/shifts',
      cookie: shop.manager,
      body: { storeId: shop.chain.storeA.id, till: 'T2', floatCents: 0 },
    });
    expect(dup.json().error.code).toBe('SHIFT_ALREADY_OPEN');
    const s1 = await sell({
      till: 'T2',
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'cash', amountCents: 8_800, tenderedCents: 10_000 }],
    });
    await sell({
      till: 'T2',
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'wechat', amountCents: 8_800, ref: 'w' }],
    });
    await refund(s1.json().id, { till: 'T2' });
    const close = await t.request({
      method: 'POST',
      url: `/api/v1/shifts/${open.json().id}/close`,
      cookie: shop.cashier,
      body: { countedCashCents: 19_900 },
    });
    expect(close.statusCode).toBe(200);
    expect(close.json()).toMatchObject({
      status: 'closed',
      orderCount: 2,
      refundCount: 1,
      expectedCashCents: 20_000,
      countedCashCents: 19_900,
      differenceCents: -100,
    });
    expect(close.json().tenders).toEqual([
      { method: 'cash', salesCents: 8_800, refundsCents: 8_800, netCents: 0 },
      { method: 'wechat', salesCents: 8_800, refundsCents: 0, netCents: 8_800 },
    ]);
    const after = await sell({
      till: 'T2',
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'cash', amountCents: 8_800 }],
    });
    expect(after.json().error.code).toBe('SHIFT_REQUIRED');
  });

  it('lists orders in the cashier’s stores only; another store’s order is not found', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/orders?limit=2', cookie: shop.cashier });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().nextCursor).not.toBeNull();
    const next = await t.request({
      method: 'GET',
      url: `/api/v1/orders?limit=2&cursor=${list.json().nextCursor}`,
      cookie: shop.cashier,
    });
    expect(next.json().items[0].id).not.toBe(list.json().items[1].id);
    const bCashier = await t.signIn('cashierb', shop.chain.code);
    const one = list.json().items[0].id;
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/orders/${one}`, cookie: bCashier })).json().error.code,
    ).toBe('ORDER_NOT_FOUND');
  });

  it('a retried refund replays its first answer and refunds nothing more', async () => {
    const sale = await sell({
      lines: [{ productId: shop.shampoo.id, qty: 2 }],
      payments: [{ method: 'wechat', amountCents: 13_600, ref: 'w' }],
    });
    const k = key('refund-retry');
    const first = await refund(sale.json().id, { lines: [{ lineNo: 1, qty: 1 }] }, { key: k });
    const again = await refund(sale.json().id, { lines: [{ lineNo: 1, qty: 1 }] }, { key: k });
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const rows = await t.db.db
      .selectFrom('refunds')
      .select('id')
      .where('order_id', '=', sale.json().id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(first.json()).toMatchObject({ status: 'partially_refunded', refundedCents: 6_800 });
    const other = await refund(sale.json().id, { lines: [{ lineNo: 1, qty: 2 }] }, { key: k });
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('who may sell, refund and read sales', async () => {
    const cookies = {
      owner: shop.owner,
      manager: shop.manager,
      cashier: shop.cashier,
      staff: await t.signIn('staff', shop.chain.code),
      finance: await t.signIn('finance', shop.chain.code),
    };
    const status: Record<string, number[]> = {};
    const sale = await sell({
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'wechat', amountCents: 8_800 }],
    });
    for (const [who, cookie] of Object.entries(cookies)) {
      const quote = await t.request({
        method: 'POST',
        url: '/api/v1/sales/quote',
        cookie,
        body: { storeId: shop.chain.storeA.id, lines: [{ productId: shop.haircut.id, qty: 1 }] },
      });
      const list = await t.request({ method: 'GET', url: '/api/v1/orders', cookie });
      const back = await refund(sale.json().id, { lines: [{ lineNo: 1, qty: 1 }], reason: who }, { cookie });
      status[who] = [quote.statusCode, list.statusCode, back.statusCode];
    }
    // The first refund that is allowed refunds the line; later ones find nothing left.
    expect(status).toEqual({
      owner: [200, 200, 201],
      manager: [200, 200, 409],
      cashier: [200, 200, 403],
      staff: [403, 403, 403],
      finance: [403, 200, 409],
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/orders' })).statusCode).toBe(401);
  });

  it('a walk-in without a member earns nothing and needs no member', async () => {
    const m = await makeMember(t.db.db, shop.chain.tenantId);
    const res = await sell({
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'wechat', amountCents: 8_800 }],
    });
    expect(res.json()).toMatchObject({ memberId: null, pointsEarned: 0, memberBalances: null });
    expect(m.id).toBeTruthy();
  });
});
