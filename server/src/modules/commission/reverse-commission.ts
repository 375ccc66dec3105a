import type { Insertable } from 'kysely';
import type { CommissionLedgerTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { proportion } from '../../shared/money.ts';

/** What commission needs of a refund: which lines, how many units now and before. */
export interface RefundForCommission {
  id: string;
  orderId: string;
  lines: { lineNo: number; soldQty: number; refundedBefore: number; qty: number }[];
}

/**
 * Reverses each person's sale commission (and volume) in proportion to the units refunded, inside
 * the refund's transaction. The target after a refund is share(k + q) of the original entry,
 * rounded down, less what earlier refunds already took (read from the ledger), so a full refund
 * nets to exactly zero and repeated partial refunds never take back more than was earned.
 */
export async function reverseCommission(ctx: Ctx, refund: RefundForCommission): Promise<void> {
  if (refund.lines.length === 0) return;
  const sales = await ctx.db
    .selectFrom('commission_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('order_id', '=', refund.orderId)
    .where('kind', '=', 'sale')
    .where(
      'line_no',
      'in',
      refund.lines.map((l) => l.lineNo),
    )
    .orderBy('line_no')
    .orderBy('id')
    .execute();
  if (sales.length === 0) return;
  const taken = await ctx.db
    .selectFrom('commission_ledger')
    .select((eb) => [
      'reverses_id',
      eb.fn.sum<number>('amount_cents').as('amount'),
      eb.fn.sum<number>('base_cents').as('base'),
    ])
    .where('tenant_id', '=', ctx.tenantId)
    .where('order_id', '=', refund.orderId)
    .where('kind', '=', 'refund')
    .groupBy('reverses_id')
    .execute();
  const takenBy = new Map(
    taken.map((t) => [t.reverses_id, { amount: Number(t.amount), base: Number(t.base) }]),
  );

  const at = ctx.now.toISOString();
  const rows: Insertable<CommissionLedgerTable>[] = [];
  for (const sale of sales) {
    const line = refund.lines.find((l) => l.lineNo === sale.line_no);
    if (!line || line.soldQty <= 0) continue;
    const after = Math.min(line.refundedBefore + line.qty, line.soldQty);
    const before = takenBy.get(sale.id) ?? { amount: 0, base: 0 };
    // Reversal rows are negative: what is still to take back is the target less what was taken.
    const amount = proportion(Number(sale.amount_cents), after, line.soldQty) + before.amount;
    const base = proportion(Number(sale.base_cents), after, line.soldQty) + before.base;
    if (amount <= 0 && base <= 0) continue;
    rows.push({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      staff_user_id: sale.staff_user_id,
      store_id: sale.store_id,
      at,
      kind: 'refund',
      ref_type: 'refund',
      ref_id: refund.id,
      order_id: sale.order_id,
      line_no: sale.line_no,
      order_no: sale.order_no,
      item_name: sale.item_name,
      kind_of_item: sale.kind_of_item,
      qty: -line.qty,
      share_percent: sale.share_percent,
      requested: sale.requested,
      base_cents: -Math.max(base, 0),
      amount_cents: -Math.max(amount, 0),
      rule_id: sale.rule_id,
      rate: sale.rate,
      basis: sale.basis,
      reverses_id: sale.id,
      note: '',
    });
  }
  if (rows.length) await ctx.db.insertInto('commission_ledger').values(rows).execute();
}
