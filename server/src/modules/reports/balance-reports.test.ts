import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { createCardProduct } from '../cards/card-products.ts';
import { issueCard } from '../cards/issue-card.ts';
import { consumeSession } from '../cards/use-card.ts';
import { issueGiftCardByHand } from '../giftcards/issue-gift-card.ts';
import { checkout } from '../sales/checkout.ts';
import { payWithStoredValue } from '../wallet/pay-with-stored-value.ts';
import { createRechargePlan } from '../wallet/recharge-plans.ts';
import { recordRecharge } from '../wallet/record-recharge.ts';
import { getLiability } from './balance-liability.ts';
import { getMemberGrowth } from './balance-member-growth.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let A: string;
let B: string;
const m: Record<'m1' | 'm2' | 'm3', string> = { m1: '', m2: '', m3: '' };

const ctx = () => sysCtx(t.db.db, chain.tenantId, t.clock.now);
const MAR2 = new Date('2026-03-02T02:00:00Z'); // 10:00 in Shanghai
const MAR5 = new Date('2026-03-05T03:00:00Z');

/**
 * One history, read by both reports. On 2 March: m1 (home A) recharges 800 + 80 bonus in A and 400
 * in B; m2 (home B) recharges 100 in A on a plan that gives 500 points; m3 (no home store) has an
 * imported opening balance of 50; m1 buys a 10-session card (¥1,000, valid 5 days) in B; store A
 * issues a ¥100 gift card; m1 buys twice in A and m2 once in B (¥50 each, 50 points each). On
 * 5 March: m1 pays 320 of stored value in B, uses 3 sessions, and buys once in B; m2 once in B.
 */
beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'liab');
  A = chain.storeA.id;
  B = chain.storeB.id;
  t.clock.now = MAR2;
  m.m1 = (await makeMember(t.db.db, chain.tenantId, { homeStoreId: A })).id;
  m.m2 = (await makeMember(t.db.db, chain.tenantId, { homeStoreId: B })).id;
  m.m3 = (await makeMember(t.db.db, chain.tenantId)).id;
  const plan = await createRechargePlan(ctx(), { name: '充800送80', payCents: 80_000, bonusCents: 8_000 });
  const pointsPlan = await createRechargePlan(ctx(), {
    name: '充100送500分',
    payCents: 10_000,
    bonusCents: 0,
    points: 500,
  });
  await recordRecharge(ctx(), { memberId: m.m1, storeId: A, planId: plan.id, paymentMethod: 'cash' });
  await recordRecharge(ctx(), { memberId: m.m1, storeId: B, amountCents: 40_000, paymentMethod: 'cash' });
  await recordRecharge(ctx(), { memberId: m.m2, storeId: A, planId: pointsPlan.id, paymentMethod: 'cash' });
  const at = MAR2.toISOString();
  await t.db.db
    .insertInto('stored_value_accounts')
    .values({
      tenant_id: chain.tenantId,
      member_id: m.m3,
      principal_cents: 5_000,
      bonus_cents: 0,
      updated_at: at,
    })
    .execute();
  await t.db.db
    .insertInto('stored_value_ledger')
    .values({
      tenant_id: chain.tenantId,
      id: uuidv7(),
      member_id: m.m3,
      store_id: null,
      at,
      actor_user_id: null,
      kind: 'opening',
      ref_type: 'import',
      ref_id: 'legacy',
      principal_delta: 5_000,
      bonus_delta: 0,
      principal_after: 5_000,
      bonus_after: 0,
      note: '',
    })
    .execute();
  const product = await createCardProduct(ctx(), {
    name: '洗护10次卡',
    kind: 'counted',
    priceCents: 100_000,
    validity: 'days',
    validDays: 5,
    items: [
      { itemCode: 'wash', itemName: '洗发', sessions: 6 },
      { itemCode: 'cut', itemName: '剪发', sessions: 4 },
    ],
  });
  const card = await issueCard(ctx(), {
    memberId: m.m1,
    cardProductId: product.id,
    storeId: B,
    paymentMethod: 'cash',
  });
  await issueGiftCardByHand(ctx(), { faceValueCents: 10_000, storeId: A, reason: '开业赠送' });
  const goods = await makeProduct(t.db.db, chain.tenantId, {
    kind: 'service',
    name: '护理',
    price_cents: 5_000,
    cost_cents: 0,
    track_stock: 0,
  });
  const buy = (memberId: string, storeId: string) =>
    checkout(ctx(), {
      storeId,
      till: 'T9',
      memberId,
      lines: [{ productId: goods.id, qty: 1 }],
      payments: [{ method: 'wechat', amountCents: 5_000 }],
    });
  await buy(m.m1, A);
  await buy(m.m1, A);
  await buy(m.m2, B);

  t.clock.now = MAR5;
  await payWithStoredValue(ctx(), {
    memberId: m.m1,
    storeId: B,
    amountCents: 32_000,
    refType: 'order',
    refId: uuidv7(),
  });
  for (let i = 0; i < 3; i++)
    await consumeSession(ctx(), {
      cardId: card.id,
      itemCode: 'wash',
      storeId: B,
      refType: 'test',
      refId: `use-${i}`,
    });
  await buy(m.m1, B);
  await buy(m.m2, B);
});
afterAll(() => t.close());

