import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connection.ts';
import { APPOINTMENT_CHECKS } from '../modules/appointments/checks.ts';
import { CARD_CHECKS } from '../modules/cards/checks.ts';
import { COMMISSION_CHECKS } from '../modules/commission/checks.ts';
import { COUPON_CHECKS } from '../modules/coupons/checks.ts';
import { FEEDBACK_CHECKS } from '../modules/feedback/checks.ts';
import { GIFT_CARD_CHECKS } from '../modules/giftcards/checks.ts';
import { HISTORY_CHECKS } from '../modules/history/checks.ts';
import { INVENTORY_CHECKS } from '../modules/inventory/checks.ts';
import { FACT_CHECKS } from '../modules/reports/checks.ts';
import { STORED_VALUE_ORIGIN_CHECKS } from '../modules/wallet/checks.ts';

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
    name: 'points: every balance equals its ledger and its lots',
    async run({ db }) {
      const sums = (table: 'points_ledger' | 'points_lots', column: 'delta' | 'remaining', alias: string) =>
        db
          .selectFrom(table)
          .select((e) => ['tenant_id', 'member_id', e.fn.sum<number>(column).as(alias)])
          .groupBy(['tenant_id', 'member_id']);
      const rows = await db
        .selectFrom('points_accounts as a')
        .leftJoin(sums('points_ledger', 'delta', 'ledger').as('l'), (j) =>
          j.onRef('l.tenant_id', '=', 'a.tenant_id').onRef('l.member_id', '=', 'a.member_id'),
        )
        .leftJoin(sums('points_lots', 'remaining', 'lots').as('p'), (j) =>
          j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.member_id', '=', 'a.member_id'),
        )
        .select(['a.member_id', 'a.balance', 'l.ledger', 'p.lots'])
        .execute();
      const problems: string[] = [];
      for (const r of rows) {
        const ledger = Number(r.ledger ?? 0);
        const lots = Number(r.lots ?? 0);
        // A negative balance (clawback policy allow_negative) means every lot is empty.
        const lotsOk = r.balance >= 0 ? lots === r.balance : lots === 0;
        if (ledger !== r.balance || !lotsOk)
          problems.push(`member ${r.member_id}: balance ${r.balance}, ledger ${ledger}, lots ${lots}`);
      }
      return problems.slice(0, 20);
    },
  },
  {
    name: 'cards: every item’s sessions left equal its session ledger, never below zero',
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
                e.fn.sum<number>('delta').as('sum'),
              ])
              .groupBy(['tenant_id', 'member_card_id', 'item_code'])
              .as('l'),
          (j) =>
            j
              .onRef('l.tenant_id', '=', 'i.tenant_id')
              .onRef('l.member_card_id', '=', 'i.member_card_id')
              .onRef('l.item_code', '=', 'i.item_code'),
        )
        .select(['i.member_card_id', 'i.item_code', 'i.sessions_left', 'l.sum'])
        .where('i.sessions_total', 'is not', null)
        .where((eb) =>
          eb.or([
            eb('i.sessions_left', '<', 0),
            eb('i.sessions_left', '!=', eb.fn.coalesce('l.sum', sql<number>`0`)),
          ]),
        )
        .limit(20)
        .execute();
      return rows.map(
        (r) =>
          `card ${r.member_card_id} item ${r.item_code}: ${r.sessions_left} left, ledger ${Number(r.sum ?? 0)}`,
      );
    },
  },
  ...INVENTORY_CHECKS,
  ...COMMISSION_CHECKS,
  ...COUPON_CHECKS,
  ...FEEDBACK_CHECKS,
  ...CARD_CHECKS,
  ...APPOINTMENT_CHECKS,
  ...GIFT_CARD_CHECKS,
  ...HISTORY_CHECKS,
  ...FACT_CHECKS,
  ...STORED_VALUE_ORIGIN_CHECKS,
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
