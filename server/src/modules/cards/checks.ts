import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

/** Card invariants beyond sessions = ledger (that one is in ops/check.ts); listed there too. */
export const CARD_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'cards: reserved sessions equal reservations still held, within what was sold',
    async run({ db }) {
      const rows = await db
        .selectFrom('member_card_items as i')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('card_session_ledger')
              .select((e) => [
                'tenant_id',
                'member_card_id',
                'item_code',
                e.fn.sum<number>(sql`case when kind = 'reserve' then 1 else -1 end`).as('held'),
              ])
              .where('kind', 'in', ['reserve', 'release', 'consume_reserved'])
              .groupBy(['tenant_id', 'member_card_id', 'item_code'])
              .as('r'),
          (j) =>
            j
              .onRef('r.tenant_id', '=', 'i.tenant_id')
              .onRef('r.member_card_id', '=', 'i.member_card_id')
              .onRef('r.item_code', '=', 'i.item_code'),
        )
        .select([
          'i.member_card_id',
          'i.item_code',
          'i.sessions_reserved',
          'i.sessions_left',
          'i.sessions_total',
          'r.held',
        ])
        .where('i.sessions_total', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('i.sessions_reserved', '<', 0),
            eb('i.sessions_reserved', '!=', eb.fn.coalesce('r.held', sql<number>`0`)),
            eb(sql<number>`i.sessions_left + i.sessions_reserved`, '>', sql<number>`i.sessions_total`),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `card ${r.member_card_id} item ${r.item_code}: ${r.sessions_reserved} reserved, ${r.sessions_left} left of ${r.sessions_total}, ledger holds ${Number(r.held ?? 0)}`,
      );
    },
  },
];
