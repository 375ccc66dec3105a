import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { type SheetColumn, streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { getSettlement } from './settlement.ts';

/**
 * The settlement as one sheet a finance desk reads across: a row per recharge store, the principal
 * of its money spent in each store (a column each), then what it owes, is owed and its net; a
 * total row last. Yuan with two decimals, exact from fen.
 */
export async function exportSettlement(ctx: Ctx, q: { from?: string; to?: string }): Promise<PassThrough> {
  const s = await getSettlement(ctx, q);
  const columns: SheetColumn[] = [
    { header: '充值门店 Recharge store', key: 'store', width: 22 },
    ...s.stores.map((c) => ({
      header: `消费于 Spent in ${c.code}`,
      key: `to:${c.storeId}`,
      width: 16,
      numFmt: YUAN,
    })),
    { header: '应付 Payable (¥)', key: 'payable', width: 16, numFmt: YUAN },
    { header: '应收 Receivable (¥)', key: 'receivable', width: 16, numFmt: YUAN },
    { header: '净额 Net (¥)', key: 'net', width: 16, numFmt: YUAN },
  ];
  const cell = (from: string, to: string) =>
    s.cells.find((c) => c.rechargeStoreId === from && c.spendStoreId === to)?.principalCents ?? 0;
  const rows: Record<string, unknown>[] = s.stores.map((r) => {
    const net = s.nets.find((n) => n.storeId === r.storeId);
    return {
      store: `${r.code} ${r.name}`,
      ...Object.fromEntries(s.stores.map((c) => [`to:${c.storeId}`, yuanCell(cell(r.storeId, c.storeId))])),
      ...(net
        ? {
            payable: yuanCell(net.payableCents),
            receivable: yuanCell(net.receivableCents),
            net: yuanCell(net.netCents),
          }
        : {}),
    };
  });
  rows.push({
    store: `合计 Total ${s.from} – ${s.to}`,
    ...Object.fromEntries(
      s.stores.map((c) => [
        `to:${c.storeId}`,
        yuanCell(
          s.cells.filter((x) => x.spendStoreId === c.storeId).reduce((a, x) => a + x.principalCents, 0),
        ),
      ]),
    ),
    payable: yuanCell(s.nets.reduce((a, n) => a + n.payableCents, 0)),
    receivable: yuanCell(s.nets.reduce((a, n) => a + n.receivableCents, 0)),
    net: yuanCell(s.totalNetCents),
  });
  async function* pages() {
    yield rows;
  }
  return streamSheet(ctx, 'settlement', columns, pages());
}
