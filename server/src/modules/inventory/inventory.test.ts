import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, makeUser, sysCtx } from '../../../test/factories.ts';
import { makeProduct } from '../../../test/products-factory.ts';
import { runChecks } from '../../ops/check.ts';
import { updateTenantProfile } from '../tenancy/update-settings.ts';
import { INVENTORY_CHECKS } from './checks.ts';
import { moveStock } from './stock.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let manager: string;
let managerB: string;
let cashier: string;
let supplierId: string;
let seq = 0;
const key = () => `inv-${++seq}-${Date.now()}`;
const api = '/api/v1/inventory';

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db);
  await makeUser(t.db.db, chain.tenantId, {
    username: 'managerb',
    role: 'store_manager',
    storeIds: [chain.storeB.id],
  });
  owner = await t.signIn('owner');
  manager = await t.signIn('manager');
  managerB = await t.signIn('managerb');
  cashier = await t.signIn('cashier');
  const res = await t.request({
    method: 'POST',
    url: `${api}/suppliers`,
    cookie: manager,
    body: { name: '华东食品', contact: '王经理', phone: '021-5555' },
  });
  expect(res.statusCode).toBe(201);
  supplierId = res.json().id;
});
afterAll(() => t.close());

/** Moves the test clock on, so ledger rows are ordered by time as they are in a shop. */
const tick = () => {
  t.clock.now = new Date(t.clock.now.getTime() + 1000);
  return t.clock.now;
};
const ctx = () => sysCtx(t.db.db, chain.tenantId, tick());
const product = (input: Parameters<typeof makeProduct>[2] = {}) =>
  makeProduct(t.db.db, chain.tenantId, input);

async function level(storeId: string, productId: string) {
  const row = await t.db.db
    .selectFrom('stock_levels')
    .select(['on_hand', 'value_cents'])
    .where('tenant_id', '=', chain.tenantId)
    .where('store_id', '=', storeId)
    .where('product_id', '=', productId)
    .executeTakeFirst();
  return { onHand: row?.on_hand ?? 0, valueCents: row?.value_cents ?? 0 };
}
async function ledger(productId: string, storeId?: string) {
  let q = t.db.db
    .selectFrom('stock_ledger')
    .select([
      'store_id',
      'kind',
      'qty_delta',
      'value_delta_cents',
      'on_hand_after',
      'value_after_cents',
      'note',
    ])
    .where('tenant_id', '=', chain.tenantId)
    .where('product_id', '=', productId);
  if (storeId) q = q.where('store_id', '=', storeId);
  return q.orderBy('at').orderBy('id').execute();
}
/** Every row of the tables inventory writes: a refusal must leave it unchanged. */
async function stockDigest() {
  const parts: string[] = [];
  for (const table of [
    'stock_levels',
    'stock_ledger',
    'purchase_orders',
    'purchase_order_lines',
    'stock_transfers',
    'stock_transfer_lines',
    'stocktakes',
    'stocktake_lines',
    'audit_log',
  ] as const) {
    const rows = await t.db.db.selectFrom(table).selectAll().execute();
    parts.push(`${table}:${JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())}`);
  }
  return parts.join('\n');
}
async function stockChecks() {
  const names = new Set(INVENTORY_CHECKS.map((c) => c.name));
  return (await runChecks(t.db)).filter((r) => names.has(r.name) && !r.ok);
}
const purchase = (productId: string, qty: number, unitCost: number, storeId = chain.storeA.id) =>
  moveStock(ctx(), {
    storeId,
    productId,
    kind: 'purchase',
    refType: 'test',
    refId: `p${++seq}`,
    qty,
    valueCents: qty * unitCost,
  });
const sale = (productId: string, qty: number, storeId = chain.storeA.id) =>
  moveStock(ctx(), { storeId, productId, kind: 'sale', refType: 'order', refId: `s${++seq}`, qty: -qty });

