import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connection.ts';

export interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
}

type Check = { name: string; run(handle: DatabaseHandle): Promise<string[]> };

/**
 * Invariants `cli check` proves. Each later module adds its ledger checks here (balance = sum of
 * ledger, no negative balance, …).
 */
export const CHECKS: Check[] = [
  {
    name: 'every active tenant has an active owner',
    async run({ db }) {
      const rows = await db
        .selectFrom('tenants as t')
        .select(['t.code'])
        .where('t.status', '=', 'active')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('user_roles as ur')
                .innerJoin('roles as r', (j) =>
                  j.onRef('r.tenant_id', '=', 'ur.tenant_id').onRef('r.id', '=', 'ur.role_id'),
                )
                .innerJoin('users as u', (j) =>
                  j.onRef('u.tenant_id', '=', 'ur.tenant_id').onRef('u.id', '=', 'ur.user_id'),
                )
                .select('u.id')
                .whereRef('ur.tenant_id', '=', 't.tenant_id')
                .where('r.code', '=', 'owner')
                .where('u.status', '=', 'active'),
            ),
          ),
        )
        .execute();
      return rows.map((r) => `tenant ${r.code} has no active owner`);
    },
  },
  {
    name: 'no idempotency key committed without its response',
    async run({ db }) {
      const rows = await db
        .selectFrom('idempotency_keys')
        .select(['key'])
        .where('response_status', '=', 0)
        .limit(20)
        .execute();
      return rows.map((r) => `key ${r.key} has no stored response`);
    },
  },
  {
    name: 'stored value: every balance equals the sum of its ledger',
    async run({ db }) {
      const rows = await db
        .selectFrom('stored_value_accounts as a')
        .leftJoin(
          (eb) =>
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
          (join) => join.onRef('l.tenant_id', '=', 'a.tenant_id').onRef('l.member_id', '=', 'a.member_id'),
        )
        .select([
          'a.tenant_id',
          'a.member_id',
          'a.principal_cents',
          'a.bonus_cents',
          'l.principal',
          'l.bonus',
        ])
        .where((eb) =>
          eb.or([
            eb('a.principal_cents', '!=', eb.fn.coalesce('l.principal', sql<number>`0`)),
            eb('a.bonus_cents', '!=', eb.fn.coalesce('l.bonus', sql<number>`0`)),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `member ${r.member_id}: balance ${r.principal_cents}+${r.bonus_cents}, ledger ${Number(r.principal ?? 0)}+${Number(r.bonus ?? 0)}`,
      );
    },
  },
  {
    name: 'stored value: no balance below zero',
    async run({ db }) {
      const rows = await db
        .selectFrom('stored_value_accounts')
        .select(['member_id', 'principal_cents', 'bonus_cents'])
        .where((eb) => eb.or([eb('principal_cents', '<', 0), eb('bonus_cents', '<', 0)]))
        .limit(20)
        .execute();
      return rows.map((r) => `member ${r.member_id}: ${r.principal_cents}+${r.bonus_cents}`);
    },
  },
  {
    name: 'foreign keys hold',
    async run(handle) {
      if (handle.raw.kind !== 'sqlite') return []; // PostgreSQL enforces them on every write
      const rows = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(handle.db);
      return rows.rows.slice(0, 20).map((r) => `${r.table} row points at a missing ${r.parent}`);
    },
  },
];

export async function runChecks(handle: DatabaseHandle): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    const problems = await check.run(handle);
    results.push({ name: check.name, ok: problems.length === 0, problems });
  }
  return results;
}
