import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import type { Ctx } from '../../shared/context.ts';
import { startImport, uploadImport } from '../imports/imports.ts';
import { runImport } from '../imports/run-import.ts';
import { createProduct } from './create-product.ts';
import { PRODUCT_EXPORT_HEADERS as H } from './export-products.ts';
import { createCategory } from './save-category.ts';

let t: TestApp;

beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const barcodeOf = (i: number) => `69${String(i).padStart(11, '0')}`;

/**
 * A product file of `n` rows (goods with a barcode, every third a service), bad rows planted at
 * known places, and one last row updating the product the test made before (SKU `EXIST1`).
 */
function productFile(n: number) {
  const lines = ['编码,名称,类型,分类,单位,售价,会员价,成本,条码'];
  const rejected = new Map<number, string>();
  let createdPrice = 0;
  let created = 0;
  for (let i = 0; i < n; i++) {
    const service = i % 3 === 0;
    const price = 1000 + i;
    let sku = `P${i}`;
    let kind = service ? '服务' : '商品';
    let priceText = yuan(price);
    let barcode = service ? '' : barcodeOf(i);
    let reason: string | null = null;
    if (i === 7) [sku, reason] = ['', 'SKU_MISSING'];
    else if (i === 100) [priceText, reason] = ['-5', 'INVALID_PRICE'];
    else if (i === 250) [barcode, reason] = ['6999999999999', 'BARCODE_TAKEN'];
    else if (i === 602) [barcode, reason] = [barcodeOf(601), 'DUPLICATE_IN_FILE'];
    else if (i === 900) [kind, reason] = ['卡项', 'INVALID_KIND'];
    else if (i === 1000) [kind, reason] = ['card', 'INVALID_KIND'];
    const category = i % 5 === 0 ? '美发服务/染发' : i % 5 === 1 ? '日用品' : '';
    const memberPrice = i % 4 === 0 ? yuan(price - 100) : '';
    lines.push([sku, `商品${i}`, kind, category, '', priceText, memberPrice, '1.00', barcode].join(','));
    if (reason) rejected.set(i + 2, reason);
    else {
      created++;
      createdPrice += price;
    }
  }
  lines.push('EXIST1,老商品,商品,,,88.00,,,');
  return { csv: `\ufeff${lines.join('\r\n')}\r\n`, rejected, created, createdPrice };
}