async function createPo(
  lines: { productId: string; qty: number; unitCostCents: number }[],
  cookie = manager,
) {
  t.clock.now = tick();
  const res = await t.request({
    method: 'POST',
    url: `${api}/purchase-orders`,
    cookie,
    body: { storeId: chain.storeA.id, supplierId, lines },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const receive = (
  poId: string,
  body: Record<string, unknown>,
  opts: { key?: string; cookie?: string } = {},
) => {
  tick();
  return t.request({
    method: 'POST',
    url: `${api}/purchase-orders/${poId}/receive`,
    cookie: opts.cookie ?? manager,
    body,
    headers: { 'idempotency-key': opts.key ?? key() },
  });
};

describe(`inventory on ${TEST_DIALECT}`, () => {
  it('keeps a moving-average cost through purchases at different costs and sales', async () => {
    const p = await product({ cost_cents: 90 });
    expect(await purchase(p.id, 10, 100)).toEqual({ onHand: 10, valueCents: 1000, valueDeltaCents: 1000 });
    expect(await purchase(p.id, 10, 130)).toEqual({ onHand: 20, valueCents: 2300, valueDeltaCents: 1300 });
    // 5 of 20 units leave with a quarter of the value: average 115.
    expect(await sale(p.id, 5)).toEqual({ onHand: 15, valueCents: 1725, valueDeltaCents: -575 });
    expect(await purchase(p.id, 5, 200)).toEqual({ onHand: 20, valueCents: 2725, valueDeltaCents: 1000 });
    // 3 × 2725 / 20 = 408.75 → 409 (half away from zero)
    expect(await sale(p.id, 3)).toEqual({ onHand: 17, valueCents: 2316, valueDeltaCents: -409 });
    // The last units take all the value that is left: nothing is stranded by rounding.
    expect(await sale(p.id, 17)).toEqual({ onHand: 0, valueCents: 0, valueDeltaCents: -2316 });
    expect(
      (await ledger(p.id)).map((e) => [
        e.kind,
        e.qty_delta,
        e.value_delta_cents,
        e.on_hand_after,
        e.value_after_cents,
      ]),
    ).toEqual([
      ['purchase', 10, 1000, 10, 1000],
      ['purchase', 10, 1300, 20, 2300],
      ['sale', -5, -575, 15, 1725],
      ['purchase', 5, 1000, 20, 2725],
      ['sale', -3, -409, 17, 2316],
      ['sale', -17, -2316, 0, 0],
    ]);
    expect(await stockChecks()).toEqual([]);
  });

  it('receives a purchase order in part and then the rest, at the order’s unit cost', async () => {
    const p1 = await product();
    const p2 = await product();
    const po = await createPo([
      { productId: p1.id, qty: 10, unitCostCents: 250 },
      { productId: p2.id, qty: 4, unitCostCents: 1_000 },
    ]);
    expect(po).toMatchObject({
      status: 'open',
      totalCents: 6_500,
      receivedCents: 0,
      supplierName: '华东食品',
    });
    expect(await level(chain.storeA.id, p1.id)).toEqual({ onHand: 0, valueCents: 0 });

    const part = await receive(po.id, { lines: [{ lineNo: 1, qty: 6 }] });
    expect(part.statusCode, part.body).toBe(200);
    expect(part.json().lines).toEqual([{ lineNo: 1, productId: p1.id, qty: 6, valueCents: 1_500 }]);
    expect(part.json().purchaseOrder).toMatchObject({ status: 'partial', receivedCents: 1_500 });
    expect(await level(chain.storeA.id, p1.id)).toEqual({ onHand: 6, valueCents: 1_500 });

    const rest = await receive(po.id, {});
    expect(rest.statusCode, rest.body).toBe(200);
    expect(rest.json().lines).toEqual([
      { lineNo: 1, productId: p1.id, qty: 4, valueCents: 1_000 },
      { lineNo: 2, productId: p2.id, qty: 4, valueCents: 4_000 },
    ]);
    expect(rest.json().purchaseOrder).toMatchObject({ status: 'received', receivedCents: 6_500 });
    expect(rest.json().purchaseOrder.lines.map((l: { qtyReceived: number }) => l.qtyReceived)).toEqual([
      10, 4,
    ]);
    expect(await level(chain.storeA.id, p1.id)).toEqual({ onHand: 10, valueCents: 2_500 });
    expect(await level(chain.storeA.id, p2.id)).toEqual({ onHand: 4, valueCents: 4_000 });
    expect((await ledger(p1.id)).map((e) => [e.kind, e.qty_delta, e.value_delta_cents])).toEqual([
      ['purchase', 6, 1_500],
      ['purchase', 4, 1_000],
    ]);
    // Closed: nothing more to receive, and it cannot be cancelled.
    expect((await receive(po.id, {})).json().error.code).toBe('PURCHASE_ORDER_CLOSED');
    const cancel = await t.request({
      method: 'POST',
      url: `${api}/purchase-orders/${po.id}/cancel`,
      cookie: manager,
      body: { reason: 'late' },
    });
    expect(cancel.json().error.code).toBe('PURCHASE_ORDER_CLOSED');
  });

  it('refuses to receive more than was ordered and changes nothing', async () => {
    const p = await product();
    const po = await createPo([{ productId: p.id, qty: 5, unitCostCents: 100 }]);
    await receive(po.id, { lines: [{ lineNo: 1, qty: 3 }] });
    const before = await stockDigest();
    const over = await receive(po.id, { lines: [{ lineNo: 1, qty: 3 }] });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'RECEIVE_EXCEEDS_ORDER',
      details: { lineNo: 1, ordered: 5, received: 3, wanted: 3 },
    });
    expect((await receive(po.id, { lines: [{ lineNo: 9, qty: 1 }] })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await receive(po.id, { lines: [{ lineNo: 1, qty: 0 }] })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await stockDigest()).toBe(before);
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 3, valueCents: 300 });

    // Cancelling a partly received order keeps what came in.
    const cancel = await t.request({
      method: 'POST',
      url: `${api}/purchase-orders/${po.id}/cancel`,
      cookie: manager,
      body: { reason: '供应商缺货' },
    });
    expect(cancel.json()).toMatchObject({ status: 'cancelled', receivedCents: 300 });
    expect((await receive(po.id, {})).json().error.code).toBe('PURCHASE_ORDER_CLOSED');
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 3, valueCents: 300 });
  });

  it('never receives more than ordered when receipts race, and replays a retried receipt', async () => {
    const p = await product();
    const po = await createPo([{ productId: p.id, qty: 10, unitCostCents: 100 }]);
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map(() => receive(po.id, { lines: [{ lineNo: 1, qty: 4 }] })),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    const refused = results.filter((r) => r.statusCode !== 200);
    expect(ok).toHaveLength(2);
    for (const r of refused) expect(r.json().error.code).toBe('RECEIVE_EXCEEDS_ORDER');
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 8, valueCents: 800 });
    const po2 = (
      await t.request({ method: 'GET', url: `${api}/purchase-orders/${po.id}`, cookie: manager })
    ).json();
    expect(po2).toMatchObject({ status: 'partial', receivedCents: 800 });
    expect(po2.lines[0].qtyReceived).toBe(8);

    // The same key twice (a double click) receives once and answers the same.
    const k = key();
    const [a, b] = await Promise.all([
      receive(po.id, { lines: [{ lineNo: 1, qty: 1 }] }, { key: k }),
      receive(po.id, { lines: [{ lineNo: 1, qty: 1 }] }, { key: k }),
    ]);
    const answered = [a, b].filter((r) => r.statusCode === 200);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    for (const r of [a, b])
      if (r.statusCode !== 200) expect(r.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    const again = await receive(po.id, { lines: [{ lineNo: 1, qty: 1 }] }, { key: k });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().receiptId).toBe(answered[0]!.json().receiptId);
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 9, valueCents: 900 });
    expect((await ledger(p.id)).map((e) => e.qty_delta)).toEqual([4, 4, 1]);
    expect(await stockChecks()).toEqual([]);
  });

  it('moves value between stores without making or losing any', async () => {
    const p = await product();
    await purchase(p.id, 3, 100);
    await purchase(p.id, 4, 150); // 7 units, 900 fen
    const total = async () => {
      const a = await level(chain.storeA.id, p.id);
      const b = await level(chain.storeB.id, p.id);
      const transit = await t.db.db
        .selectFrom('stock_transfer_lines as l')
        .innerJoin('stock_transfers as s', (j) =>
          j.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.transfer_id'),
        )
        .select(['l.value_cents', 'l.qty'])
        .where('l.product_id', '=', p.id)
        .where('s.status', '=', 'in_transit')
        .execute();
      return {
        units: a.onHand + b.onHand + transit.reduce((s, l) => s + l.qty, 0),
        value: a.valueCents + b.valueCents + transit.reduce((s, l) => s + l.value_cents, 0),
      };
    };
    expect(await total()).toEqual({ units: 7, value: 900 });

    tick();
    const sent = await t.request({
      method: 'POST',
      url: `${api}/transfers`,
      cookie: manager,
      body: {
        fromStoreId: chain.storeA.id,
        toStoreId: chain.storeB.id,
        lines: [{ productId: p.id, qty: 3 }],
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    // 3 × 900 / 7 = 385.7 → 386
    expect(sent.json()).toMatchObject({ status: 'in_transit', valueCents: 386 });
    expect(sent.json().lines).toEqual([
      expect.objectContaining({ productId: p.id, qty: 3, valueCents: 386 }),
    ]);
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 4, valueCents: 514 });
    expect(await total()).toEqual({ units: 7, value: 900 });
    expect(await stockChecks()).toEqual([]);

    // Receiving needs the receiving store: store A's manager cannot, store B's can.
    const wrong = await t.request({
      method: 'POST',
      url: `${api}/transfers/${sent.json().id}/receive`,
      cookie: manager,
    });
    expect(wrong.json().error.code).toBe('STORE_FORBIDDEN');
    tick();
    const got = await t.request({
      method: 'POST',
      url: `${api}/transfers/${sent.json().id}/receive`,
      cookie: managerB,
    });
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json()).toMatchObject({ status: 'received' });
    expect(await level(chain.storeB.id, p.id)).toEqual({ onHand: 3, valueCents: 386 });
    expect(await total()).toEqual({ units: 7, value: 900 });
    const again = await t.request({
      method: 'POST',
      url: `${api}/transfers/${sent.json().id}/receive`,
      cookie: managerB,
    });
    expect(again.json().error.code).toBe('TRANSFER_CLOSED');
    expect(
      (await ledger(p.id, chain.storeB.id)).map((e) => [e.kind, e.qty_delta, e.value_delta_cents]),
    ).toEqual([['transfer_in', 3, 386]]);

    // Cancelled in transit: back to the sender at the value it left with.
    tick();
    const back = await t.request({
      method: 'POST',
      url: `${api}/transfers`,
      cookie: managerB,
      body: {
        fromStoreId: chain.storeB.id,
        toStoreId: chain.storeA.id,
        lines: [{ productId: p.id, qty: 2 }],
      },
    });
    expect(back.json().valueCents).toBe(257); // 2 × 386 / 3 = 257.3
    expect(await total()).toEqual({ units: 7, value: 900 });
    tick();
    const cancelled = await t.request({
      method: 'POST',
      url: `${api}/transfers/${back.json().id}/cancel`,
      cookie: managerB,
    });
    expect(cancelled.json().status).toBe('cancelled');
    expect(await level(chain.storeB.id, p.id)).toEqual({ onHand: 3, valueCents: 386 });
    expect(await total()).toEqual({ units: 7, value: 900 });

    // Sending more than is on hand is refused and writes nothing.
    const before = await stockDigest();
    const short = await t.request({
      method: 'POST',
      url: `${api}/transfers`,
      cookie: manager,
      body: {
        fromStoreId: chain.storeA.id,
        toStoreId: chain.storeB.id,
        lines: [{ productId: p.id, qty: 50 }],
      },
    });
    expect(short.json().error.code).toBe('OUT_OF_STOCK');
    expect(await stockDigest()).toBe(before);
    expect(await stockChecks()).toEqual([]);
  });

  it('posts a stock-take’s differences through the ledger and then never changes it', async () => {
    const p1 = await product();
    const p2 = await product();
    const p3 = await product();
    await purchase(p1.id, 10, 100);
    await purchase(p2.id, 4, 50);
    await purchase(p3.id, 6, 10);
    tick();
    const open = await t.request({
      method: 'POST',
      url: `${api}/stocktakes`,
      cookie: manager,
      body: { storeId: chain.storeA.id, note: '月末盘点' },
    });
    expect(open.statusCode, open.body).toBe(201);
    const id = open.json().id;
    const saved = await t.request({
      method: 'PUT',
      url: `${api}/stocktakes/${id}/lines`,
      cookie: manager,
      body: {
        lines: [
          { productId: p1.id, countedQty: 7, reason: '破损' },
          { productId: p2.id, countedQty: 6, reason: '漏记入库' },
          { productId: p3.id, countedQty: 6 },
        ],
      },
    });
    expect(
      saved
        .json()
        .lines.map((l: { difference: number }) => l.difference)
        .sort(),
    ).toEqual([-3, 0, 2]);
    // A sale between counting and posting: expected is what is on hand at post time.
    await sale(p1.id, 1);
    tick();
    const posted = await t.request({ method: 'POST', url: `${api}/stocktakes/${id}/post`, cookie: manager });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json().status).toBe('posted');
    const byProduct = new Map(posted.json().lines.map((l: { productId: string }) => [l.productId, l]));
    expect(byProduct.get(p1.id)).toMatchObject({
      expectedQty: 9,
      countedQty: 7,
      difference: -2,
      reason: '破损',
    });
    expect(byProduct.get(p2.id)).toMatchObject({ expectedQty: 4, countedQty: 6, difference: 2 });
    expect(byProduct.get(p3.id)).toMatchObject({ expectedQty: 6, countedQty: 6, difference: 0 });
    expect(await level(chain.storeA.id, p1.id)).toEqual({ onHand: 7, valueCents: 700 });
    // Found units come in at the current average (50), so the average does not move.
    expect(await level(chain.storeA.id, p2.id)).toEqual({ onHand: 6, valueCents: 300 });
    expect((await ledger(p1.id)).at(-1)).toMatchObject({
      kind: 'stocktake',
      qty_delta: -2,
      value_delta_cents: -200,
      note: '破损',
    });
    expect((await ledger(p3.id)).map((e) => e.kind)).toEqual(['purchase']);

    const before = await stockDigest();
    const edit = await t.request({
      method: 'PUT',
      url: `${api}/stocktakes/${id}/lines`,
      cookie: manager,
      body: { lines: [{ productId: p1.id, countedQty: 1 }] },
    });
    expect(edit.json().error.code).toBe('STOCKTAKE_CLOSED');
    for (const action of ['post', 'cancel'])
      expect(
        (
          await t.request({ method: 'POST', url: `${api}/stocktakes/${id}/${action}`, cookie: manager })
        ).json().error.code,
      ).toBe('STOCKTAKE_CLOSED');
    expect(await stockDigest()).toBe(before);
  });

  it('refuses negative stock by default, writing nothing, and allows it when the tenant does', async () => {
    const p = await product({ cost_cents: 80 });
    await purchase(p.id, 5, 100);
    const before = await stockDigest();
    const adjust = (qtyDelta: number, k = key()) =>
      t.request({
        method: 'POST',
        url: `${api}/adjustments`,
        cookie: manager,
        body: { storeId: chain.storeA.id, productId: p.id, qtyDelta, reason: '报损' },
        headers: { 'idempotency-key': k },
      });
    const refused = await adjust(-6);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'OUT_OF_STOCK', details: { onHand: 5, wanted: 6 } });
    await expect(sale(p.id, 6)).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
    expect(await stockDigest()).toBe(before);

    await updateTenantProfile(ctx(), { settings: { allowNegativeStock: true } });
    try {
      expect(await sale(p.id, 6)).toEqual({ onHand: -1, valueCents: -100, valueDeltaCents: -600 });
      expect(await stockChecks()).toEqual([]);
    } finally {
      await updateTenantProfile(ctx(), { settings: { allowNegativeStock: false } });
    }
    // With the setting off again the negative level is a problem `cli check` reports.
    expect((await stockChecks()).map((c) => c.name)).toEqual([
      'stock: no level below zero unless the tenant allows negative stock',
    ]);
    await purchase(p.id, 1, 100);
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 0, valueCents: 0 });
    expect(await stockChecks()).toEqual([]);
  });

  it('adjusts stock with a reason, audited, idempotently', async () => {
    const p = await product({ cost_cents: 70 });
    await purchase(p.id, 10, 100);
    const k = key();
    const send = () =>
      tick() &&
      t.request({
        method: 'POST',
        url: `${api}/adjustments`,
        cookie: manager,
        body: { storeId: chain.storeA.id, productId: p.id, qtyDelta: -2, reason: '过期报损' },
        headers: { 'idempotency-key': k },
      });
    const res = await send();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ onHand: 8, valueCents: 800, valueDeltaCents: -200 });
    expect((await send()).json().adjustmentId).toBe(res.json().adjustmentId);
    expect(await level(chain.storeA.id, p.id)).toEqual({ onHand: 8, valueCents: 800 });
    expect((await ledger(p.id)).at(-1)).toMatchObject({
      kind: 'adjustment',
      qty_delta: -2,
      note: '过期报损',
    });
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'after', 'store_id'])
      .where('tenant_id', '=', chain.tenantId)
      .where('action', '=', 'stock.adjust')
      .where('entity_id', '=', p.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ onHand: 8, reason: '过期报损' });

    // Found units at a given cost move the average.
    const found = await t.request({
      method: 'POST',
      url: `${api}/adjustments`,
      cookie: manager,
      body: { storeId: chain.storeA.id, productId: p.id, qtyDelta: 2, reason: '盘盈', unitCostCents: 200 },
      headers: { 'idempotency-key': key() },
    });
    expect(found.json()).toMatchObject({ onHand: 10, valueCents: 1200 });
    const noReason = await t.request({
      method: 'POST',
      url: `${api}/adjustments`,
      cookie: manager,
      body: { storeId: chain.storeA.id, productId: p.id, qtyDelta: 1, reason: ' ' },
      headers: { 'idempotency-key': key() },
    });
    expect(noReason.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('holds permissions and store scope', async () => {
    const p = await product();
    const before = await stockDigest();
    const asCashier = [
      {
        method: 'POST' as const,
        url: `${api}/purchase-orders`,
        body: {
          storeId: chain.storeA.id,
          supplierId,
          lines: [{ productId: p.id, qty: 1, unitCostCents: 1 }],
        },
      },
      { method: 'POST' as const, url: `${api}/suppliers`, body: { name: 'x' } },
      { method: 'POST' as const, url: `${api}/stocktakes`, body: { storeId: chain.storeA.id } },
      {
        method: 'POST' as const,
        url: `${api}/adjustments`,
        body: { storeId: chain.storeA.id, productId: p.id, qtyDelta: 1, reason: 'x' },
        headers: { 'idempotency-key': key() },
      },
    ];
    for (const req of asCashier) {
      const res = await t.request({ ...req, cookie: cashier });
      expect(res.statusCode, req.url).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    // A cashier reads stock, of their own store only.
    expect(
      (await t.request({ method: 'GET', url: `${api}/stock?storeId=${chain.storeA.id}`, cookie: cashier }))
        .statusCode,
    ).toBe(200);
    const otherStore = [
      {
        method: 'POST' as const,
        url: `${api}/purchase-orders`,
        body: {
          storeId: chain.storeB.id,
          supplierId,
          lines: [{ productId: p.id, qty: 1, unitCostCents: 1 }],
        },
      },
      {
        method: 'POST' as const,
        url: `${api}/transfers`,
        body: {
          fromStoreId: chain.storeB.id,
          toStoreId: chain.storeA.id,
          lines: [{ productId: p.id, qty: 1 }],
        },
      },
      { method: 'POST' as const, url: `${api}/stocktakes`, body: { storeId: chain.storeB.id } },
      {
        method: 'POST' as const,
        url: `${api}/adjustments`,
        body: { storeId: chain.storeB.id, productId: p.id, qtyDelta: 1, reason: 'x' },
        headers: { 'idempotency-key': key() },
      },
      { method: 'GET' as const, url: `${api}/stock?storeId=${chain.storeB.id}` },
    ];
    for (const req of otherStore) {
      const res = await t.request({ ...req, cookie: manager });
      expect(res.json().error?.code, req.url).toBe('STORE_FORBIDDEN');
    }
    // Another store's documents: a store-B manager cannot receive store A's order.
    const po = await createPo([{ productId: p.id, qty: 2, unitCostCents: 10 }]);
    const stranger = await receive(po.id, {}, { cookie: managerB });
    expect(stranger.json().error.code).toBe('STORE_FORBIDDEN');
    // Unknown and non-stock products are refused by name.
    const service = await product({ kind: 'service', track_stock: 0 });
    for (const productId of [service.id, '01a20b3f-0000-7000-8000-000000000000']) {
      const res = await t.request({
        method: 'POST',
        url: `${api}/purchase-orders`,
        cookie: manager,
        body: { storeId: chain.storeA.id, supplierId, lines: [{ productId, qty: 1, unitCostCents: 1 }] },
      });
      expect(res.json().error.code).toBe('PRODUCT_NOT_FOUND');
    }
    const rival = await makeChain(t.db.db, 'rival-inv');
    const theirs = await makeProduct(t.db.db, rival.tenantId);
    const res = await t.request({
      method: 'POST',
      url: `${api}/purchase-orders`,
      cookie: manager,
      body: {
        storeId: chain.storeA.id,
        supplierId,
        lines: [{ productId: theirs.id, qty: 1, unitCostCents: 1 }],
      },
    });
    expect(res.json().error.code).toBe('PRODUCT_NOT_FOUND');
    // Only the order created above was written.
    expect((await stockDigest()).length).toBeGreaterThan(before.length);
  });

  it('lists stock with filters and low stock, pages the ledger and exports to Excel', async () => {
    const low = await product({ name: '矿泉水', sku: 'INV-WATER', low_stock_threshold: 5 });
    const fine = await product({ name: '可乐', sku: 'INV-COLA', low_stock_threshold: 2 });
    await purchase(low.id, 4, 150);
    await purchase(fine.id, 10, 300);
    await purchase(fine.id, 1, 300, chain.storeB.id);
    for (let i = 0; i < 5; i++) await sale(fine.id, 1);

    const list = (query: string, cookie = owner) =>
      t.request({ method: 'GET', url: `${api}/stock?${query}`, cookie }).then((r) => r.json());
    const byInv = await list('q=INV-');
    // By SKU, then store (in id order).
    const named = (items: { sku: string; storeId: string; onHand: number }[]) =>
      items.map((i) => [i.sku, i.storeId === chain.storeA.id ? 'A' : 'B', i.onHand]).sort();
    expect(named(byInv.items)).toEqual([
      ['INV-COLA', 'A', 5],
      ['INV-COLA', 'B', 1],
      ['INV-WATER', 'A', 4],
    ]);
    expect(byInv.items.map((i: { sku: string }) => i.sku)).toEqual(['INV-COLA', 'INV-COLA', 'INV-WATER']);
    expect(byInv.items[2]).toMatchObject({
      productName: '矿泉水',
      valueCents: 600,
      unitCostCents: 150,
      low: true,
    });
    const lowOnly = await list('q=INV-&lowOnly=true');
    expect(named(lowOnly.items)).toEqual([
      ['INV-COLA', 'B', 1],
      ['INV-WATER', 'A', 4],
    ]);
    // A store-A user sees only store A.
    expect((await list('q=INV-', manager)).items).toHaveLength(2);
    const paged = await list('q=INV-&limit=2');
    expect(paged.items).toHaveLength(2);
    expect(
      (await list(`q=INV-&limit=2&cursor=${paged.nextCursor}`)).items.map((i: { sku: string }) => i.sku),
    ).toEqual(['INV-WATER']);

    const first = await t.request({
      method: 'GET',
      url: `${api}/ledger?productId=${fine.id}&storeId=${chain.storeA.id}&limit=4`,
      cookie: manager,
    });
    expect(
      first.json().items.map((e: { kind: string; onHandAfter: number }) => [e.kind, e.onHandAfter]),
    ).toEqual([
      ['sale', 5],
      ['sale', 6],
      ['sale', 7],
      ['sale', 8],
    ]);
    const next = await t.request({
      method: 'GET',
      url: `${api}/ledger?productId=${fine.id}&storeId=${chain.storeA.id}&limit=4&cursor=${first.json().nextCursor}`,
      cookie: manager,
    });
    expect(
      next.json().items.map((e: { kind: string; onHandAfter: number }) => [e.kind, e.onHandAfter]),
    ).toEqual([
      ['sale', 9],
      ['purchase', 10],
    ]);
    expect(next.json().nextCursor).toBeNull();

    const exported = await t.request({
      method: 'GET',
      url: `${api}/stock/export.xlsx?q=INV-`,
      cookie: owner,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(4);
    expect(rows[3]!.slice(2, 9)).toEqual(['INV-WATER', '矿泉水', '件', 4, 1.5, 6, 5]);

    const picker = await t.request({ method: 'GET', url: `${api}/products?q=INV-W`, cookie: cashier });
    expect(picker.json().map((p: { id: string }) => p.id)).toEqual([low.id]);
  });

  it('manages suppliers', async () => {
    const created = await t.request({
      method: 'POST',
      url: `${api}/suppliers`,
      cookie: manager,
      body: { name: '旧供应商' },
    });
    const id = created.json().id;
    const archived = await t.request({
      method: 'PATCH',
      url: `${api}/suppliers/${id}`,
      cookie: manager,
      body: { status: 'archived', phone: '123' },
    });
    expect(archived.json()).toMatchObject({ status: 'archived', phone: '123', name: '旧供应商' });
    const active = (await t.request({ method: 'GET', url: `${api}/suppliers`, cookie: cashier })).json();
    expect(active.map((s: { id: string }) => s.id)).not.toContain(id);
    const all = (
      await t.request({ method: 'GET', url: `${api}/suppliers?includeArchived=true`, cookie: cashier })
    ).json();
    expect(all.map((s: { id: string }) => s.id)).toContain(id);
    const p = await product();
    const po = await t.request({
      method: 'POST',
      url: `${api}/purchase-orders`,
      cookie: manager,
      body: {
        storeId: chain.storeA.id,
        supplierId: id,
        lines: [{ productId: p.id, qty: 1, unitCostCents: 1 }],
      },
    });
    expect(po.json().error.code).toBe('SUPPLIER_NOT_FOUND');
    const missing = await t.request({
      method: 'PATCH',
      url: `${api}/suppliers/01a20b3f-0000-7000-8000-000000000000`,
      cookie: manager,
      body: { name: 'x' },
    });
    expect(missing.json().error.code).toBe('SUPPLIER_NOT_FOUND');
  });

  it('passes every stock check at the end', async () => {
    expect(await stockChecks()).toEqual([]);
  });
});
