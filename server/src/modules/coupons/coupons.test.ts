import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { couponKit } from '../../../test/coupons-factory.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { T0 } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { uuidv7 } from '../../shared/ids.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let kit: ReturnType<typeof couponKit>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, 'cpn');
  kit = couponKit(t, shop);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const member = () => makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
const couponAdj = (body: { orderAdjustments: { kind: string; amountCents: number }[] }) =>
  body.orderAdjustments.find((a) => a.kind === 'coupon')?.amountCents ?? 0;

describe(`coupon amounts, scope and threshold on ${TEST_DIALECT}`, () => {
  it('fixed amount: takes its fen off, the sale records it, the coupon is redeemed once', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '10元券', kind: 'fixed', value: 1_000 });
    const c = await kit.issueOne(m.id, tpl.id);
    expect(c.code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    const q = await kit.quote({ memberId: m.id, lines });
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json().coupons).toMatchObject([{ id: c.id, applicable: true, estimateCents: 1_000 }]);
    const priced = await kit.quote({ memberId: m.id, lines, couponId: c.id });
    expect(priced.json().totalCents).toBe(5_800);
    expect(couponAdj(priced.json())).toBe(1_000);
    expect(priced.json().lines[0].adjustments).toEqual([
      { kind: 'coupon', label: '优惠券：10元券', amountCents: 1_000 },
    ]);

    const sale = await kit.sell({ memberId: m.id, lines, couponId: c.id, expectedTotalCents: 5_800 }, 5_800);
    expect(sale.statusCode, sale.body).toBe(201);
    expect(sale.json()).toMatchObject({ totalCents: 5_800, discountCents: 1_000 });
    const row = await kit.coupon(c.id);
    expect(row).toMatchObject({
      status: 'redeemed',
      redeemed_order_id: sale.json().id,
      redeemed_store_id: shop.chain.storeA.id,
      discount_cents: 1_000,
    });
    const again = await kit.sell({ memberId: m.id, lines, couponId: c.id }, 5_800);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('COUPON_ALREADY_USED');
  });

  it('percent with a cap: 20% off, at most ¥15', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '8折券', kind: 'percent', value: 20, maxOffCents: 1_500 });
    const c1 = await kit.issueOne(m.id, tpl.id);
    // 2 × 6800 = 13600; 20% = 2720, capped at 1500.
    const big = await kit.quote({
      memberId: m.id,
      lines: [{ productId: shop.shampoo.id, qty: 2 }],
      couponId: c1.id,
    });
    expect(couponAdj(big.json())).toBe(1_500);
    expect(big.json().totalCents).toBe(12_100);
    // Member price 4500: 20% = 900, under the cap.
    const small = await kit.quote({
      memberId: m.id,
      lines: [{ productId: shop.conditioner.id, qty: 1 }],
      couponId: c1.id,
    });
    expect(couponAdj(small.json())).toBe(900);
    expect(small.json().totalCents).toBe(3_600);
  });

  it('满减 threshold: refused below it (listed as not applicable), applied at or above it', async () => {
    const m = await member();
    const tpl = await kit.template({
      name: '满100减20',
      kind: 'threshold',
      value: 2_000,
      thresholdCents: 10_000,
    });
    const c = await kit.issueOne(m.id, tpl.id);
    const one = [{ productId: shop.shampoo.id, qty: 1 }];
    const listed = await kit.quote({ memberId: m.id, lines: one });
    expect(listed.json().coupons).toMatchObject([{ id: c.id, applicable: false, reason: 'below_threshold' }]);
    const below = await kit.quote({ memberId: m.id, lines: one, couponId: c.id });
    expect(below.statusCode).toBe(409);
    expect(below.json().error).toMatchObject({
      code: 'COUPON_NOT_APPLICABLE',
      details: { reason: 'below_threshold' },
    });
    const sale = await kit.sell({ memberId: m.id, lines: one, couponId: c.id }, 6_800);
    expect(sale.json().error.code).toBe('COUPON_NOT_APPLICABLE');
    expect((await kit.coupon(c.id)).status).toBe('issued');

    const two = [{ productId: shop.shampoo.id, qty: 2 }];
    const ok = await kit.sell({ memberId: m.id, lines: two, couponId: c.id }, 11_600);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().totalCents).toBe(11_600);
  });

  it('product and category scope: only lines in scope count for the threshold and take the discount', async () => {
    const m = await member();
    const catId = uuidv7();
    await t.db.db
      .insertInto('categories')
      .values({
        tenant_id: shop.chain.tenantId,
        id: catId,
        parent_id: null,
        name: '护理',
        sort: 0,
        points_per_yuan: null,
        created_at: T0.toISOString(),
        updated_at: T0.toISOString(),
      })
      .execute();
    const mask = await makeProduct(t.db.db, shop.chain.tenantId, {
      name: '面膜',
      price_cents: 3_000,
      category_id: catId,
      track_stock: 0,
    });
    const byProduct = await kit.template({
      name: '洗发水券',
      kind: 'threshold',
      value: 1_000,
      thresholdCents: 6_000,
      scope: 'products',
      scopeIds: [shop.shampoo.id],
    });
    const c = await kit.issueOne(m.id, byProduct.id);
    const lines = [
      { productId: shop.shampoo.id, qty: 1 },
      { productId: shop.haircut.id, qty: 1 },
    ];
    const q = await kit.quote({ memberId: m.id, lines, couponId: c.id });
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json().lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([5_800, 8_800]);
    // The haircut alone costs more than the threshold, but it is out of scope.
    const outOfScope = await kit.quote({
      memberId: m.id,
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      couponId: c.id,
    });
    expect(outOfScope.json().error).toMatchObject({
      code: 'COUPON_NOT_APPLICABLE',
      details: { reason: 'no_items_in_scope' },
    });

    const byCategory = await kit.template({
      name: '护理5折',
      kind: 'percent',
      value: 50,
      scope: 'categories',
      scopeIds: [catId],
    });
    const c2 = await kit.issueOne(m.id, byCategory.id);
    const q2 = await kit.quote({
      memberId: m.id,
      lines: [
        { productId: mask.id, qty: 1 },
        { productId: shop.shampoo.id, qty: 1 },
      ],
      couponId: c2.id,
    });
    expect(q2.json().lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([1_500, 6_800]);
  });

  it('store scope: a coupon for store B is refused at store A', async () => {
    const m = await member();
    const tpl = await kit.template({ name: 'B店券', storeIds: [shop.chain.storeB.id] });
    const c = await kit.issueOne(m.id, tpl.id);
    const q = await kit.quote({
      memberId: m.id,
      lines: [{ productId: shop.shampoo.id, qty: 1 }],
      couponId: c.id,
    });
    expect(q.json().error).toMatchObject({ code: 'COUPON_NOT_APPLICABLE', details: { reason: 'store' } });
  });

  it('is used by its own member only, and may be given by its scanned code', async () => {
    const owner = await member();
    const other = await member();
    const tpl = await kit.template({ name: '扫码券', value: 500 });
    const c = await kit.issueOne(owner.id, tpl.id);
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    const wrong = await kit.quote({ memberId: other.id, lines, couponCode: c.code });
    expect(wrong.json().error.code).toBe('COUPON_MEMBER_MISMATCH');
    const none = await kit.quote({ lines, couponCode: c.code });
    expect(none.statusCode).toBe(400);
    const sale = await kit.sell({ memberId: owner.id, lines, couponCode: c.code.toLowerCase() }, 6_300);
    expect(sale.statusCode, sale.body).toBe(201);
    expect((await kit.coupon(c.id)).redeemed_order_id).toBe(sale.json().id);
  });
});

