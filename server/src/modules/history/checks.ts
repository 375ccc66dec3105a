import type { DatabaseHandle } from '../../db/connection.ts';

/** The sales-history invariants `cli check` proves (listed in ops/check.ts). */
export const HISTORY_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'sales history: every line totals quantity × unit price, negative exactly on returns',
    async run({ db }) {
      const rows = await db
        .selectFrom('history_order_lines as l')
        .innerJoin('history_orders as o', (j) =>
          j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.id', '=', 'l.order_id'),
        )
        .select(['o.invoice_no', 'l.line_no', 'o.kind', 'l.qty', 'l.unit_price_cents', 'l.total_cents'])
        .where((w) =>
          w.or([
            w('l.total_cents', '!=', w(w.ref('l.qty'), '*', w.ref('l.unit_price_cents'))),
            w.and([w('o.kind', '=', 'sale'), w('l.qty', '<=', 0)]),
            w.and([w('o.kind', '=', 'return'), w('l.qty', '>=', 0)]),
            w('l.unit_price_cents', '<', 0),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `invoice ${r.invoice_no} line ${r.line_no} (${r.kind}): ${r.qty} × ${r.unit_price_cents} recorded as ${r.total_cents}`,
      );
    },
  },
];
