import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../../test/app.ts';
import { couponKit } from '../../../test/coupons-factory.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { key, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let coupons: ReturnType<typeof couponKit>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, 'exch');
  coupons = couponKit(t, shop);
});
afterAll(() => t.close());

const checksPass = async () => {
  const results = await runChecks(t.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
};
const newMember = () => makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
const pointsOf = async (memberId: string) =>
  (
    await t.db.db
      .selectFrom('points_accounts')
      .select('balance')
      .where('tenant_id', '=', shop.chain.tenantId)
      .where('member_id', '=', memberId)
      .executeTakeFirst()
  )?.balance ?? 0;
const item = async (body: Record<string, unknown>) => {
  const res = await t.request({ method: 'POST', url: '/api/v1/exchange-items', cookie: shop.owner, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
};
const exchange = (memberId: string, body: Record<string, unknown>, cookie = shop.cashier) =>
  t.request({
    method: 'POST',
    url: `/api/v1/members/${memberId}/points-exchanges`,
    cookie,
    body: { storeId: shop.chain.storeA.id, ...body },
    headers: { 'idempotency-key': key('ex') },
  });
const onHand = async (productId: string) =>
  (
    await t.db.db
      .selectFrom('stock_levels')
      .select('on_hand')
      .where('tenant_id', '=', shop.chain.tenantId)
      .where('store_id', '=', shop.chain.storeA.id)
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow()
  ).on_hand;

describe(`points exchange on ${TEST_DIALECT}`, () => {
  it('exchanges points for coupons: oldest points first, coupons issued as points_exchange, catalogue stock counted', async () => {
    const template = await coupons.template({ name: '10元券' });
    const it1 = await item({
      name: '10元券',
      kind: 'coupon',
      couponTemplateId: template.id,
      pointsCost: 500,
      stock: 10,
    });
    const m = await newMember();
    await coupons.givePoints(m.id, 700);
    await coupons.givePoints(m.id, 800);
    const res = await exchange(m.id, { itemId: it1.id, qty: 2 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ points: 1_000, pointsBalance: 500, qty: 2 });
    expect(body.item).toMatchObject({ exchangedCount: 2, left: 8 });
    expect(body.coupons).toHaveLength(2);
    expect(body.coupons[0]).toMatchObject({ source: 'points_exchange', memberId: m.id });
    expect(await pointsOf(m.id)).toBe(500);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/members/${m.id}/points-exchanges`,
      cookie: shop.cashier,
    });
    expect(history.json()).toEqual([expect.objectContaining({ itemName: '10元券', qty: 2, points: 1_000 })]);
    await checksPass();
  });

  it('exchanges points for a gift product out of the store’s stock, and for a gift card', async () => {
    const gift = await item({
      name: '赠品洗发水',
      kind: 'product',
      productId: shop.shampoo.id,
      pointsCost: 300,
    });
    const card = await item({
      name: '50元礼品卡',
      kind: 'gift_card',
      giftCardValueCents: 5_000,
      pointsCost: 5_000,
    });
    const m = await newMember();
    await coupons.givePoints(m.id, 6_000);
    const before = await onHand(shop.shampoo.id);
    const a = await exchange(m.id, { itemId: gift.id });
    expect(a.statusCode, a.body).toBe(201);
    expect(await onHand(shop.shampoo.id)).toBe(before - 1);
    const b = await exchange(m.id, { itemId: card.id });
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().giftCards).toHaveLength(1);
    expect(b.json().giftCards[0].card).toMatchObject({
      balanceCents: 5_000,
      source: 'points_exchange',
      memberId: m.id,
    });
    expect(await pointsOf(m.id)).toBe(700);
    await checksPass();
  });

  it('refuses when points are short, the item is out or archived, or the shelf is empty — and writes nothing', async () => {
    const template = await coupons.template({ name: '5元券' });
    const it1 = await item({
      name: '5元券',
      kind: 'coupon',
      couponTemplateId: template.id,
      pointsCost: 500,
      stock: 1,
    });
    const emptyShelf = await makeProduct(t.db.db, shop.chain.tenantId, { name: '缺货赠品' });
    const gift = await item({ name: '缺货赠品', kind: 'product', productId: emptyShelf.id, pointsCost: 10 });
    const archived = await item({
      name: '旧券',
      kind: 'coupon',
      couponTemplateId: template.id,
      pointsCost: 1,
    });
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/exchange-items/${archived.id}`,
      cookie: shop.owner,
      body: { status: 'archived' },
    });
    expect(patch.statusCode).toBe(200);
    const m = await newMember();
    await coupons.givePoints(m.id, 400);
    const digest = await databaseDigest(t.db, ['idempotency_keys']);
    const cases: [Record<string, unknown>, string][] = [
      [{ itemId: it1.id }, 'INSUFFICIENT_POINTS'],
      [{ itemId: it1.id, qty: 2 }, 'EXCHANGE_OUT_OF_STOCK'],
      [{ itemId: archived.id }, 'EXCHANGE_ITEM_ARCHIVED'],
      [{ itemId: gift.id }, 'OUT_OF_STOCK'],
      [{ itemId: '01890000-0000-7000-8000-000000000000' }, 'EXCHANGE_ITEM_NOT_FOUND'],
      [{ itemId: it1.id, qty: 0 }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const res = await exchange(m.id, body);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.json().error.code, JSON.stringify(body)).toBe(code);
    }
    expect(await databaseDigest(t.db, ['idempotency_keys'])).toBe(digest);
    expect(await pointsOf(m.id)).toBe(400);
    await checksPass();
  });

  it('two members racing for the last unit: one gets it, the other is refused, stock never passed', async () => {
    const template = await coupons.template({ name: '限量券' });
    const last = await item({
      name: '限量券',
      kind: 'coupon',
      couponTemplateId: template.id,
      pointsCost: 100,
      stock: 1,
    });
    const members = [await newMember(), await newMember(), await newMember()];
    for (const m of members) await coupons.givePoints(m.id, 100);
    const results = await Promise.all(members.map((m) => exchange(m.id, { itemId: last.id })));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201))
      expect(r.json().error.code).toBe('EXCHANGE_OUT_OF_STOCK');
    const points = await Promise.all(members.map((m) => pointsOf(m.id)));
    expect(points.sort()).toEqual([0, 100, 100]);
    await checksPass();
  });

  it('one member racing two exchanges for the last points: one lands, points never below zero', async () => {
    const template = await coupons.template({ name: '积分券' });
    const a = await item({ name: '券A', kind: 'coupon', couponTemplateId: template.id, pointsCost: 100 });
    const b = await item({ name: '券B', kind: 'coupon', couponTemplateId: template.id, pointsCost: 100 });
    const m = await newMember();
    await coupons.givePoints(m.id, 100);
    const results = await Promise.all([exchange(m.id, { itemId: a.id }), exchange(m.id, { itemId: b.id })]);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.find((r) => r.statusCode !== 201)?.json().error.code).toBe('INSUFFICIENT_POINTS');
    expect(await pointsOf(m.id)).toBe(0);
    const items = await t.request({ method: 'GET', url: '/api/v1/exchange-items', cookie: shop.cashier });
    const counts = items
      .json()
      .filter((i: { id: string }) => i.id === a.id || i.id === b.id)
      .map((i: { exchangedCount: number }) => i.exchangedCount);
    expect(counts.sort()).toEqual([0, 1]);
    await checksPass();
  });

  it('only the catalogue manager sets up items; a cashier may exchange', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/exchange-items',
      cookie: shop.cashier,
      body: { name: 'x', kind: 'gift_card', giftCardValueCents: 100, pointsCost: 1 },
    });
    expect(res.statusCode).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/exchange-items',
      cookie: shop.owner,
      body: { name: 'x', kind: 'coupon', productId: shop.shampoo.id, pointsCost: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });
});