describe(`stacking on ${TEST_DIALECT}`, () => {
  it('level discount → coupon → points, in that order, each on what is left', async () => {
    const m = await makeRichMember(t, shop);
    await kit.giveLevel(m.id, 90);
    await kit.givePoints(m.id, 1_000);
    const tpl = await kit.template({ name: '9折券', kind: 'percent', value: 10 });
    const c = await kit.issueOne(m.id, tpl.id);
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    // 6800 → level 90% = 6120 → coupon 10% = 612 → 5508 → 1000 points = ¥10 → 4508.
    const q = await kit.quote({ memberId: m.id, lines, couponId: c.id, pointsToRedeem: 1_000 });
    expect(q.statusCode, q.body).toBe(200);
    expect(
      q
        .json()
        .lines[0].adjustments.map((a: { kind: string; amountCents: number }) => [a.kind, a.amountCents]),
    ).toEqual([
      ['level', 680],
      ['coupon', 612],
      ['points', 1_000],
    ]);
    expect(q.json().totalCents).toBe(4_508);
    const sale = await kit.sell({ memberId: m.id, lines, couponId: c.id, pointsToRedeem: 1_000 }, 4_508);
    expect(sale.statusCode, sale.body).toBe(201);
    expect(sale.json()).toMatchObject({ totalCents: 4_508, pointsRedeemed: 1_000, discountCents: 2_292 });
    expect((await kit.coupon(c.id)).discount_cents).toBe(612);
    const results = await runChecks(t.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});

describe(`single use under concurrency on ${TEST_DIALECT}`, () => {
  it('two tills checking out one coupon at once: exactly one sale, the other COUPON_ALREADY_USED', async () => {
    const m = await makeRichMember(t, shop);
    const tpl = await kit.template({ name: '抢用券', value: 2_000 });
    const c = await kit.issueOne(m.id, tpl.id);
    const lines = [{ productId: shop.haircut.id, qty: 1 }];
    const sale = (k: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/orders',
        cookie: shop.cashier,
        body: {
          storeId: shop.chain.storeA.id,
          till: 'T1',
          memberId: m.id,
          lines,
          couponId: c.id,
          payments: [{ method: 'stored_value', amountCents: 6_800 }],
        },
        headers: { 'idempotency-key': k },
      });
    const [a, b] = await Promise.all([sale(key('race-a')), sale(key('race-b'))]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes, `${a.body} ${b.body}`).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const winner = a.statusCode === 201 ? a : b;
    expect(loser.json().error.code).toBe('COUPON_ALREADY_USED');
    const orders = await t.db.db.selectFrom('orders').select('id').where('member_id', '=', m.id).execute();
    expect(orders.map((o) => o.id)).toEqual([winner.json().id]);
    const spent = await t.db.db
      .selectFrom('stored_value_ledger')
      .select(['principal_delta', 'bonus_delta'])
      .where('member_id', '=', m.id)
      .where('ref_type', '=', 'order')
      .execute();
    expect(spent).toHaveLength(1);
    expect((await kit.coupon(c.id)).redeemed_order_id).toBe(winner.json().id);
  });

  it('concurrent issuing never passes total stock', async () => {
    const tpl = await kit.template({ name: '限量券', totalStock: 10 });
    const members = await Promise.all(Array.from({ length: 50 }, () => member()));
    const results = await Promise.all(members.map((m) => kit.issue(m.id, tpl.id)));
    const ok = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(ok).toHaveLength(10);
    expect(refused.map((r) => r.json().error.code)).toEqual(Array(40).fill('COUPON_STOCK_EXHAUSTED'));
    const row = await t.db.db
      .selectFrom('coupon_templates')
      .select('issued_count')
      .where('id', '=', tpl.id)
      .executeTakeFirstOrThrow();
    expect(row.issued_count).toBe(10);
    const issued = await t.db.db
      .selectFrom('coupons')
      .select('id')
      .where('template_id', '=', tpl.id)
      .execute();
    expect(issued).toHaveLength(10);
    // Asking for more than is left refuses the whole batch.
    const tpl2 = await kit.template({ name: '限量券2', totalStock: 2 });
    const m = members[0];
    if (!m) throw new Error('no member');
    const three = await kit.issue(m.id, tpl2.id, 3);
    expect(three.json().error.code).toBe('COUPON_STOCK_EXHAUSTED');
    expect(
      await t.db.db.selectFrom('coupons').select('id').where('template_id', '=', tpl2.id).execute(),
    ).toHaveLength(0);
  });

  it('per-member limit: refused past the limit, also when racing, nothing written', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '每人限2', perMemberLimit: 2 });
    const over = await kit.issue(m.id, tpl.id, 3);
    expect(over.statusCode).toBe(409);
    expect(over.json().error.code).toBe('COUPON_LIMIT_REACHED');
    const results = await Promise.all([1, 2, 3, 4].map(() => kit.issue(m.id, tpl.id)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(2);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual([
      'COUPON_LIMIT_REACHED',
      'COUPON_LIMIT_REACHED',
    ]);
    const held = await t.db.db.selectFrom('coupons').select('id').where('member_id', '=', m.id).execute();
    expect(held).toHaveLength(2);
  });
});

describe(`validity and refunds on ${TEST_DIALECT}`, () => {
  it('a full refund restores a still-valid coupon; a partial refund keeps it used', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '退款券', value: 1_000 });
    const c = await kit.issueOne(m.id, tpl.id);
    const lines = [{ productId: shop.shampoo.id, qty: 2 }];
    const sale = await kit.sell({ memberId: m.id, lines, couponId: c.id }, 12_600);
    expect(sale.statusCode, sale.body).toBe(201);
    const part = await kit.refund(sale.json().id, [{ lineNo: 1, qty: 1 }]);
    expect(part.statusCode, part.body).toBe(201);
    expect(part.json().refundedCents).toBe(6_300);
    expect((await kit.coupon(c.id)).status).toBe('redeemed');
    const rest = await kit.refund(sale.json().id);
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json()).toMatchObject({ status: 'refunded', refundedCents: 12_600 });
    expect(await kit.coupon(c.id)).toMatchObject({
      status: 'issued',
      redeemed_order_id: null,
      discount_cents: 0,
      restored_count: 1,
    });
    // And it can be used again.
    const again = await kit.sell({ memberId: m.id, lines, couponId: c.id }, 12_600);
    expect(again.statusCode, again.body).toBe(201);
  });

  it('an expired coupon is refused, and a refund after expiry leaves it used', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '3天券', validDays: 3 });
    const c1 = await kit.issueOne(m.id, tpl.id);
    const c2 = await kit.issueOne(m.id, tpl.id);
    const lines = [{ productId: shop.shampoo.id, qty: 1 }];
    const sale = await kit.sell({ memberId: m.id, lines, couponId: c1.id }, 5_800);
    expect(sale.statusCode, sale.body).toBe(201);
    // Moving the clock 4 days would also end the staff sessions: age the coupons instead.
    const past = new Date(t.clock.now.getTime() - DAY).toISOString();
    await t.db.db
      .updateTable('coupons')
      .set({ expires_at: past })
      .where('id', 'in', [c1.id, c2.id])
      .execute();
    const late = await kit.quote({ memberId: m.id, lines, couponId: c2.id });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('COUPON_EXPIRED');
    expect((await kit.quote({ memberId: m.id, lines })).json().coupons).toEqual([]);
    const sold = await kit.sell({ memberId: m.id, lines, couponId: c2.id }, 5_800);
    expect(sold.json().error.code).toBe('COUPON_EXPIRED');
    const rf = await kit.refund(sale.json().id);
    expect(rf.statusCode, rf.body).toBe(201);
    expect((await kit.coupon(c1.id)).status).toBe('redeemed');
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/members/${m.id}/coupons`,
      cookie: shop.cashier,
    });
    expect(
      list
        .json()
        .map((x: { id: string; state: string }) => [x.id, x.state])
        .sort(),
    ).toEqual(
      [
        [c1.id, 'used'],
        [c2.id, 'expired'],
      ].sort(),
    );
  });

  it('a fixed window: not valid before it starts', async () => {
    const m = await member();
    const from = new Date(t.clock.now.getTime() + DAY).toISOString();
    const until = new Date(t.clock.now.getTime() + 10 * DAY).toISOString();
    const tpl = await kit.template({
      name: '明日券',
      validity: 'fixed',
      validFrom: from,
      validUntil: until,
      validDays: null,
    });
    const c = await kit.issueOne(m.id, tpl.id);
    expect((await kit.coupon(c.id)).expires_at).toBe(until);
    const q = await kit.quote({
      memberId: m.id,
      lines: [{ productId: shop.shampoo.id, qty: 1 }],
      couponId: c.id,
    });
    expect(q.json().error.code).toBe('COUPON_NOT_YET_VALID');
  });
});

describe(`issuing on recharge on ${TEST_DIALECT}`, () => {
  it('a plan with coupons gives them in the recharge, up to the per-member limit', async () => {
    const m = await member();
    const tpl = await kit.template({ name: '充值礼券', value: 2_000, perMemberLimit: 3 });
    const plan = await t.request({
      method: 'POST',
      url: '/api/v1/recharge-plans',
      cookie: shop.owner,
      body: { name: '充500送券', payCents: 50_000, bonusCents: 0, couponTemplateId: tpl.id, couponCount: 2 },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(plan.json()).toMatchObject({ couponTemplateId: tpl.id, couponCount: 2 });
    const recharge = () =>
      t.request({
        method: 'POST',
        url: `/api/v1/members/${m.id}/recharges`,
        cookie: shop.cashier,
        body: { storeId: shop.chain.storeA.id, planId: plan.json().id, paymentMethod: 'cash' },
        headers: { 'idempotency-key': key('rc-cp') },
      });
    const r1 = await recharge();
    expect(r1.statusCode, r1.body).toBe(201);
    const held = await t.db.db
      .selectFrom('coupons')
      .select(['source', 'source_ref'])
      .where('member_id', '=', m.id)
      .execute();
    expect(held).toEqual([
      { source: 'recharge', source_ref: r1.json().recharge.id },
      { source: 'recharge', source_ref: r1.json().recharge.id },
    ]);
    const r2 = await recharge();
    expect(r2.statusCode, r2.body).toBe(201);
    const after = await t.db.db.selectFrom('coupons').select('id').where('member_id', '=', m.id).execute();
    expect(after).toHaveLength(3);

    // Refunding the first recharge voids its unused gift coupons; one used at the till stays used.
    const gifts = await t.db.db
      .selectFrom('coupons')
      .select('id')
      .where('source_ref', '=', r1.json().recharge.id)
      .orderBy('id')
      .execute();
    const used = gifts[0]?.id ?? '';
    const sale = await kit.sell(
      { memberId: m.id, lines: [{ productId: shop.shampoo.id, qty: 1 }], couponId: used },
      4_800,
    );
    expect(sale.statusCode, sale.body).toBe(201);
    const rf = await t.request({
      method: 'POST',
      url: `/api/v1/recharges/${r1.json().recharge.id}/refund`,
      cookie: shop.manager,
      body: { storeId: shop.chain.storeA.id, reason: '顾客退卡' },
      headers: { 'idempotency-key': key('rc-rf') },
    });
    expect(rf.statusCode, rf.body).toBe(200);
    const states = await t.db.db
      .selectFrom('coupons')
      .select(['id', 'status'])
      .where('source_ref', '=', r1.json().recharge.id)
      .orderBy('id')
      .execute();
    expect(states).toEqual([
      { id: used, status: 'redeemed' },
      { id: gifts[1]?.id, status: 'void' },
    ]);
  });

  it('refuses bad templates with a stable code and writes nothing', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/coupon-templates',
      cookie: shop.owner,
      body: {
        name: '坏券',
        kind: 'threshold',
        value: 2_000,
        maxOffCents: null,
        thresholdCents: 1_000,
        scope: 'all',
        scopeIds: [],
        storeIds: [],
        validity: 'days',
        validFrom: null,
        validUntil: null,
        validDays: 30,
        perMemberLimit: 0,
        totalStock: null,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'thresholdCents' },
    });
    const cashier = await kit.issue((await member()).id, uuidv7());
    expect(cashier.statusCode).toBe(404);
    const forbidden = await t.request({
      method: 'POST',
      url: `/api/v1/members/${(await member()).id}/coupons`,
      cookie: shop.cashier,
      body: { templateId: uuidv7(), count: 1 },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
