import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

/** The coupon invariants `cli check` proves (listed in ops/check.ts). */
export const COUPON_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'coupons: each template’s issued count equals its coupons and stays within its stock',
    async run({ db }) {
      const rows = await db
        .selectFrom('coupon_templates as t')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('coupons')
              .select((e) => ['tenant_id', 'template_id', e.fn.countAll<number>().as('n')])
              .groupBy(['tenant_id', 'template_id'])
              .as('c'),
          (j) => j.onRef('c.tenant_id', '=', 't.tenant_id').onRef('c.template_id', '=', 't.id'),
        )
        .select(['t.tenant_id', 't.id', 't.name', 't.issued_count', 't.total_stock', 'c.n'])
        .where((eb) =>
          eb.or([
            eb(sql<number>`coalesce(c.n, 0)`, '<>', eb.ref('t.issued_count')),
            eb(sql<number>`t.issued_count`, '>', sql<number>`coalesce(t.total_stock, t.issued_count)`),
          ]),
        )
        .execute();
      return rows.map(
        (r) =>
          `template ${r.name} (${r.id}): issued_count ${r.issued_count}, coupons ${Number(r.n ?? 0)}, stock ${r.total_stock ?? '∞'}`,
      );
    },
  },
  {
    name: 'coupons: a redeemed coupon names its order, an unused one names none',
    async run({ db }) {
      const rows = await db
        .selectFrom('coupons')
        .select(['id', 'code', 'status'])
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'redeemed'), eb('redeemed_order_id', 'is', null)]),
            eb.and([eb('status', '<>', 'redeemed'), eb('redeemed_order_id', 'is not', null)]),
          ]),
        )
        .execute();
      return rows.map((r) => `coupon ${r.code} (${r.id}) is ${r.status} but its order link disagrees`);
    },
  },
];
