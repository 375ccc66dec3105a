import { moveStock } from '../src/modules/inventory/stock.ts';
import type { TestApp } from './app.ts';
import { makeChain, sysCtx } from './factories.ts';
import { makeMember } from './members-factory.ts';
import { makeProduct } from './products-factory.ts';

let keySeq = 0;
export const key = (prefix = 'k') => `${prefix}-${++keySeq}-${Date.now()}`;

/**
 * A chain ready to sell: a shelf item with stock, one with a member price, a service, a member
 * with stored value, and an open shift on till T1 of store A.
 */
export async function makeShop(t: TestApp, code = 'shop') {
  const chain = await makeChain(t.db.db, code);
  const owner = await t.signIn('owner', code);
  const cashier = await t.signIn('cashier', code);
  const manager = await t.signIn('manager', code);
  const shampoo = await makeProduct(t.db.db, chain.tenantId, {
    name: '洗发水',
    price_cents: 6_800,
    cost_cents: 3_000,
  });
  const conditioner = await makeProduct(t.db.db, chain.tenantId, {
    name: '护发素',
    price_cents: 5_000,
    member_price_cents: 4_500,
    cost_cents: 2_000,
  });
  const haircut = await makeProduct(t.db.db, chain.tenantId, {
    kind: 'service',
    sku: `SV-CUT-${code}`,
    name: '洗剪吹',
    price_cents: 8_800,
    cost_cents: 0,
    track_stock: 0,
  });
  for (const p of [shampoo, conditioner])
    await seedStock(t, chain.tenantId, chain.storeA.id, p.id, 20, p.cost_cents);
  const shift = await t.request({
    method: 'POST',
    url: '/api/v1/shifts',
    cookie: cashier,
    body: { storeId: chain.storeA.id, till: 'T1', floatCents: 50_000 },
  });
  if (shift.statusCode !== 201) throw new Error(`open shift: ${shift.body}`);
  return {
    chain,
    owner,
    cashier,
    manager,
    shampoo,
    conditioner,
    haircut,
    shiftId: shift.json().id as string,
  };
}

/** Opening stock straight through moveStock when the inventory API is not the point of the test. */
async function seedStock(
  t: TestApp,
  tenantId: string,
  storeId: string,
  productId: string,
  qty: number,
  unit: number,
) {
  await t.db.db.transaction().execute((trx) =>
    moveStock(
      { ...sysCtx(t.db.db, tenantId, t.clock.now), db: trx },
      {
        storeId,
        productId,
        kind: 'opening',
        refType: 'test',
        refId: 'opening',
        qty,
        valueCents: qty * unit,
      },
    ),
  );
}

export async function makeRichMember(t: TestApp, shop: Awaited<ReturnType<typeof makeShop>>) {
  const m = await makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
  const plan = await t.request({
    method: 'POST',
    url: '/api/v1/recharge-plans',
    cookie: shop.owner,
    body: { name: `充1000送200-${m.id.slice(-4)}`, payCents: 100_000, bonusCents: 20_000 },
  });
  const r = await t.request({
    method: 'POST',
    url: `/api/v1/members/${m.id}/recharges`,
    cookie: shop.cashier,
    body: { storeId: shop.chain.storeA.id, planId: plan.json().id, paymentMethod: 'wechat' },
    headers: { 'idempotency-key': key('rc') },
  });
  if (r.statusCode !== 201) throw new Error(`recharge: ${r.body}`);
  return m;
}

/** Everything a member holds, and the stock of the shop's goods: what a full refund must restore. */
export async function accountsOf(t: TestApp, shop: Awaited<ReturnType<typeof makeShop>>, memberId: string) {
  const db = t.db.db;
  const sv = await db
    .selectFrom('stored_value_accounts')
    .select(['principal_cents', 'bonus_cents'])
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const points = await db
    .selectFrom('points_accounts')
    .select('balance')
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  const lots = await db
    .selectFrom('points_lots')
    .select(['id', 'remaining'])
    .where('member_id', '=', memberId)
    .orderBy('id')
    .execute();
  const sessions = await db
    .selectFrom('member_card_items')
    .innerJoin('member_cards', 'member_cards.id', 'member_card_items.member_card_id')
    .select(['member_card_items.item_code', 'member_card_items.sessions_left'])
    .where('member_cards.member_id', '=', memberId)
    .orderBy('member_card_items.item_code')
    .execute();
  const stock = await db
    .selectFrom('stock_levels')
    .select(['product_id', 'on_hand', 'value_cents'])
    .where('store_id', '=', shop.chain.storeA.id)
    .orderBy('product_id')
    .execute();
  return {
    principal: sv?.principal_cents ?? 0,
    bonus: sv?.bonus_cents ?? 0,
    points: points?.balance ?? 0,
    lots: lots.filter((l) => l.remaining > 0),
    sessions,
    stock,
  };
}
