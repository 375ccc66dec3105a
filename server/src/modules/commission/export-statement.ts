import type { PassThrough } from 'node:stream';
import type { Ctx } from '../../shared/context.ts';
import { streamSheet, YUAN, yuanCell } from '../imports/xlsx-stream.ts';
import { ledgerOf, type PeriodQuery, resolvePeriod, statementAccess } from './statement.ts';

const PAGE = 1000;

/** A person's commission statement as a streamed .xlsx: every entry of the period, oldest first. */
export async function exportStatement(
  ctx: Ctx,
  query: PeriodQuery & { staffUserId?: string },
): Promise<PassThrough> {
  const { staff, stores } = await statementAccess(ctx, query.staffUserId);
  const period = await resolvePeriod(ctx, query);
  const storeRows = await ctx.db
    .selectFrom('stores')
    .select(['id', 'code'])
    .where('tenant_id', '=', ctx.tenantId)
    .execute();
  const storeCode = new Map(storeRows.map((s) => [s.id, s.code]));
  async function* pages() {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      let q = ledgerOf(ctx.db, ctx.tenantId, { staffId: staff.userId, stores, ...period }).selectAll();
      if (after) {
        const a = after;
        q = q.where((eb) => eb.or([eb('at', '>', a.at), eb.and([eb('at', '=', a.at), eb('id', '>', a.id)])]));
      }
      const rows = await q.orderBy('at').orderBy('id').limit(PAGE).execute();
      yield rows.map((r) => ({
        at: r.at,
        staff: staff.name,
        store: storeCode.get(r.store_id) ?? '',
        kind: r.kind === 'sale' ? '销售 Sale' : r.kind === 'refund' ? '退款 Refund' : '充值 Recharge',
        orderNo: r.order_no,
        item: r.item_name,
        qty: r.qty,
        share: r.share_percent,
        requested: r.requested === 1 ? '点钟' : '轮钟',
        rate: r.basis === 'percent' ? `${Number(r.rate) / 100}%` : r.basis ? `¥${yuanCell(r.rate)}/件` : '',
        base: yuanCell(r.base_cents),
        amount: yuanCell(r.amount_cents),
      }));
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      after = { at: last.at, id: last.id };
    }
  }
  return streamSheet(
    ctx,
    'commission',
    [
      { header: '时间 Time', key: 'at', width: 22 },
      { header: '员工 Staff', key: 'staff' },
      { header: '门店 Store', key: 'store', width: 8 },
      { header: '类型 Kind', key: 'kind', width: 12 },
      { header: '单号 Order', key: 'orderNo', width: 18 },
      { header: '项目 Item', key: 'item', width: 18 },
      { header: '数量 Qty', key: 'qty', width: 8 },
      { header: '分成% Share', key: 'share', width: 10 },
      { header: '点钟/轮钟', key: 'requested', width: 10 },
      { header: '提成标准 Rate', key: 'rate', width: 12 },
      { header: '业绩 Base (¥)', key: 'base', numFmt: YUAN },
      { header: '提成 Commission (¥)', key: 'amount', width: 16, numFmt: YUAN },
    ],
    pages(),
  );
}
