import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

/** The gift card invariants `cli check` proves (listed in ops/check.ts). */
export const GIFT_CARD_CHECKS: { name: string; run(handle: DatabaseHandle): Promise<string[]> }[] = [
  {
    name: 'gift cards: every balance equals the sum of its ledger, never below zero',
    async run({ db }) {
      const rows = await db
        .selectFrom('gift_cards as g')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('gift_card_ledger')
              .select((e) => ['tenant_id', 'gift_card_id', e.fn.sum<number>('delta_cents').as('sum')])
              .groupBy(['tenant_id', 'gift_card_id'])
              .as('l'),
          (j) => j.onRef('l.tenant_id', '=', 'g.tenant_id').onRef('l.gift_card_id', '=', 'g.id'),
        )
        .select(['g.id', 'g.last4', 'g.balance_cents', 'l.sum'])
        .where((eb) =>
          eb.or([
            eb('g.balance_cents', '<', 0),
            eb('g.balance_cents', '!=', eb.fn.coalesce('l.sum', sql<number>`0`)),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) => `gift card ••••${r.last4} (${r.id}): balance ${r.balance_cents}, ledger ${Number(r.sum ?? 0)}`,
      );
    },
  },
  {
    name: 'gift cards: a void card holds nothing',
    async run({ db }) {
      const rows = await db
        .selectFrom('gift_cards')
        .select(['id', 'last4', 'balance_cents'])
        .where('status', '=', 'void')
        .where('balance_cents', '!=', 0)
        .limit(20)
        .execute();
      return rows.map((r) => `void gift card ••••${r.last4} (${r.id}) holds ${r.balance_cents}`);
    },
  },
  {
    name: 'points exchange: no catalogue item gave more than its stock',
    async run({ db }) {
      const rows = await db
        .selectFrom('exchange_items')
        .select(['id', 'name', 'stock', 'exchanged_count'])
        .where('stock', 'is not', null)
        .where(sql<boolean>`exchanged_count > stock`)
        .limit(20)
        .execute();
      return rows.map((r) => `exchange item ${r.name} (${r.id}): ${r.exchanged_count} given of ${r.stock}`);
    },
  },
];
