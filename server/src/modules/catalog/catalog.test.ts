import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_DIALECT } from '../../../test/db.ts';
import { makeChain, sysCtx } from '../../../test/factories.ts';
import { moveStock } from '../inventory/stock.ts';
import { ean13, seedCatalog } from './seed-catalog.ts';

let t: TestApp;
let chain: Awaited<ReturnType<typeof makeChain>>;
let other: Awaited<ReturnType<typeof makeChain>>;
let owner: string;
let cashier: string;
let staff: string;
let otherOwner: string;

beforeAll(async () => {
  t = await makeTestApp();
  chain = await makeChain(t.db.db, 'acme');
  other = await makeChain(t.db.db, 'other');
  owner = await t.signIn('owner', 'acme');
  cashier = await t.signIn('cashier', 'acme');
  staff = await t.signIn('staff', 'acme');
  otherOwner = await t.signIn('owner', 'other');
});
afterAll(() => t.close());

const get = (url: string, cookie = owner) => t.request({ method: 'GET', url: `/api/v1${url}`, cookie });
const post = (url: string, body: unknown, cookie = owner) =>
  t.request({ method: 'POST', url: `/api/v1${url}`, cookie, body });
const patch = (url: string, body: unknown, cookie = owner) =>
  t.request({ method: 'PATCH', url: `/api/v1${url}`, cookie, body });
const del = (url: string, cookie = owner) => t.request({ method: 'DELETE', url: `/api/v1${url}`, cookie });

