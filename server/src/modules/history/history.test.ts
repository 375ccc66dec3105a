import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { runChecks } from '../../ops/check.ts';
import { memberTimeline } from '../members/member-timeline.ts';
import { HISTORY_PRESETS, localTimeReader, priceToFen } from './history-row.ts';
import { importHistoryFile } from './import-history-file.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'retail');
});
afterAll(() => t.close());

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** A small Online Retail–shaped log with one of every case; row numbers as in Excel (header = 1). */
const FILE = [
  HEADER,
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom', // 2
  '536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom', // 3
  '536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom', // 4
  'C536379,D,Discount,-1,2010-12-01 09:41:00,27.50,14527.0,United Kingdom', // 5: a return
  'C536383,71053,WHITE METAL LANTERN,-2,2010-12-01 09:49:00,3.39,17850.0,United Kingdom', // 6: a return
  '536370,22728,"ALARM CLOCK BAKELIKE PINK, BOXED",24,2010-12-01 08:45:00,3.75,,United Kingdom', // 7: walk-in
  '536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.00,,United Kingdom', // 8: walk-in
  '550193,PADS,PADS TO MATCH ALL CUSHIONS,1,2011-04-15 09:27:00,0.001,13952.0,United Kingdom', // 9: odd price
  '536381,22139,RETROSPOT TEA SET,x,2010-12-01 09:41:00,4.95,15311.0,United Kingdom', // 10: bad qty
  'A563185,B,Adjust bad debt,1,2011-08-12 14:50:00,11062.06,,United Kingdom', // 11: adjustment
  '536414,22139,,-56,2010-12-01 11:52:00,0,,United Kingdom', // 12: stock note
  '568375,BANK CHARGES,Bank Charges,1,2011-09-26 17:01:00,15.00,13405.0,United Kingdom', // 13
  '536381,22139,RETROSPOT TEA SET,2,2010-13-01 09:41:00,4.95,15311.0,United Kingdom', // 14: bad date
  '536366,22632,HAND WARMER RED POLKA DOT,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom', // 15: 2nd line of 536366
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,13047.0,United Kingdom', // 16
  "536367,22745,POPPY'S PLAYHOUSE BEDROOM,6,2010-12-01 08:34:00,2.10,13047.0,United Kingdom", // 17
].join('\r\n');

const REJECTED = new Map([
  [9, 'PRICE_NOT_IN_FEN'],
  [10, 'INVALID_QTY'],
  [11, 'ADJUSTMENT_NOT_SALE'],
  [12, 'STOCK_NOTE'],
  [14, 'INVALID_DATE'],
]);
const VALID_LINES = 16 - REJECTED.size;

