import { type ExpressionBuilder, sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';
import type { AppointmentSlotCountsTable, DB } from '../../db/schema.ts';

/** The appointment invariants `cli check` proves (listed in ops/check.ts). */
export const APPOINTMENT_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'appointments: every slot counter equals the live bookings holding that slot',
    async run({ db }) {
      const live = (eb: ExpressionBuilder<DB & { c: AppointmentSlotCountsTable }, 'c'>) =>
        eb
          .selectFrom('appointments as a')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('a.tenant_id', '=', 'c.tenant_id')
          .whereRef('a.store_id', '=', 'c.store_id')
          .where('a.status', 'in', ['booked', 'arrived'])
          .whereRef('a.starts_at', '<=', 'c.slot_start')
          .whereRef('a.slot_until', '>', 'c.slot_start')
          .where((w) =>
            w.or([
              w('c.resource', '=', 'store'),
              w('c.resource', '=', sql<string>`cast(a.staff_user_id as text)`),
            ]),
          );
      const rows = await db
        .selectFrom('appointment_slot_counts as c')
        .select((eb) => [
          'c.tenant_id',
          'c.store_id',
          'c.resource',
          'c.slot_start',
          'c.booked',
          live(eb).as('live'),
        ])
        .where((eb) => eb(live(eb), '!=', eb.ref('c.booked')))
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `store ${r.store_id} ${r.resource} at ${r.slot_start}: counter ${r.booked}, bookings ${Number(r.live ?? 0)}`,
      );
    },
  },
  {
    name: 'appointments: a held card session matches the booking’s state',
    async run({ db }) {
      const rows = await db
        .selectFrom('appointments as a')
        .select(['a.tenant_id', 'a.id', 'a.status', 'a.session'])
        .where((eb) =>
          eb.or([
            eb.and([eb('a.session', '=', 'reserved'), eb('a.status', '!=', 'booked')]),
            eb.and([eb('a.status', '=', 'booked'), eb('a.session', 'not in', ['reserved', 'none'])]),
            eb.and([eb('a.session', '!=', 'none'), eb('a.member_card_id', 'is', null)]),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map((r) => `appointment ${r.id}: ${r.status} with session ${r.session}`);
    },
  },
];