async function totals(tenantId: string) {
  const products = await t.db.db
    .selectFrom('products')
    .select((e) => [e.fn.countAll<number>().as('n'), e.fn.sum<number>('price_cents').as('price')])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const barcodes = await t.db.db
    .selectFrom('product_barcodes')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const categories = await t.db.db
    .selectFrom('categories')
    .select(['name', 'parent_id'])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
  const stamps = await t.db.db
    .selectFrom('products')
    .select((e) => e.fn.max('updated_at').as('latest'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return {
    products: Number(products.n),
    price: Number(products.price ?? 0),
    barcodes: Number(barcodes.n),
    categories: categories.map((c) => c.name),
    latestUpdate: stamps.latest,
  };
}

async function jobRow(id: string) {
  return t.db.db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function importFile(ctx: Ctx, content: string, dryRun = false) {
  const up = await uploadImport(
    ctx,
    { name: 'products.csv', type: 'csv', content: Buffer.from(content) },
    'products',
  );
  await startImport(ctx, up.job.id, { mapping: up.mapping, dryRun });
  await runImport(ctx, up.job.id);
  return { upload: up, job: await jobRow(up.job.id) };
}

describe(`product import on ${TEST_DIALECT}`, () => {
  it('imports a generated CSV: planted rows rejected, same SKU updates, a re-run changes nothing, a new price updates', async () => {
    const chain = await makeChain(t.db.db, 'pcsv');
    const base = sysCtx(t.db.db, chain.tenantId, new Date('2026-04-01T02:00:00Z'));
    const ctx: Ctx = { ...base, actor: { ...base.actor, userId: chain.users.owner.id } };
    const hair = await createCategory(ctx, { name: '美发服务' });
    await createProduct(ctx, {
      kind: 'goods',
      sku: 'EXIST1',
      name: '老商品',
      priceCents: 5000,
      barcodes: ['6999999999999'],
    });
    const n = 1200;
    const file = productFile(n);

    const dry = await importFile(ctx, file.csv, true);
    expect(dry.upload.mapping).toEqual({
      sku: '编码',
      name: '名称',
      kind: '类型',
      category: '分类',
      unit: '单位',
      price: '售价',
      memberPrice: '会员价',
      cost: '成本',
      barcodes: '条码',
    });
    const dryRejections = await t.db.db
      .selectFrom('import_rejections')
      .select(['row_no', 'reason'])
      .where('job_id', '=', dry.job.id)
      .orderBy('row_no')
      .execute();
    expect(new Map(dryRejections.map((r) => [r.row_no, r.reason]))).toEqual(file.rejected);
    expect(dry.job).toMatchObject({ kind: 'products', imported_rows: file.created, updated_rows: 1 });
    expect((await totals(chain.tenantId)).products).toBe(1); // a dry run writes nothing

    const { job } = await importFile(ctx, file.csv);
    expect(job).toMatchObject({
      status: 'done',
      processed_rows: n + 1,
      imported_rows: file.created,
      updated_rows: 1,
      skipped_rows: 0,
      rejected_rows: file.rejected.size,
    });
    const rejections = await t.db.db
      .selectFrom('import_rejections')
      .select(['row_no', 'reason'])
      .where('job_id', '=', job.id)
      .orderBy('row_no')
      .execute();
    expect(new Map(rejections.map((r) => [r.row_no, r.reason]))).toEqual(file.rejected);
    const after = await totals(chain.tenantId);
    const goodsWithBarcode = [...Array(n).keys()].filter(
      (i) => i % 3 !== 0 && ![7, 100, 250, 602, 900, 1000].includes(i),
    ).length;
    expect(after).toMatchObject({
      products: file.created + 1,
      price: file.createdPrice + 8800,
      barcodes: goodsWithBarcode + 1,
      categories: ['日用品', '染发', '美发服务'],
    });
    const dyed = await t.db.db
      .selectFrom('categories')
      .select('parent_id')
      .where('tenant_id', '=', chain.tenantId)
      .where('name', '=', '染发')
      .executeTakeFirstOrThrow();
    expect(dyed.parent_id).toBe(hair.id);
    const p4 = await t.db.db
      .selectFrom('products')
      .selectAll()
      .where('tenant_id', '=', chain.tenantId)
      .where('sku', '=', 'P3')
      .executeTakeFirstOrThrow();
    expect(p4).toMatchObject({
      kind: 'service',
      track_stock: 0,
      unit: '次',
      price_cents: 1003,
      cost_cents: 100,
    });

    // The same file again, a minute later: nothing created, nothing updated, nothing touched.
    const again = await importFile({ ...ctx, now: new Date('2026-04-01T02:01:00Z') }, file.csv);
    expect(again.upload.mappingSource).toBe('saved');
    expect(again.job).toMatchObject({
      imported_rows: 0,
      updated_rows: 0,
      skipped_rows: file.created + 1,
      rejected_rows: file.rejected.size,
    });
    expect(await totals(chain.tenantId)).toEqual(after);

    // A second file: two new prices, one new product.
    const changed = [
      '编码,名称,类型,分类,单位,售价,会员价,成本,条码',
      `P1,商品1,商品,日用品,,20.00,,1.00,${barcodeOf(1)}`,
      'P3,商品3,服务,,,30.00,,1.00,',
      'NEW1,新商品,,,,9.90,,,',
    ].join('\n');
    const third = await importFile({ ...ctx, now: new Date('2026-04-01T02:02:00Z') }, changed);
    expect(third.job).toMatchObject({ imported_rows: 1, updated_rows: 2, skipped_rows: 0, rejected_rows: 0 });
    const prices = await t.db.db
      .selectFrom('products')
      .select(['sku', 'price_cents', 'kind'])
      .where('tenant_id', '=', chain.tenantId)
      .where('sku', 'in', ['P1', 'P3', 'NEW1'])
      .orderBy('sku')
      .execute();
    expect(prices).toEqual([
      { sku: 'NEW1', price_cents: 990, kind: 'goods' },
      { sku: 'P1', price_cents: 2000, kind: 'goods' },
      { sku: 'P3', price_cents: 3000, kind: 'service' },
    ]);
    expect((await totals(chain.tenantId)).price).toBe(after.price + (2000 - 1001) + (3000 - 1003) + 990);
  }, 120_000);

  it('over HTTP: an .xlsx with planted rows, rejected rows as Excel, the export imports back unchanged, a cashier gets 403', async () => {
    const chain = await makeChain(t.db.db, 'pxlsx');
    const owner = await t.signIn('owner', 'pxlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('商品');
    sheet.addRow([H.sku, H.name, H.kind, H.category, H.price, H.memberPrice, H.barcodes, H.duration]);
    sheet.addRow(['SH001', '洗发水', 'goods', '日用品', 39.9, 35, '6901234567890', null]);
    sheet.addRow(['CUT', '剪发', 'service', '美发服务/剪发', 68, null, null, 45]);
    sheet.addRow([null, '没有编码', 'goods', null, 10, null, null, null]);
    sheet.addRow(['BAD-PRICE', '负价格', 'goods', null, -1, null, null, null]);
    sheet.addRow(['DUP', '重复条码', 'goods', null, 5, null, '6901234567890', null]);
    sheet.addRow(['ODD', '未知类型', 'gift', null, 5, null, null, null]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    const upload = (cookie: string, content: Buffer, kind = 'products') =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/imports?fileName=products.xlsx&kind=${kind}`,
        headers: { cookie, 'content-type': XLSX },
        payload: content,
      });
    const poll = async (id: string) => {
      for (let i = 0; i < 400; i++) {
        const j = (await t.request({ method: 'GET', url: `/api/v1/imports/${id}`, cookie: owner })).json();
        if (j.status !== 'running') return j;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('import did not finish');
    };
    const runAll = async (content: Buffer) => {
      const up = await upload(owner, content);
      expect(up.statusCode).toBe(201);
      const { job, mapping } = up.json();
      const run = await t.request({
        method: 'POST',
        url: `/api/v1/imports/${job.id}/run`,
        cookie: owner,
        body: { mapping, dryRun: false },
      });
      expect(run.statusCode).toBe(202);
      return { mapping, job: await poll(job.id) };
    };

    const first = await runAll(file);
    expect(first.mapping).toEqual({
      sku: H.sku,
      name: H.name,
      kind: H.kind,
      category: H.category,
      price: H.price,
      memberPrice: H.memberPrice,
      barcodes: H.barcodes,
      duration: H.duration,
    });
    expect(first.job).toMatchObject({
      kind: 'products',
      status: 'done',
      importedRows: 2,
      updatedRows: 0,
      skippedRows: 0,
      rejectedRows: 4,
    });
    const products = await t.db.db
      .selectFrom('products')
      .select(['sku', 'price_cents', 'member_price_cents', 'duration_minutes', 'kind'])
      .where('tenant_id', '=', chain.tenantId)
      .orderBy('sku')
      .execute();
    expect(products).toEqual([
      { sku: 'CUT', price_cents: 6800, member_price_cents: null, duration_minutes: 45, kind: 'service' },
      { sku: 'SH001', price_cents: 3990, member_price_cents: 3500, duration_minutes: null, kind: 'goods' },
    ]);

    const rejected = await t.app.inject({
      method: 'GET',
      url: `/api/v1/imports/${first.job.id}/rejected.xlsx`,
      headers: { cookie: owner },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(rejected.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .filter(Boolean)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1, 4));
    expect(rows).toEqual([
      ['行号 Row', '原因 Reason', H.sku],
      [4, '缺少编码 / SKU missing', ''],
      [5, '价格无效（须为不小于 0 的金额，最多两位小数） / Invalid price', 'BAD-PRICE'],
      [6, '文件内重复 / Duplicate within the file', 'DUP'],
      [7, expect.stringContaining('Kind must be goods or service'), 'ODD'],
    ]);

    // What the catalog exports imports back as it is.
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/exports/products.xlsx',
      headers: { cookie: owner },
    });
    expect(exported.statusCode).toBe(200);
    const roundTrip = await runAll(exported.rawPayload);
    expect(roundTrip.job).toMatchObject({ importedRows: 0, updatedRows: 0, skippedRows: 2, rejectedRows: 0 });

    const cashier = await t.signIn('cashier', 'pxlsx');
    expect((await upload(cashier, file)).statusCode).toBe(403);
    expect((await upload(cashier, file, 'members')).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/imports/kinds', cookie: cashier })).json(),
    ).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/imports/${first.job.id}`, cookie: cashier }))
        .statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/imports', cookie: cashier })).statusCode).toBe(
      403,
    );

    // A store manager manages the catalog but does not import members.
    const manager = await t.signIn('manager', 'pxlsx');
    const kinds = (await t.request({ method: 'GET', url: '/api/v1/imports/kinds', cookie: manager })).json();
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['products']);
    expect((await upload(manager, file, 'members')).statusCode).toBe(403);
    expect((await upload(manager, file)).statusCode).toBe(201);
    const listed = (await t.request({ method: 'GET', url: '/api/v1/imports', cookie: manager })).json();
    expect(new Set(listed.map((j: { kind: string }) => j.kind))).toEqual(new Set(['products']));

    // A mapping with another kind's field is refused.
    const up = (await upload(owner, file)).json();
    const wrong = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${up.job.id}/run`,
      cookie: owner,
      body: { mapping: { ...up.mapping, phone: H.name }, dryRun: true },
    });
    expect(wrong.json().error.code).toBe('VALIDATION_FAILED');
  });
});