const ZERO = {
  principalCents: 0,
  bonusCents: 0,
  points: 0,
  pointsValueCents: 0,
  cardSessions: 0,
  cardValueCents: 0,
  giftCardCents: 0,
};

describe(`liability on ${TEST_DIALECT}`, () => {
  it('by store at the end of a day, each column its ledger summed to that day', async () => {
    expect((await getLiability(ctx(), { asOf: '2026-03-01' })).total).toEqual(ZERO);

    const mar4 = await getLiability(ctx(), { asOf: '2026-03-04' });
    expect(mar4.rows.map((r) => r.storeCode)).toEqual(['A', 'B', '']);
    expect(mar4.rows[0]).toMatchObject({
      ...ZERO,
      principalCents: 90_000,
      bonusCents: 8_000,
      points: 100,
      pointsValueCents: 100,
      giftCardCents: 10_000,
    });
    expect(mar4.rows[1]).toMatchObject({
      principalCents: 40_000,
      points: 550,
      pointsValueCents: 550,
      cardSessions: 10,
      cardValueCents: 100_000,
    });
    expect(mar4.rows[2]).toEqual({
      ...ZERO,
      storeId: null,
      storeCode: '',
      storeName: '',
      principalCents: 5_000,
    });

    // The 320 paid in B: principal 300 of which A's 200 and B's 100; bonus 20, all A's. Of the
    // card, 7 of 10 sessions are left: ¥700 of its ¥1,000.
    const mar5 = await getLiability(ctx(), { asOf: '2026-03-05' });
    expect(mar5.rows[0]).toEqual({
      storeId: A,
      storeCode: 'A',
      storeName: 'Store A',
      principalCents: 70_000,
      bonusCents: 6_000,
      points: 150,
      pointsValueCents: 150,
      cardSessions: 0,
      cardValueCents: 0,
      giftCardCents: 10_000,
    });
    expect(mar5.rows[1]).toMatchObject({
      principalCents: 30_000,
      bonusCents: 0,
      points: 600,
      cardSessions: 7,
    });
    expect(mar5.rows[1]?.cardValueCents).toBe(70_000);
    expect(mar5.total).toEqual({
      principalCents: 105_000,
      bonusCents: 6_000,
      points: 750,
      pointsValueCents: 750,
      cardSessions: 7,
      cardValueCents: 70_000,
      giftCardCents: 10_000,
    });

    // The totals are the ledgers' (what cli check sums), and m3's imported value is still unassigned.
    const db = t.db.db;
    const sv = await db
      .selectFrom('stored_value_ledger')
      .select((eb) => [
        eb.fn.sum<number>('principal_delta').as('p'),
        eb.fn.sum<number>('bonus_delta').as('b'),
      ])
      .where('tenant_id', '=', chain.tenantId)
      .executeTakeFirstOrThrow();
    const pts = await db
      .selectFrom('points_lots')
      .select((eb) => eb.fn.sum<number>('remaining').as('n'))
      .where('tenant_id', '=', chain.tenantId)
      .executeTakeFirstOrThrow();
    const gc = await db
      .selectFrom('gift_cards')
      .select((eb) => eb.fn.sum<number>('balance_cents').as('n'))
      .where('tenant_id', '=', chain.tenantId)
      .executeTakeFirstOrThrow();
    const left = await db
      .selectFrom('member_card_items')
      .select((eb) => eb.fn.sum<number>('sessions_left').as('n'))
      .where('tenant_id', '=', chain.tenantId)
      .executeTakeFirstOrThrow();
    expect([Number(sv.p), Number(sv.b), Number(pts.n), Number(gc.n), Number(left.n)]).toEqual([
      mar5.total.principalCents,
      mar5.total.bonusCents,
      mar5.total.points,
      mar5.total.giftCardCents,
      mar5.total.cardSessions,
    ]);

    // Once the card has expired its sessions are no longer owed.
    const mar10 = await getLiability(ctx(), { asOf: '2026-03-10' });
    expect(mar10.total).toMatchObject({ principalCents: 105_000, cardSessions: 0, cardValueCents: 0 });
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('one store, and only the stores one may see', async () => {
    const onlyB = await getLiability(ctx(), { storeId: B, asOf: '2026-03-05' });
    expect(onlyB.rows.map((r) => r.storeCode)).toEqual(['B']);
    expect(onlyB.total.principalCents).toBe(30_000);
    const manager = { ...ctx(), actor: { ...ctx().actor, kind: 'user' as const, storeIds: [A] } };
    manager.actor.permissions = new Set(['reports.read']);
    expect((await getLiability(manager, { asOf: '2026-03-05' })).rows.map((r) => r.storeCode)).toEqual(['A']);
    await expect(getLiability(manager, { storeId: B })).rejects.toMatchObject({ code: 'STORE_FORBIDDEN' });
  });
});

describe(`member growth on ${TEST_DIALECT}`, () => {
  it('new, active and repeat buyers by day, by store and in total', async () => {
    const g = await getMemberGrowth(ctx(), { from: '2026-03-01', to: '2026-03-05', by: 'day' });
    expect(g.series).toEqual([
      { bucket: '2026-03-01', newMembers: 0, activeMembers: 0, repeatBuyers: 0 },
      { bucket: '2026-03-02', newMembers: 3, activeMembers: 2, repeatBuyers: 1 },
      { bucket: '2026-03-03', newMembers: 0, activeMembers: 0, repeatBuyers: 0 },
      { bucket: '2026-03-04', newMembers: 0, activeMembers: 0, repeatBuyers: 0 },
      { bucket: '2026-03-05', newMembers: 0, activeMembers: 2, repeatBuyers: 0 },
    ]);
    expect(g.byStore).toEqual([
      { storeId: A, storeCode: 'A', storeName: 'Store A', newMembers: 1, activeMembers: 1, repeatBuyers: 1 },
      { storeId: B, storeCode: 'B', storeName: 'Store B', newMembers: 1, activeMembers: 2, repeatBuyers: 1 },
    ]);
    // m1 bought three times (A, A, B) and m2 twice: both repeat buyers over the period.
    expect(g.total).toEqual({ newMembers: 3, activeMembers: 2, repeatBuyers: 2 });

    const monthly = await getMemberGrowth(ctx(), { from: '2026-02-01', to: '2026-03-31', by: 'month' });
    expect(monthly.series).toEqual([
      { bucket: '2026-02', newMembers: 0, activeMembers: 0, repeatBuyers: 0 },
      { bucket: '2026-03', newMembers: 3, activeMembers: 2, repeatBuyers: 2 },
    ]);
    const a = await getMemberGrowth(ctx(), { from: '2026-03-01', to: '2026-03-05', storeId: A });
    expect(a.total).toEqual({ newMembers: 1, activeMembers: 1, repeatBuyers: 1 });
    expect(a.series[1]).toEqual({ bucket: '2026-03-02', newMembers: 1, activeMembers: 1, repeatBuyers: 1 });
  });
});

describe(`report routes on ${TEST_DIALECT}`, () => {
  it('finance reads and exports; a cashier may not', async () => {
    const finance = await t.signIn('finance', 'liab');
    const cashier = await t.signIn('cashier', 'liab');
    const get = (url: string, cookie: string) => t.request({ method: 'GET', url: `/api/v1${url}`, cookie });
    const s = await get('/reports/settlement?from=2026-03-01&to=2026-03-31', finance);
    expect(s.statusCode).toBe(200);
    // m1's 320 in B: A's 200 principal (20 bonus) is settled to B; B's own 100 is not.
    expect(s.json().nets).toEqual([
      { storeId: A, receivableCents: 0, payableCents: 20_000, netCents: -20_000 },
      { storeId: B, receivableCents: 20_000, payableCents: 0, netCents: 20_000 },
    ]);
    expect((await get('/reports/settlement', cashier)).statusCode).toBe(403);
    expect((await get('/reports/liability?asOf=2026-02-30', finance)).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await get('/reports/members?by=week', finance)).statusCode).toBe(400);

    for (const [url, sheet, cellRef, value] of [
      ['/reports/settlement.xlsx?from=2026-03-01&to=2026-03-31', 'settlement', 'C2', 200],
      ['/reports/liability.xlsx?asOf=2026-03-05', 'liability', 'B4', 50],
      ['/reports/members.xlsx?from=2026-03-01&to=2026-03-05', 'member-growth', 'B3', 3],
    ] as const) {
      const res = await get(url, finance);
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(book.getWorksheet(sheet)?.getCell(cellRef).value).toBe(value);
    }
  });
});
