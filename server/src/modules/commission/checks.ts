import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

/**
 * Each sale entry of the ledger with what its refunds took back so far (negative sums) and the
 * order line's sold and refunded quantities.
 */
function saleEntries({ db }: DatabaseHandle) {
  return db
    .selectFrom('commission_ledger as s')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('commission_ledger')
          .select((e) => [
            'tenant_id',
            'reverses_id',
            e.fn.sum<number>('amount_cents').as('amount'),
            e.fn.sum<number>('base_cents').as('base'),
          ])
          .where('kind', '=', 'refund')
          .groupBy(['tenant_id', 'reverses_id'])
          .as('r'),
      (j) => j.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.reverses_id', '=', 's.id'),
    )
    .where('s.kind', 'in', ['sale', 'recharge']);
}

/** The commission invariants `cli check` proves (listed in ops/check.ts). */
export const COMMISSION_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'commission: no order line, recharge or card has more reversed than it earned',
    async run(handle) {
      const rows = await saleEntries(handle)
        .select([
          's.order_no',
          's.line_no',
          's.ref_type',
          's.ref_id',
          's.staff_user_id',
          's.amount_cents',
          's.base_cents',
          'r.amount',
        ])
        .where((eb) =>
          eb.or([
            eb(sql<number>`s.amount_cents + coalesce(r.amount, 0)`, '<', 0),
            eb(sql<number>`s.base_cents + coalesce(r.base, 0)`, '<', 0),
            eb(sql<number>`coalesce(r.amount, 0)`, '>', 0),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `${r.line_no === null ? `${r.ref_type} ${r.ref_id}` : `order ${r.order_no} line ${r.line_no}`} staff ${r.staff_user_id}: earned ${r.amount_cents}, reversed ${-Number(r.amount ?? 0)}`,
      );
    },
  },
  {
    name: 'commission: every reversal matches its line’s refunded quantity share',
    async run(handle) {
      const rows = await saleEntries(handle)
        .innerJoin('order_lines as l', (j) =>
          j
            .onRef('l.tenant_id', '=', 's.tenant_id')
            .onRef('l.order_id', '=', 's.order_id')
            .onRef('l.line_no', '=', 's.line_no'),
        )
        .select([
          's.order_no',
          's.line_no',
          's.staff_user_id',
          's.amount_cents',
          'l.qty',
          'l.refunded_qty',
          'r.amount',
        ])
        .where((eb) =>
          eb.or([
            eb(
              sql<number>`-coalesce(r.amount, 0)`,
              '!=',
              sql<number>`s.amount_cents * l.refunded_qty / l.qty`,
            ),
            eb(sql<number>`-coalesce(r.base, 0)`, '!=', sql<number>`s.base_cents * l.refunded_qty / l.qty`),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `order ${r.order_no} line ${r.line_no} staff ${r.staff_user_id}: ${r.refunded_qty}/${r.qty} refunded of ${r.amount_cents}, reversed ${-Number(r.amount ?? 0)}`,
      );
    },
  },
];
