import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { getSalesReport, type SalesQuery } from './sales-report.ts';
import type { SalesDimension } from './schemas.ts';

const KEY_HEADER: Record<SalesDimension, string> = {
  day: '日期 Day',
  store: '门店 Store',
  category: '分类 Category',
  product: '商品 Product',
  staff: '员工 Staff',
  payment: '支付方式 Payment',
};

/** The sales report as a streamed .xlsx: the same rows and totals as the screen, a totals row last. */
export async function exportSalesReport(ctx: Ctx, query: SalesQuery): Promise<PassThrough> {
  const report = await getSalesReport(ctx, query);
  const money = (fen: number) => yuanCell(fen);
  async function* pages() {
    yield report.rows.map((r) => ({
      label: r.key === 'none' ? '无 None' : r.label,
      orders: r.orderCount,
      qty: r.quantity,
      sales: money(r.salesCents),
      refunds: money(r.refundCents),
      net: money(r.netCents),
      cost: money(r.costCents),
      profit: money(r.grossProfitCents),
    }));
    const t = report.totals;
    yield [
      {
        label: '合计 Total',
        orders: t.orderCount,
        qty: t.quantity,
        sales: money(t.salesCents),
        refunds: money(t.refundCents),
        net: money(t.netCents),
        cost: money(t.costCents),
        profit: money(t.grossProfitCents),
      },
    ];
  }
  return streamSheet(
    ctx,
    'sales',
    [
      { header: KEY_HEADER[query.by], key: 'label', width: 24 },
      { header: '单数 Orders', key: 'orders', width: 10 },
      { header: query.by === 'payment' ? '笔数 Payments' : '数量 Qty', key: 'qty', width: 10 },
      { header: '销售额 Sales (¥)', key: 'sales', width: 16, numFmt: YUAN },
      { header: '退款 Refunds (¥)', key: 'refunds', width: 16, numFmt: YUAN },
      { header: '净额 Net (¥)', key: 'net', width: 16, numFmt: YUAN },
      { header: '成本 Cost (¥)', key: 'cost', width: 16, numFmt: YUAN },
      { header: '毛利 Gross profit (¥)', key: 'profit', width: 18, numFmt: YUAN },
    ],
    pages(),
  );
}
