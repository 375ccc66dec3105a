import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { barcodesOf } from './products.ts';

const PAGE = 1000;

/**
 * The column headers of the product export. They are also names the product import recognises,
 * so an exported file imports back (same SKU → update).
 */
export const PRODUCT_EXPORT_HEADERS = {
  sku: '编码 SKU',
  name: '名称 Name',
  kind: '类型 Kind',
  category: '分类 Category',
  unit: '单位 Unit',
  price: '售价 Price (¥)',
  memberPrice: '会员价 Member price (¥)',
  cost: '成本 Cost (¥)',
  barcodes: '条码 Barcodes',
  trackStock: '管理库存 Track stock',
  levelDiscount: '参与等级折扣 Level discount',
  duration: '时长(分钟) Minutes',
  lowStock: '库存预警 Low stock',
  status: '状态 Status',
} as const;

/** Every product (archived too) with its category name and barcodes, by SKU, as a streamed .xlsx. */
export async function exportProducts(ctx: Ctx): Promise<PassThrough> {
  // Costs are in the file: the back office's, not the till's.
  requirePermission(ctx.actor, 'catalog.manage');
  const categories = new Map(
    (
      await ctx.db
        .selectFrom('categories')
        .select(['id', 'name'])
        .where('tenant_id', '=', ctx.tenantId)
        .execute()
    ).map((c) => [c.id, c.name]),
  );
  async function* pages() {
    let after: string | null = null;
    for (;;) {
      let q = ctx.db.selectFrom('products').selectAll().where('tenant_id', '=', ctx.tenantId);
      if (after !== null) q = q.where('sku', '>', after);
      const rows = await q.orderBy('sku').limit(PAGE).execute();
      const barcodes = await barcodesOf(
        ctx.db,
        ctx.tenantId,
        rows.map((r) => r.id),
      );
      yield rows.map((r) => ({
        sku: r.sku,
        name: r.name,
        kind: r.kind,
        category: r.category_id ? (categories.get(r.category_id) ?? '') : '',
        unit: r.unit,
        price: yuanCell(r.price_cents),
        memberPrice: r.member_price_cents === null ? null : yuanCell(r.member_price_cents),
        cost: yuanCell(r.cost_cents),
        barcodes: (barcodes.get(r.id) ?? []).join(' '),
        trackStock: r.track_stock === 1 ? 'Y' : 'N',
        levelDiscount: r.level_discount === 1 ? 'Y' : 'N',
        duration: r.duration_minutes,
        lowStock: r.low_stock_threshold,
        status: r.status,
      }));
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.sku;
    }
  }
  const h = PRODUCT_EXPORT_HEADERS;
  return streamSheet(
    ctx,
    'products',
    [
      { header: h.sku, key: 'sku', width: 16 },
      { header: h.name, key: 'name', width: 20 },
      { header: h.kind, key: 'kind', width: 10 },
      { header: h.category, key: 'category' },
      { header: h.unit, key: 'unit', width: 8 },
      { header: h.price, key: 'price', numFmt: YUAN },
      { header: h.memberPrice, key: 'memberPrice', width: 16, numFmt: YUAN },
      { header: h.cost, key: 'cost', numFmt: YUAN },
      { header: h.barcodes, key: 'barcodes', width: 30 },
      { header: h.trackStock, key: 'trackStock', width: 10 },
      { header: h.levelDiscount, key: 'levelDiscount', width: 10 },
      { header: h.duration, key: 'duration', width: 10 },
      { header: h.lowStock, key: 'lowStock', width: 10 },
      { header: h.status, key: 'status', width: 10 },
    ],
    pages(),
  );
}
