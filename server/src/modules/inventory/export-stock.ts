import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { type StockFilter, stockQuery, toStockLevel } from './stock-levels.ts';

const PAGE = 1000;

/** The stock list under the same filters as the screen, as a streamed .xlsx. */
export async function exportStock(ctx: Ctx, filter: StockFilter): Promise<PassThrough> {
  requirePermission(ctx.actor, 'inventory.read');
  const base = stockQuery(ctx, filter); // checks the store scope before the stream starts
  async function* pages() {
    let after: [string, string] | null = null;
    for (;;) {
      let q = base;
      if (after) {
        const [sku, storeId] = after;
        q = q.where((eb) =>
          eb.or([eb('p.sku', '>', sku), eb.and([eb('p.sku', '=', sku), eb('l.store_id', '>', storeId)])]),
        );
      }
      const rows = (await q.orderBy('p.sku').orderBy('l.store_id').limit(PAGE).execute()).map(toStockLevel);
      yield rows.map((r) => ({
        store: r.storeName,
        sku: r.sku,
        name: r.productName,
        unit: r.unit,
        onHand: r.onHand,
        unitCost: r.unitCostCents === null ? null : yuanCell(r.unitCostCents),
        value: yuanCell(r.valueCents),
        threshold: r.lowStockThreshold,
        low: r.low ? '是 yes' : '',
      }));
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      after = [last.sku, last.storeId];
    }
  }
  return streamSheet(
    ctx,
    'stock',
    [
      { header: '门店 Store', key: 'store' },
      { header: '编码 SKU', key: 'sku' },
      { header: '商品 Product', key: 'name', width: 24 },
      { header: '单位 Unit', key: 'unit', width: 8 },
      { header: '库存 On hand', key: 'onHand', width: 10 },
      { header: '成本单价 Unit cost (¥)', key: 'unitCost', numFmt: YUAN },
      { header: '库存金额 Value (¥)', key: 'value', numFmt: YUAN },
      { header: '预警 Threshold', key: 'threshold', width: 10 },
      { header: '低库存 Low', key: 'low', width: 10 },
    ],
    pages(),
  );
}
