import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/connection.ts';

type Check = { name: string; run(handle: DatabaseHandle): Promise<string[]> };

/** The origin-store parts of stored value (origin-stores.ts) add up to the ledger they split. */
export const STORED_VALUE_ORIGIN_CHECKS: Check[] = [
  {
    name: 'stored value origins: every part equals the sum of its entries, none below zero',
    async run({ db }) {
      const rows = await db
        .selectFrom('stored_value_origin_balances as b')
        .leftJoin(
          (eb) =>
            eb
              .selectFrom('stored_value_origin_entries')
              .select((e) => [
                'tenant_id',
                'member_id',
                'origin_store_id',
                e.fn.sum<number>('principal_delta').as('principal'),
                e.fn.sum<number>('bonus_delta').as('bonus'),
              ])
              .groupBy(['tenant_id', 'member_id', 'origin_store_id'])
              .as('e'),
          (j) =>
            j
              .onRef('e.tenant_id', '=', 'b.tenant_id')
              .onRef('e.member_id', '=', 'b.member_id')
              .onRef('e.origin_store_id', '=', 'b.origin_store_id'),
        )
        .select([
          'b.member_id',
          'b.origin_store_id',
          'b.principal_cents',
          'b.bonus_cents',
          'e.principal',
          'e.bonus',
        ])
        .where((eb) =>
          eb.or([
            eb('b.principal_cents', '<', 0),
            eb('b.bonus_cents', '<', 0),
            eb('b.principal_cents', '!=', eb.fn.coalesce('e.principal', sql<number>`0`)),
            eb('b.bonus_cents', '!=', eb.fn.coalesce('e.bonus', sql<number>`0`)),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `member ${r.member_id} origin ${r.origin_store_id}: ${r.principal_cents}+${r.bonus_cents}, entries ${Number(r.principal ?? 0)}+${Number(r.bonus ?? 0)}`,
      );
    },
  },
  {
    // Against the ledger, not the balance column: a wrong balance is the check above's finding.
    name: 'stored value origins: a member’s parts add up to the ledger',
    async run({ db }) {
      const rows = await db
        .selectFrom((eb) =>
          eb
            .selectFrom('stored_value_ledger')
            .select((e) => [
              'tenant_id',
              'member_id',
              e.fn.sum<number>('principal_delta').as('principal'),
              e.fn.sum<number>('bonus_delta').as('bonus'),
            ])
            .groupBy(['tenant_id', 'member_id'])
            .as('l'),
        )
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('stored_value_origin_balances')
              .select((e) => [
                'tenant_id',
                'member_id',
                e.fn.sum<number>('principal_cents').as('principal'),
                e.fn.sum<number>('bonus_cents').as('bonus'),
              ])
              .groupBy(['tenant_id', 'member_id'])
              .as('o'),
          (j) => j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.member_id', '=', 'l.member_id'),
        )
        .select([
          'l.member_id',
          'l.principal as ledgerPrincipal',
          'l.bonus as ledgerBonus',
          'o.principal',
          'o.bonus',
        ])
        .where((eb) =>
          eb.or([eb('l.principal', '!=', eb.ref('o.principal')), eb('l.bonus', '!=', eb.ref('o.bonus'))]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `member ${r.member_id}: ledger ${Number(r.ledgerPrincipal)}+${Number(r.ledgerBonus)}, parts ${Number(r.principal)}+${Number(r.bonus)}`,
      );
    },
  },
  {
    name: 'stored value origins: each ledger row’s parts add up to its delta',
    async run({ db }) {
      const rows = await db
        .selectFrom('stored_value_ledger as l')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('stored_value_origin_entries')
              .select((e) => [
                'tenant_id',
                'ledger_id',
                e.fn.sum<number>('principal_delta').as('principal'),
                e.fn.sum<number>('bonus_delta').as('bonus'),
              ])
              .where('kind', '!=', 'carry_in')
              .groupBy(['tenant_id', 'ledger_id'])
              .as('o'),
          (j) => j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.ledger_id', '=', 'l.id'),
        )
        .select(['l.id', 'l.principal_delta', 'l.bonus_delta', 'o.principal', 'o.bonus'])
        .where((eb) =>
          eb.or([
            eb('l.principal_delta', '!=', eb.ref('o.principal')),
            eb('l.bonus_delta', '!=', eb.ref('o.bonus')),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `ledger ${r.id}: ${r.principal_delta}+${r.bonus_delta}, parts ${Number(r.principal)}+${Number(r.bonus)}`,
      );
    },
  },
];