async function category(name: string, parentId?: string) {
  const res = await post('/categories', { name, ...(parentId ? { parentId } : {}) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; parentId: string | null; name: string };
}

async function product(body: Record<string, unknown>) {
  const res = await post('/products', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const count = async (table: 'products' | 'product_barcodes' | 'categories' | 'audit_log') =>
  Number(
    (
      await t.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('tenant_id', '=', chain.tenantId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`catalog on ${TEST_DIALECT}`, () => {
  it('builds a category tree and refuses a cycle', async () => {
    const top = await category('服务项目');
    const hair = await category('美发服务', top.id);
    const cut = await category('剪发', hair.id);
    expect(hair.parentId).toBe(top.id);
    const cycle = await patch(`/categories/${top.id}`, { parentId: cut.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'parentId' } });
    const self = await patch(`/categories/${top.id}`, { parentId: top.id });
    expect(self.json().error.code).toBe('VALIDATION_FAILED');
    const moved = await patch(`/categories/${cut.id}`, { parentId: top.id, sort: 5, pointsPerYuan: 2 });
    expect(moved.json()).toMatchObject({ id: cut.id, parentId: top.id, sort: 5, pointsPerYuan: 2 });
    const list = (await get('/categories')).json() as { id: string; parentId: string | null }[];
    expect(list.find((c) => c.id === top.id)?.parentId).toBeNull();
    const missingParent = await post('/categories', { name: 'x', parentId: other.storeA.id });
    expect(missingParent.json().error.code).toBe('CATEGORY_NOT_FOUND');
  });

  it('deletes only an empty category', async () => {
    const parent = await category('洗护用品');
    const child = await category('洗发', parent.id);
    await product({ kind: 'goods', sku: 'DEL-1', name: '洗发水', priceCents: 5000, categoryId: child.id });
    expect((await del(`/categories/${parent.id}`)).json().error.code).toBe('CATEGORY_IN_USE');
    const inUse = await del(`/categories/${child.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ code: 'CATEGORY_IN_USE', details: { productCount: 1 } });
    const empty = await category('空分类');
    expect((await del(`/categories/${empty.id}`)).json()).toEqual({ ok: true });
    expect((await get('/categories')).json().some((c: { id: string }) => c.id === empty.id)).toBe(false);
    expect((await del(`/categories/${empty.id}`)).json().error.code).toBe('CATEGORY_NOT_FOUND');
  });

  it('creates goods with barcodes, pinyin initials and the rules of its kind', async () => {
    const shelf = await category('饮品');
    const p = await product({
      kind: 'goods',
      sku: 'DR-TEA',
      name: '柠檬茶 500ml',
      categoryId: shelf.id,
      unit: '瓶',
      priceCents: 600,
      memberPriceCents: 500,
      costCents: 280,
      lowStockThreshold: 24,
      barcodes: [' 6901234567892 ', '6901234567892', '6901234567908'],
    });
    expect(p).toMatchObject({
      kind: 'goods',
      sku: 'DR-TEA',
      name: '柠檬茶 500ml',
      nameInitials: 'nmc5',
      categoryId: shelf.id,
      unit: '瓶',
      priceCents: 600,
      memberPriceCents: 500,
      costCents: 280,
      trackStock: true,
      levelDiscount: true,
      durationMinutes: null,
      cardProductId: null,
      lowStockThreshold: 24,
      status: 'active',
      barcodes: ['6901234567892', '6901234567908'],
    });
    expect((await get(`/products/${p.id}`)).json()).toEqual(p);
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('tenant_id', '=', chain.tenantId)
      .where('entity_id', '=', p.id)
      .execute();
    expect(audit).toEqual([{ action: 'product.create', actor_name: 'owner' }]);

    const service = await product({
      kind: 'service',
      sku: 'SV-CUT',
      name: '洗剪吹',
      priceCents: 6800,
      durationMinutes: 45,
    });
    expect(service).toMatchObject({
      trackStock: false,
      durationMinutes: 45,
      unit: '次',
      nameInitials: 'xjc',
      costCents: 0,
    });
  });

  it('refuses a taken SKU or barcode with 409 and writes nothing', async () => {
    await product({
      kind: 'goods',
      sku: 'UQ-1',
      name: '发蜡',
      priceCents: 6800,
      barcodes: ['6900000000017'],
    });
    const before = [await count('products'), await count('product_barcodes')];
    const sku = await post('/products', { kind: 'goods', sku: 'UQ-1', name: '别的', priceCents: 100 });
    expect(sku.statusCode).toBe(409);
    expect(sku.json().error).toMatchObject({ code: 'SKU_TAKEN', details: { field: 'sku' } });
    const barcode = await post('/products', {
      kind: 'goods',
      sku: 'UQ-2',
      name: '别的',
      priceCents: 100,
      barcodes: ['6900000000017'],
    });
    expect(barcode.statusCode).toBe(409);
    expect(barcode.json().error).toMatchObject({
      code: 'BARCODE_TAKEN',
      details: { barcode: '6900000000017' },
    });
    // A code means one thing at the till: a SKU may not be someone's barcode, nor the reverse.
    const skuIsBarcode = await post('/products', {
      kind: 'goods',
      sku: '6900000000017',
      name: 'x',
      priceCents: 1,
    });
    expect(skuIsBarcode.json().error.code).toBe('SKU_TAKEN');
    const barcodeIsSku = await post('/products', {
      kind: 'goods',
      sku: 'UQ-3',
      name: 'x',
      priceCents: 1,
      barcodes: ['UQ-1'],
    });
    expect(barcodeIsSku.json().error.code).toBe('BARCODE_TAKEN');
    expect([await count('products'), await count('product_barcodes')]).toEqual(before);
    // The same SKU in another tenant is fine.
    const elsewhere = await post(
      '/products',
      { kind: 'goods', sku: 'UQ-1', name: '发蜡', priceCents: 1 },
      otherOwner,
    );
    expect(elsewhere.statusCode).toBe(201);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const before = [await count('products'), await count('audit_log')];
    const bad = [
      { kind: 'goods', sku: 'has space', name: 'x', priceCents: 1 },
      { kind: 'goods', sku: 'B-1', name: 'x', priceCents: 1.5 },
      { kind: 'goods', sku: 'B-1', name: 'x', priceCents: -1 },
      { kind: 'goods', sku: 'B-1', name: 'x', priceCents: 1, extra: true },
      { kind: 'gift', sku: 'B-1', name: 'x', priceCents: 1 },
      { kind: 'goods', sku: 'B-1', name: 'x' },
      { kind: 'goods', sku: 'B-1', name: 'x', priceCents: 100, memberPriceCents: 200 },
      { kind: 'service', sku: 'B-1', name: 'x', priceCents: 100, trackStock: true },
      { kind: 'goods', sku: 'B-1', name: 'x', priceCents: 100, durationMinutes: 30 },
      { kind: 'card', sku: 'B-1', name: 'x' },
    ];
    for (const body of bad) {
      const res = await post('/products', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(['VALIDATION_FAILED', 'INVALID_AMOUNT']).toContain(res.json().error.code);
    }
    expect(
      (
        await post('/products', {
          kind: 'goods',
          sku: 'B-1',
          name: 'x',
          priceCents: 1,
          categoryId: other.storeA.id,
        })
      ).json().error.code,
    ).toBe('CATEGORY_NOT_FOUND');
    expect([await count('products'), await count('audit_log')]).toEqual(before);
  });

  it('sells a card product as an item at its price by default', async () => {
    const card = (
      await post('/card-products', {
        name: '洗剪吹10次卡',
        kind: 'counted',
        priceCents: 58_000,
        validity: 'days',
        validDays: 365,
        items: [{ itemCode: 'SV-CUT', itemName: '洗剪吹', sessions: 10 }],
      })
    ).json();
    const item = await product({ kind: 'card', sku: 'CARD-1', name: '洗剪吹10次卡', cardProductId: card.id });
    expect(item).toMatchObject({
      kind: 'card',
      cardProductId: card.id,
      priceCents: 58_000,
      unit: '张',
      trackStock: false,
    });
    const otherCard = await post('/products', {
      kind: 'card',
      sku: 'CARD-2',
      name: 'x',
      cardProductId: other.storeA.id,
    });
    expect(otherCard.json().error.code).toBe('CARD_PRODUCT_NOT_FOUND');
    const notCard = await post('/products', {
      kind: 'goods',
      sku: 'CARD-3',
      name: 'x',
      priceCents: 1,
      cardProductId: card.id,
    });
    expect(notCard.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'cardProductId' },
    });
  });

  it('updates a product: fields kept, barcodes replaced, archived products leave the till', async () => {
    const p = await product({
      kind: 'goods',
      sku: 'UP-1',
      name: '护手霜',
      priceCents: 3900,
      costCents: 1200,
      barcodes: ['6900000000024'],
    });
    const res = await patch(`/products/${p.id}`, {
      name: '玫瑰护手霜',
      priceCents: 4500,
      barcodes: ['6900000000031'],
    });
    expect(res.json()).toMatchObject({
      sku: 'UP-1',
      name: '玫瑰护手霜',
      nameInitials: 'mghss',
      priceCents: 4500,
      costCents: 1200,
      barcodes: ['6900000000031'],
    });
    expect((await get('/catalog/lookup?code=6900000000024')).json().error.code).toBe('PRODUCT_NOT_FOUND');
    expect((await get('/catalog/lookup?code=6900000000031')).json().id).toBe(p.id);
    // Its own old barcode is free again for another product.
    await product({ kind: 'goods', sku: 'UP-2', name: 'x', priceCents: 1, barcodes: ['6900000000024'] });
    const archived = await patch(`/products/${p.id}`, { status: 'archived' });
    expect(archived.json().status).toBe('archived');
    const scan = await get('/catalog/lookup?code=UP-1', cashier);
    expect(scan.statusCode).toBe(409);
    expect(scan.json().error.code).toBe('PRODUCT_ARCHIVED');
    const taken = await patch(`/products/${p.id}`, { sku: 'UP-2' });
    expect(taken.json().error.code).toBe('SKU_TAKEN');
  });

  it('looks up a line by barcode or SKU with the store’s stock', async () => {
    const p = await product({
      kind: 'goods',
      sku: 'LK-1',
      name: '补水面膜',
      priceCents: 9900,
      memberPriceCents: 8900,
      costCents: 3500,
      barcodes: ['6901111111114'],
    });
    await moveStock(sysCtx(t.db.db, chain.tenantId), {
      storeId: chain.storeA.id,
      productId: p.id,
      kind: 'opening',
      refType: 'test',
      refId: p.id,
      qty: 7,
    });
    const byBarcode = await get(`/catalog/lookup?code=6901111111114&storeId=${chain.storeA.id}`, cashier);
    expect(byBarcode.json()).toEqual({
      id: p.id,
      kind: 'goods',
      sku: 'LK-1',
      name: '补水面膜',
      unit: '件',
      priceCents: 9900,
      memberPriceCents: 8900,
      levelDiscount: true,
      trackStock: true,
      categoryId: null,
      cardProductId: null,
      matchedBy: 'barcode',
      onHand: 7,
    });
    const bySku = (await get('/catalog/lookup?code=LK-1', cashier)).json();
    expect(bySku).toMatchObject({ id: p.id, matchedBy: 'sku', onHand: null });
    // Store A's cashier may not read store B's stock.
    expect(
      (await get(`/catalog/lookup?code=LK-1&storeId=${chain.storeB.id}`, cashier)).json().error.code,
    ).toBe('STORE_FORBIDDEN');
    expect((await get(`/catalog/lookup?code=LK-1&storeId=${chain.storeB.id}`)).json().onHand).toBe(0);
    const service = await product({ kind: 'service', sku: 'LK-SV', name: '头皮护理', priceCents: 19800 });
    expect((await get(`/catalog/lookup?code=LK-SV&storeId=${chain.storeA.id}`)).json().onHand).toBeNull();
    expect(service.id).toBeTruthy();
    expect((await get('/catalog/lookup?code=NOPE')).json().error.code).toBe('PRODUCT_NOT_FOUND');
  });

  it('searches by pinyin initials, SKU prefix, name and barcode, cursor paginated', async () => {
    const cat = await category('护理服务');
    const sub = await category('面部', cat.id);
    await product({
      kind: 'service',
      sku: 'SR-FACIAL',
      name: '面部护理',
      priceCents: 26800,
      categoryId: sub.id,
    });
    await product({
      kind: 'service',
      sku: 'SR-SCALP',
      name: '头皮护理',
      priceCents: 19800,
      categoryId: cat.id,
    });
    await product({
      kind: 'goods',
      sku: 'SR-MASK',
      name: '面膜',
      priceCents: 9900,
      barcodes: ['6902222222228'],
    });
    const skus = async (query: string, cookie = owner) =>
      ((await get(`/products?${query}`, cookie)).json().items as { sku: string }[]).map((p) => p.sku);
    expect(await skus('q=mbhl')).toEqual(['SR-FACIAL']);
    expect(await skus('q=MB')).toEqual(['SR-FACIAL']);
    expect(await skus('q=mm')).toEqual(['SR-MASK']);
    expect(await skus('q=sr-')).toEqual(['SR-FACIAL', 'SR-MASK', 'SR-SCALP']);
    expect(await skus('q=护理')).toEqual(expect.arrayContaining(['SR-FACIAL', 'SR-SCALP']));
    expect(await skus('q=6902222222228', cashier)).toEqual(['SR-MASK']);
    expect(await skus(`categoryId=${cat.id}`)).toEqual(['SR-FACIAL', 'SR-SCALP']);
    expect(await skus(`q=SR&kind=goods`)).toEqual(['SR-MASK']);

    const first = (await get('/products?q=SR&limit=2')).json();
    expect(first.items.map((p: { sku: string }) => p.sku)).toEqual(['SR-FACIAL', 'SR-MASK']);
    const second = (await get(`/products?q=SR&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ sku: 'SR-SCALP' }], nextCursor: null });
    expect((await get('/products?cursor=%%%')).statusCode).toBe(400);
  });

  it('lets the cashier read but not write; service staff read nothing; other tenants get 404', async () => {
    const p = await product({ kind: 'goods', sku: 'AC-1', name: '梳子', priceCents: 5900 });
    expect((await get(`/products/${p.id}`, cashier)).statusCode).toBe(200);
    expect((await get('/categories', cashier)).statusCode).toBe(200);
    const write = await post('/products', { kind: 'goods', sku: 'AC-2', name: 'x', priceCents: 1 }, cashier);
    expect(write.statusCode).toBe(403);
    expect((await patch(`/products/${p.id}`, { priceCents: 1 }, cashier)).statusCode).toBe(403);
    expect((await post('/categories', { name: 'x' }, cashier)).statusCode).toBe(403);
    expect((await get('/exports/products.xlsx', cashier)).statusCode).toBe(403);
    for (const url of ['/products', `/products/${p.id}`, '/categories', '/catalog/lookup?code=AC-1'])
      expect((await get(url, staff)).statusCode, url).toBe(403);
    expect((await get('/products')).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/products' })).statusCode).toBe(401);

    const foreign = await get(`/products/${p.id}`, otherOwner);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('PRODUCT_NOT_FOUND');
    expect((await patch(`/products/${p.id}`, { name: 'hijack' }, otherOwner)).json().error.code).toBe(
      'PRODUCT_NOT_FOUND',
    );
    expect((await get('/catalog/lookup?code=AC-1', otherOwner)).json().error.code).toBe('PRODUCT_NOT_FOUND');
    expect((await get(`/products/${p.id}`)).json().name).toBe('梳子');
  });

  it('exports every product as Excel', async () => {
    await product({
      kind: 'goods',
      sku: 'EX-1',
      name: '洁面乳',
      priceCents: 7950,
      memberPriceCents: 6900,
      costCents: 2800,
      barcodes: ['6903333333332'],
    });
    const res = await get('/exports/products.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['编码 SKU', '名称 Name', '类型 Kind']);
    let found: unknown[] | null = null;
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[0] === 'EX-1') found = values;
    });
    expect(found).toEqual([
      'EX-1',
      '洁面乳',
      'goods',
      undefined,
      '件',
      79.5,
      69,
      28,
      '6903333333332',
      'Y',
      'Y',
      undefined,
      undefined,
      'active',
    ]);
  });

  it('seeds a demo catalog whose services are the cards’ item codes, with opening stock', async () => {
    const demo = await makeChain(t.db.db, 'demo-seed');
    const ctx = sysCtx(t.db.db, demo.tenantId);
    await seedCatalog(ctx, [demo.storeA.id, demo.storeB.id]);
    const products = await t.db.db
      .selectFrom('products')
      .select(['kind', 'sku', 'card_product_id', 'price_cents'])
      .where('tenant_id', '=', demo.tenantId)
      .execute();
    const byKind = (k: string) => products.filter((p) => p.kind === k);
    expect(byKind('service').length).toBe(10);
    expect(byKind('goods').length).toBe(20);
    const items = await t.db.db
      .selectFrom('card_product_items')
      .select(['item_code', 'card_product_id'])
      .where('tenant_id', '=', demo.tenantId)
      .execute();
    const skus = new Set(products.map((p) => p.sku));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(skus.has(item.item_code), item.item_code).toBe(true);
    expect(new Set(byKind('card').map((p) => p.card_product_id))).toEqual(
      new Set(items.map((i) => i.card_product_id)),
    );
    const stock = await t.db.db
      .selectFrom('stock_levels')
      .innerJoin('products', (j) =>
        j
          .onRef('products.tenant_id', '=', 'stock_levels.tenant_id')
          .onRef('products.id', '=', 'stock_levels.product_id'),
      )
      .select(['stock_levels.on_hand', 'stock_levels.value_cents', 'products.cost_cents'])
      .where('stock_levels.tenant_id', '=', demo.tenantId)
      .execute();
    expect(stock.length).toBe(40);
    for (const s of stock) {
      expect(s.on_hand).toBeGreaterThan(0);
      expect(s.value_cents).toBe(s.on_hand * s.cost_cents);
    }
    const barcodes = await t.db.db
      .selectFrom('product_barcodes')
      .select('barcode')
      .where('tenant_id', '=', demo.tenantId)
      .execute();
    for (const { barcode } of barcodes) expect(ean13(barcode.slice(0, 12))).toBe(barcode);
  });
});