async function count(
  table: 'members' | 'products' | 'history_orders' | 'history_order_lines',
  tenantId: string,
) {
  const row = await t.db.db
    .selectFrom(table)
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function ledgerRows(tenantId: string) {
  let n = 0;
  for (const table of [
    'stored_value_ledger',
    'points_ledger',
    'stock_ledger',
    'commission_ledger',
  ] as const) {
    const row = await t.db.db
      .selectFrom(table)
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  return n;
}

describe(`sales-history import on ${TEST_DIALECT}`, () => {
  it('converts prices to fen exactly, as decimal text', () => {
    expect(priceToFen('2.55')).toBe(255);
    expect(priceToFen('0.29')).toBe(29); // 0.29 × 100 is 28.999… in floating point
    expect(priceToFen('4.35')).toBe(435);
    expect(priceToFen('1.1')).toBe(110);
    expect(priceToFen('18')).toBe(1800);
    expect(priceToFen('2.550')).toBe(255);
    expect(priceToFen('0')).toBe(0);
    expect(priceToFen('38970.00')).toBe(3_897_000);
    expect(priceToFen('0.001')).toBe('SUB_FEN');
    expect(priceToFen('1.005')).toBe('SUB_FEN');
    expect(priceToFen('-11062.06')).toBeNull();
    expect(priceToFen('1e3')).toBeNull();
    expect(priceToFen('2,55')).toBeNull();
    expect(priceToFen('')).toBeNull();
  });

  it("reads the file's times as wall-clock times of the tenant's zone", () => {
    const shanghai = localTimeReader('Asia/Shanghai');
    expect(shanghai('2010-12-01 08:26:00')).toBe('2010-12-01T00:26:00.000Z');
    expect(shanghai('12/1/2010 8:26')).toBe('2010-12-01T00:26:00.000Z');
    const london = localTimeReader('Europe/London');
    expect(london('2011-06-01 10:00:00')).toBe('2011-06-01T09:00:00.000Z'); // summer time
    expect(london('2011-12-01 10:00')).toBe('2011-12-01T10:00:00.000Z');
    expect(shanghai('2011-02-30 10:00')).toBeNull();
    expect(shanghai('yesterday')).toBeNull();
  });

  it('turns a gzipped log into members, products, orders and returns; rejects bad rows with a reason; a second run adds nothing', async () => {
    const ctx = sysCtx(t.db.db, chain.tenantId, new Date('2026-04-01T02:00:00Z'));
    const content = gzipSync(Buffer.from(FILE));
    const job = await importHistoryFile(
      ctx,
      { name: 'online-retail.csv.gz', content },
      { preset: 'online-retail' },
    );
    expect(job).toMatchObject({
      kind: 'history',
      status: 'done',
      totalRows: 16,
      processedRows: 16,
      importedRows: VALID_LINES,
      skippedRows: 0,
      rejectedRows: REJECTED.size,
    });
    const rejections = await t.db.db
      .selectFrom('import_rejections')
      .select(['row_no', 'reason', 'raw'])
      .where('tenant_id', '=', chain.tenantId)
      .where('job_id', '=', job.id)
      .orderBy('row_no')
      .execute();
    expect(new Map(rejections.map((r) => [r.row_no, r.reason]))).toEqual(REJECTED);
    expect(JSON.parse(rejections[0]!.raw)).toMatchObject({ InvoiceNo: '550193', UnitPrice: '0.001' });

    // Members by customer id (17850.0 is 17850), without phones; walk-ins make none.
    const members = await t.db.db
      .selectFrom('members')
      .select(['member_ref', 'phone', 'name', 'custom_fields'])
      .where('tenant_id', '=', chain.tenantId)
      .orderBy('member_ref')
      .execute();
    expect(members.map((m) => m.member_ref)).toEqual(['13047', '13405', '14527', '17850']);
    expect(members.every((m) => m.phone === null)).toBe(true);
    expect(members[3]).toMatchObject({ name: '顾客17850', custom_fields: '{"country":"United Kingdom"}' });

    const products = await t.db.db
      .selectFrom('products')
      .select(['sku', 'name', 'price_cents', 'status', 'track_stock'])
      .where('tenant_id', '=', chain.tenantId)
      .orderBy('sku')
      .execute();
    expect(products.map((p) => p.sku)).toEqual([
      '22632',
      '22633',
      '22728',
      '22745',
      '71053',
      '84879',
      '85123A',
      'BANK_CHARGES',
      'D',
      'POST',
    ]);
    expect(products.find((p) => p.sku === '85123A')).toMatchObject({
      name: 'WHITE HANGING HEART T-LIGHT HOLDER',
      price_cents: 255,
      status: 'archived',
      track_stock: 0,
    });

    const orders = await t.db.db
      .selectFrom('history_orders as o')
      .leftJoin('members as m', (j) =>
        j.onRef('m.tenant_id', '=', 'o.tenant_id').onRef('m.id', '=', 'o.member_id'),
      )
      .innerJoin('history_order_lines as l', (j) =>
        j.onRef('l.tenant_id', '=', 'o.tenant_id').onRef('l.order_id', '=', 'o.id'),
      )
      .select((e) => [
        'o.invoice_no',
        'o.kind',
        'm.member_ref',
        'o.occurred_at',
        e.fn.count<number>('l.line_no').as('lines'),
        e.fn.sum<number>('l.total_cents').as('total'),
      ])
      .where('o.tenant_id', '=', chain.tenantId)
      .groupBy(['o.invoice_no', 'o.kind', 'm.member_ref', 'o.occurred_at'])
      .orderBy('o.invoice_no')
      .execute();
    expect(orders.map((o) => ({ ...o, lines: Number(o.lines), total: Number(o.total) }))).toEqual([
      // The tenant is in Asia/Shanghai: 08:26 there is 00:26 UTC.
      {
        invoice_no: '536365',
        kind: 'sale',
        member_ref: '17850',
        occurred_at: '2010-12-01T00:26:00.000Z',
        lines: 2,
        total: 6 * 255 + 6 * 339,
      },
      {
        invoice_no: '536366',
        kind: 'sale',
        member_ref: '17850',
        occurred_at: '2010-12-01T00:28:00.000Z',
        lines: 2,
        total: 6 * 185 * 2,
      },
      {
        invoice_no: '536367',
        kind: 'sale',
        member_ref: '13047',
        occurred_at: '2010-12-01T00:34:00.000Z',
        lines: 2,
        total: 32 * 169 + 6 * 210,
      },
      {
        invoice_no: '536370',
        kind: 'sale',
        member_ref: null,
        occurred_at: '2010-12-01T00:45:00.000Z',
        lines: 2,
        total: 24 * 375 + 3 * 1800,
      },
      {
        invoice_no: '568375',
        kind: 'sale',
        member_ref: '13405',
        occurred_at: '2011-09-26T09:01:00.000Z',
        lines: 1,
        total: 1500,
      },
      {
        invoice_no: 'C536379',
        kind: 'return',
        member_ref: '14527',
        occurred_at: '2010-12-01T01:41:00.000Z',
        lines: 1,
        total: -2750,
      },
      {
        invoice_no: 'C536383',
        kind: 'return',
        member_ref: '17850',
        occurred_at: '2010-12-01T01:49:00.000Z',
        lines: 1,
        total: -2 * 339,
      },
    ]);
    const returnLine = await t.db.db
      .selectFrom('history_order_lines as l')
      .innerJoin('history_orders as o', (j) =>
        j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.id', '=', 'l.order_id'),
      )
      .select(['l.qty', 'l.unit_price_cents', 'l.total_cents'])
      .where('l.tenant_id', '=', chain.tenantId)
      .where('o.invoice_no', '=', 'C536383')
      .executeTakeFirstOrThrow();
    expect(returnLine).toEqual({ qty: -2, unit_price_cents: 339, total_cents: -678 });
    // The member's timeline shows their history orders and returns.
    const member = await t.db.db
      .selectFrom('members')
      .select('id')
      .where('tenant_id', '=', chain.tenantId)
      .where('member_ref', '=', '17850')
      .executeTakeFirstOrThrow();
    const timeline = await memberTimeline(ctx, member.id, {});
    expect(timeline.items.map((e) => [e.source, e.kind, e.note, e.amount])).toEqual([
      ['history', 'return', 'C536383', -678],
      ['history', 'sale', '536366', 2220],
      ['history', 'sale', '536365', 3564],
    ]);
    // History moved no balance, points, stock or commission.
    expect(await ledgerRows(chain.tenantId)).toBe(0);

    const before = {
      members: await count('members', chain.tenantId),
      products: await count('products', chain.tenantId),
      orders: await count('history_orders', chain.tenantId),
      lines: await count('history_order_lines', chain.tenantId),
    };
    expect(before).toEqual({ members: 4, products: 10, orders: 7, lines: VALID_LINES });
    const again = await importHistoryFile(
      ctx,
      { name: 'online-retail.csv.gz', content },
      { preset: 'online-retail' },
    );
    expect(again).toMatchObject({ importedRows: 0, skippedRows: VALID_LINES, rejectedRows: REJECTED.size });
    expect({
      members: await count('members', chain.tenantId),
      products: await count('products', chain.tenantId),
      orders: await count('history_orders', chain.tenantId),
      lines: await count('history_order_lines', chain.tenantId),
    }).toEqual(before);
    expect((await runChecks(t.db)).filter((r) => !r.ok)).toEqual([]);
  });

  it('over HTTP: the owner uploads a .csv.gz as a history import, the mapping is the preset; a cashier may not', async () => {
    const other = await makeChain(t.db.db, 'retail-http');
    const owner = await t.signIn('owner', other.code);
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=log.csv.gz&kind=history',
      headers: { cookie: owner, 'content-type': 'application/gzip' },
      payload: gzipSync(Buffer.from(FILE)),
    });
    expect(up.statusCode).toBe(201);
    const body = up.json();
    expect(body.job).toMatchObject({ kind: 'history', totalRows: 16 });
    expect(body.mapping).toEqual(HISTORY_PRESETS['online-retail']);
    const cashier = await t.signIn('cashier', other.code);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?fileName=log.csv&kind=history',
      headers: { cookie: cashier, 'content-type': 'text/csv' },
      payload: FILE,
    });
    expect(refused.statusCode).toBe(403);
  });
});
