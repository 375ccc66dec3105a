import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { giftCardKit } from '../../../test/giftcards-factory.ts';
import { makeMember } from '../../../test/members-factory.ts';
import { key, makeRichMember, makeShop } from '../../../test/sales-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { luhnDigit, normalizeGiftCardCode } from './codes.ts';

let t: TestApp;
let shop: Awaited<ReturnType<typeof makeShop>>;
let kit: Awaited<ReturnType<typeof giftCardKit>>;

beforeAll(async () => {
  t = await makeTestApp();
  shop = await makeShop(t, 'gift');
  kit = await giftCardKit(t, shop);
});
afterAll(() => t.close());

const checksPass = async () => {
  const results = await runChecks(t.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
};
const ledgerSum = async (id: string) => (await kit.ledger(id)).reduce((s, e) => s + e.delta_cents, 0);
const spendOf = async (memberId: string) =>
  (
    await t.db.db
      .selectFrom('members')
      .select('cumulative_spend_cents')
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow()
  ).cumulative_spend_cents;
const pointsOf = async (memberId: string) =>
  (
    await t.db.db
      .selectFrom('points_accounts')
      .select('balance')
      .where('member_id', '=', memberId)
      .executeTakeFirst()
  )?.balance ?? 0;

describe(`gift cards on ${TEST_DIALECT}`, () => {
  it('codes carry a check digit: a mistyped digit is no code at all', () => {
    const body = '621234567890123456';
    const code = body + String(luhnDigit(body));
    expect(normalizeGiftCardCode(`${code.slice(0, 4)} ${code.slice(4)}`)).toBe(code);
    const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10) + code.slice(6);
    expect(normalizeGiftCardCode(wrong)).toBeNull();
    expect(normalizeGiftCardCode('12345')).toBeNull();
  });

  it('sells a card at face value on an order: active in the sale, no discount, no points or spend for the card', async () => {
    const m = await makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
    const quote = await t.request({
      method: 'POST',
      url: '/api/v1/sales/quote',
      cookie: shop.cashier,
      body: {
        storeId: shop.chain.storeA.id,
        memberId: m.id,
        lines: [
          { productId: kit.cardProduct.id, qty: 1 },
          { productId: shop.haircut.id, qty: 1 },
        ],
        manualDiscount: { kind: 'amount', value: 800, reason: '老客' },
      },
    });
    expect(quote.statusCode, quote.body).toBe(200);
    // ¥8 off the haircut only (within the cashier's 10% cap of what it applies to); the card stays
    // at face value and earns nothing.
    expect(quote.json()).toMatchObject({ totalCents: 18_000, discountCents: 800, pointsToEarnEstimate: 80 });
    expect(quote.json().lines[0]).toMatchObject({ kind: 'gift_card', totalCents: 10_000, adjustments: [] });
    const res = await kit.sell({
      memberId: m.id,
      lines: [
        { productId: kit.cardProduct.id, qty: 1 },
        { productId: shop.haircut.id, qty: 1 },
      ],
      manualDiscount: { kind: 'amount', value: 800, reason: '老客' },
      payments: [{ method: 'wechat', amountCents: 18_000, ref: 'wx1' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    // The discount lands on the haircut only; the card sells at ¥100.
    expect(order.lines[0]).toMatchObject({ kind: 'gift_card', totalCents: 10_000, discountCents: 0 });
    expect(order.lines[1]).toMatchObject({ totalCents: 8_000, discountCents: 800 });
    expect(order.totalCents).toBe(18_000);
    expect(order.giftCards).toHaveLength(1);
    const sold = order.giftCards[0];
    expect(sold).toMatchObject({ role: 'sold', lineNo: 1, amountCents: 10_000, balanceCents: 10_000 });
    expect(normalizeGiftCardCode(sold.code)).toBe(sold.code);
    expect(sold.last4).toBe(sold.code.slice(-4));
    // Points and spend only on the ¥80 haircut (1 point per ¥1).
    expect(order.pointsEarned).toBe(80);
    expect(await spendOf(m.id)).toBe(8_000);
    const card = await kit.card(sold.giftCardId);
    expect(card).toMatchObject({
      status: 'active',
      balance_cents: 10_000,
      face_value_cents: 10_000,
      source: 'sale',
    });
    // Only the hash and the last four are kept.
    expect(JSON.stringify(card)).not.toContain(sold.code);
    // Reading the order later shows the card masked.
    const again = await t.request({ method: 'GET', url: `/api/v1/orders/${order.id}`, cookie: shop.cashier });
    expect(again.json().giftCards[0]).toMatchObject({
      giftCardId: sold.giftCardId,
      code: null,
      balanceCents: 10_000,
    });
    await checksPass();
  });

  it('pays with a scanned card in a split tender; the receipt shows what it paid and what is left; points earned on spending', async () => {
    const { id, code } = await kit.newCard();
    const m = await makeMember(t.db.db, shop.chain.tenantId, { homeStoreId: shop.chain.storeA.id });
    const check = await t.request({
      method: 'POST',
      url: '/api/v1/gift-cards/check',
      cookie: shop.cashier,
      body: { code: `${code.slice(0, 4)} ${code.slice(4)}` },
    });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ id, balanceCents: 10_000, usable: true });
    const res = await kit.sell({
      memberId: m.id,
      lines: [{ productId: shop.shampoo.id, qty: 2 }], // ¥136
      payments: [
        { method: 'gift_card', amountCents: 10_000, giftCardCode: code },
        { method: 'wechat', amountCents: 3_600, ref: 'wx' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order.payments[0]).toMatchObject({
      method: 'gift_card',
      amountCents: 10_000,
      ref: `••••${code.slice(-4)}`,
    });
    expect(order.giftCards).toEqual([
      expect.objectContaining({ role: 'paid', seq: 1, giftCardId: id, amountCents: 10_000, balanceCents: 0 }),
    ]);
    expect(order.pointsEarned).toBe(136);
    expect(await pointsOf(m.id)).toBe(136);
    expect(await spendOf(m.id)).toBe(13_600);
    expect((await kit.card(id)).balance_cents).toBe(0);
    expect(await ledgerSum(id)).toBe(0);
    // Nothing left: the next tender is refused.
    const more = await kit.sell({
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'gift_card', amountCents: 8_800, giftCardCode: code }],
    });
    expect(more.statusCode).toBe(409);
    expect(more.json().error.code).toBe('GIFT_CARD_INSUFFICIENT_BALANCE');
    await checksPass();
  });

  it('a full refund of an order paid by card restores the card exactly; a repeat changes nothing', async () => {
    const { id, code } = await kit.newCard();
    const sale = await kit.sell({
      lines: [
        { productId: shop.shampoo.id, qty: 1 },
        { productId: shop.conditioner.id, qty: 1 },
      ],
      payments: [
        { method: 'gift_card', amountCents: 7_001, giftCardCode: code },
        { method: 'cash', amountCents: 4_799, tenderedCents: 5_000 },
      ],
    });
    expect(sale.statusCode, sale.body).toBe(201);
    expect((await kit.card(id)).balance_cents).toBe(2_999);
    const k = key('gc-full');
    const r1 = await kit.refund(sale.json().id, undefined, k);
    expect(r1.statusCode, r1.body).toBe(201);
    expect((await kit.card(id)).balance_cents).toBe(10_000);
    const digest = await databaseDigest(t.db, ['idempotency_keys']);
    const replay = await kit.refund(sale.json().id, undefined, k);
    expect(replay.statusCode).toBe(201);
    const again = await kit.refund(sale.json().id);
    expect(again.json().error.code).toBe('NOTHING_TO_REFUND');
    expect(await databaseDigest(t.db, ['idempotency_keys'])).toBe(digest);
    expect((await kit.card(id)).balance_cents).toBe(10_000);
    expect(await ledgerSum(id)).toBe(10_000);
    await checksPass();
  });

  it('partial refunds give back the card’s share and never more than it paid', async () => {
    const { id, code } = await kit.newCard();
    // 3 × ¥68 = ¥204: ¥100 by card, ¥104 by WeChat.
    const sale = await kit.sell({
      lines: [{ productId: shop.shampoo.id, qty: 3 }],
      payments: [
        { method: 'gift_card', amountCents: 10_000, giftCardCode: code },
        { method: 'wechat', amountCents: 10_400, ref: 'wx' },
      ],
    });
    expect(sale.statusCode, sale.body).toBe(201);
    const balances: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await kit.refund(sale.json().id, [{ lineNo: 1, qty: 1 }]);
      expect(r.statusCode, r.body).toBe(201);
      balances.push((await kit.card(id)).balance_cents);
    }
    // Each refund of ¥68 puts the card’s share back (running largest remainder), and all three exactly ¥100.
    expect(balances[2]).toBe(10_000);
    expect(balances[0]).toBeGreaterThan(0);
    expect(balances[0]).toBeLessThan(balances[1]!);
    const over = await kit.refund(sale.json().id, [{ lineNo: 1, qty: 1 }]);
    expect(over.json().error.code).toBe('REFUND_EXCEEDS_SALE');
    expect((await kit.card(id)).balance_cents).toBe(10_000);
    await checksPass();
  });

  it('refunding a card’s sale voids it while unused, and is refused once it was spent', async () => {
    const unused = await kit.newCard();
    const r = await kit.refund(unused.orderId);
    expect(r.statusCode, r.body).toBe(201);
    expect(await kit.card(unused.id)).toMatchObject({ status: 'void', balance_cents: 0 });
    expect(await ledgerSum(unused.id)).toBe(0);
    const pay = await kit.sell({
      lines: [{ productId: shop.haircut.id, qty: 1 }],
      payments: [{ method: 'gift_card', amountCents: 8_800, giftCardCode: unused.code }],
    });
    expect(pay.json().error.code).toBe('GIFT_CARD_NOT_ACTIVE');

    const used = await kit.newCard();
    const spend = await kit.sell({
      lines: [{ productId: shop.conditioner.id, qty: 1 }],
      payments: [{ method: 'gift_card', amountCents: 5_000, giftCardCode: used.code }],
    });
    expect(spend.statusCode, spend.body).toBe(201);
    const digest = await databaseDigest(t.db, ['idempotency_keys']);
    const refused = await kit.refund(used.orderId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('GIFT_CARD_USED');
    expect(await databaseDigest(t.db, ['idempotency_keys'])).toBe(digest);
    // Refunding what it paid for first brings it back to face value; then its sale can be refunded.
    expect((await kit.refund(spend.json().id)).statusCode).toBe(201);
    expect((await kit.refund(used.orderId)).statusCode).toBe(201);
    expect(await kit.card(used.id)).toMatchObject({ status: 'void', balance_cents: 0 });
    await checksPass();
  });

  it('two tills spending the last of one card at once: one wins, the balance never goes below zero', async () => {
    const { id, code } = await kit.newCard();
    const results = await Promise.all(
      ['T1', 'T2', 'T3', 'T4'].map((till) =>
        kit.sell(
          {
            lines: [{ productId: shop.shampoo.id, qty: 1 }],
            payments: [{ method: 'gift_card', amountCents: 6_800, giftCardCode: code }],
          },
          { till },
        ),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 201);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 201))
      expect(r.json().error.code).toBe('GIFT_CARD_INSUFFICIENT_BALANCE');
    expect((await kit.card(id)).balance_cents).toBe(3_200);
    expect(await ledgerSum(id)).toBe(3_200);
    await checksPass();
  });

  it('refuses bad tenders with stable codes and writes nothing', async () => {
    const { code } = await kit.newCard();
    const rich = await makeRichMember(t, shop);
    const digest = await databaseDigest(t.db, ['idempotency_keys']);
    const cardLine = [{ productId: kit.cardProduct.id, qty: 1 }];
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { memberId: rich.id, lines: cardLine, payments: [{ method: 'stored_value', amountCents: 10_000 }] },
        409,
        'GIFT_CARD_TENDER_NOT_ALLOWED',
      ],
      [
        { lines: cardLine, payments: [{ method: 'gift_card', amountCents: 10_000, giftCardCode: code }] },
        409,
        'GIFT_CARD_TENDER_NOT_ALLOWED',
      ],
      [
        {
          lines: [{ productId: kit.cardProduct.id, qty: 2 }],
          payments: [{ method: 'wechat', amountCents: 20_000 }],
        },
        400,
        'VALIDATION_FAILED',
      ],
      [
        {
          lines: [{ productId: shop.haircut.id, qty: 1 }],
          payments: [
            {
              method: 'gift_card',
              amountCents: 8_800,
              giftCardCode: `${code.slice(0, -1)}${(Number(code.at(-1)) + 1) % 10}`,
            },
          ],
        },
        404,
        'GIFT_CARD_NOT_FOUND',
      ],
      [
        {
          lines: [{ productId: shop.haircut.id, qty: 1 }],
          payments: [{ method: 'gift_card', amountCents: 8_800 }],
        },
        404,
        'GIFT_CARD_NOT_FOUND',
      ],
      [
        {
          lines: [{ productId: shop.haircut.id, qty: 1 }],
          payments: [
            { method: 'gift_card', amountCents: 4_400, giftCardCode: code },
            { method: 'gift_card', amountCents: 4_400, giftCardCode: code },
          ],
        },
        400,
        'VALIDATION_FAILED',
      ],
      [
        {
          lines: [{ productId: shop.haircut.id, qty: 1 }],
          payments: [{ method: 'wechat', amountCents: 8_800, giftCardCode: code }],
        },
        400,
        'VALIDATION_FAILED',
      ],
      [
        {
          lines: [
            { productId: shop.haircut.id, qty: 1 },
            { productId: shop.shampoo.id, qty: 1 },
          ],
          payments: [{ method: 'gift_card', amountCents: 15_600, giftCardCode: code }],
        },
        409,
        'GIFT_CARD_INSUFFICIENT_BALANCE',
      ],
    ];
    for (const [body, status, codeName] of cases) {
      const res = await kit.sell(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe(codeName);
    }
    expect(await databaseDigest(t.db, ['idempotency_keys'])).toBe(digest);
  });

  it('the back office issues a card (code shown once), lists it by last four, voids it with a reason; all audited', async () => {
    const issue = await t.request({
      method: 'POST',
      url: '/api/v1/gift-cards',
      cookie: shop.manager,
      body: { faceValueCents: 5_000, storeId: shop.chain.storeA.id, reason: '投诉补偿' },
      headers: { 'idempotency-key': key('gc-issue') },
    });
    expect(issue.statusCode, issue.body).toBe(201);
    const { card, code } = issue.json();
    expect(card).toMatchObject({ balanceCents: 5_000, source: 'manual', status: 'active' });
    const cashierIssue = await t.request({
      method: 'POST',
      url: '/api/v1/gift-cards',
      cookie: shop.cashier,
      body: { faceValueCents: 5_000, storeId: shop.chain.storeA.id, reason: 'x' },
      headers: { 'idempotency-key': key('gc-issue') },
    });
    expect(cashierIssue.statusCode).toBe(403);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/gift-cards?last4=${code.slice(-4)}`,
      cookie: shop.manager,
    });
    expect(list.json().items.map((c: { id: string }) => c.id)).toContain(card.id);
    const voided = await t.request({
      method: 'POST',
      url: `/api/v1/gift-cards/${card.id}/void`,
      cookie: shop.manager,
      body: { reason: '卡片遗失' },
      headers: { 'idempotency-key': key('gc-void') },
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json()).toMatchObject({ status: 'void', balanceCents: 0, voidReason: '卡片遗失' });
    const detail = await t.request({
      method: 'GET',
      url: `/api/v1/gift-cards/${card.id}`,
      cookie: shop.manager,
    });
    expect(
      detail
        .json()
        .ledger.map((e: { kind: string; deltaCents: number }) => [e.kind, e.deltaCents])
        .sort(),
    ).toEqual([
      ['issue', 5_000],
      ['void', -5_000],
    ]);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/gift-cards/${card.id}/void`,
      cookie: shop.manager,
      body: { reason: '再次' },
      headers: { 'idempotency-key': key('gc-void') },
    });
    expect(again.json().error.code).toBe('GIFT_CARD_NOT_ACTIVE');
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', card.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['giftcards.issue', 'giftcards.void']);
    const liability = await t.request({
      method: 'GET',
      url: '/api/v1/gift-cards/liability',
      cookie: shop.manager,
    });
    const active = await t.db.db
      .selectFrom('gift_cards')
      .select('balance_cents')
      .where('tenant_id', '=', shop.chain.tenantId)
      .where('status', '=', 'active')
      .execute();
    expect(liability.json()).toMatchObject({
      activeCount: active.length,
      outstandingCents: active.reduce((s, c) => s + c.balance_cents, 0),
    });
    const xlsx = await t.request({ method: 'GET', url: '/api/v1/gift-cards.xlsx', cookie: shop.manager });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    await checksPass();
  });

  it('an expired card cannot pay', async () => {
    const issue = await t.request({
      method: 'POST',
      url: '/api/v1/gift-cards',
      cookie: shop.owner,
      body: {
        faceValueCents: 5_000,
        storeId: shop.chain.storeA.id,
        reason: '活动奖品',
        expiresAt: new Date(t.clock.now.getTime() + 60_000).toISOString(),
      },
      headers: { 'idempotency-key': key('gc-issue') },
    });
    expect(issue.statusCode, issue.body).toBe(201);
    const saved = t.clock.now;
    t.clock.now = new Date(saved.getTime() + 120_000);
    try {
      const res = await kit.sell({
        lines: [{ productId: shop.conditioner.id, qty: 1 }],
        payments: [{ method: 'gift_card', amountCents: 5_000, giftCardCode: issue.json().code }],
      });
      expect(res.json().error.code).toBe('GIFT_CARD_EXPIRED');
    } finally {
      t.clock.now = saved;
    }
  });
});
