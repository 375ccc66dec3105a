import type { Db } from '../../db/schema.ts';
import { systemCtx } from '../../shared/context.ts';
import { localDayOf } from '../../shared/time.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import {
  addNewMember,
  addRecharge,
  addRechargeRefund,
  addRefund,
  addSale,
  FACT_COUNTERS,
  FACT_KEYS,
  FACT_TABLES,
  type Facts,
  factKey,
  newFacts,
} from './compute-facts.ts';
import { loadRefundEvents, loadSaleEvents } from './load-events.ts';

const PAGE = 1000;
const INSERT_ROWS = 400;

/** Pages of ids of a tenant's rows, in id order (keyset), so a tenant of any size reads in flat memory. */
async function* idPages(db: Db, table: 'orders' | 'refunds', tenantId: string) {
  let after: string | null = null;
  for (;;) {
    let q = db.selectFrom(table).select('id').where('tenant_id', '=', tenantId);
    if (after) q = q.where('id', '>', after);
    const ids = (await q.orderBy('id').limit(PAGE).execute()).map((r) => r.id);
    if (ids.length) yield ids;
    if (ids.length < PAGE) return;
    after = ids.at(-1)!;
  }
}

/**
 * A tenant's facts computed from the raw rows: every order and refund, every recharge (and its
 * refund), every member registered here. Imported sales history is not in them: it has no store,
 * till or tender, and analytics reads it from its own tables.
 */
export async function computeTenantFacts(db: Db, tenantId: string): Promise<Facts> {
  const { timezone } = await getTenantProfile(systemCtx(db, tenantId));
  const facts = newFacts();
  for await (const ids of idPages(db, 'orders', tenantId))
    for (const e of await loadSaleEvents(db, tenantId, ids, timezone)) addSale(facts, e);
  for await (const ids of idPages(db, 'refunds', tenantId))
    for (const e of await loadRefundEvents(db, tenantId, ids, timezone)) addRefund(facts, e);
  const recharges = await db
    .selectFrom('recharges')
    .select([
      'store_id',
      'member_id',
      'principal_cents',
      'bonus_cents',
      'status',
      'refunded_principal_cents',
      'created_at',
      'refunded_at',
    ])
    .where('tenant_id', '=', tenantId)
    .execute();
  for (const r of recharges) {
    addRecharge(facts, {
      day: localDayOf(new Date(r.created_at), timezone),
      storeId: r.store_id,
      memberId: r.member_id,
      principalCents: Number(r.principal_cents),
      bonusCents: Number(r.bonus_cents),
    });
    if (r.status === 'refunded' && r.refunded_at)
      addRechargeRefund(facts, {
        day: localDayOf(new Date(r.refunded_at), timezone),
        storeId: r.store_id,
        principalCents: Number(r.refunded_principal_cents),
      });
  }
  const members = await db
    .selectFrom('members')
    .select(['home_store_id', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('member_ref', 'is', null)
    .execute();
  for (const m of members)
    addNewMember(facts, { day: localDayOf(new Date(m.created_at), timezone), homeStoreId: m.home_store_id });
  return facts;
}

/**
 * Replaces a tenant's facts with ones computed from the raw rows, in one transaction: running it
 * twice gives the same tables. Run it while the tenant is not selling (a sale committed between
 * the read and the commit would be lost until the next rebuild; `cli check` would say so).
 */
export async function rebuildTenantFacts(db: Db, tenantId: string): Promise<Record<string, number>> {
  const facts = await computeTenantFacts(db, tenantId);
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const table of FACT_TABLES) {
      await trx.deleteFrom(table).where('tenant_id', '=', tenantId).execute();
      const rows = [...facts.get(table)!.values()].map((r) => ({
        tenant_id: tenantId,
        ...r.key,
        ...Object.fromEntries(FACT_COUNTERS[table].map((c) => [c, r.counts[c] ?? 0])),
      }));
      for (let i = 0; i < rows.length; i += INSERT_ROWS)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + INSERT_ROWS) as never)
          .execute();
      counts[table] = rows.length;
    }
  });
  return counts;
}

/** Where a tenant's stored facts differ from the raw rows (at most `limit` differences). */
export async function factDifferences(db: Db, tenantId: string, limit = 20): Promise<string[]> {
  const expected = await computeTenantFacts(db, tenantId);
  const problems: string[] = [];
  for (const table of FACT_TABLES) {
    const stored = await db
      .selectFrom(table as 'fact_store_days')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    const want = expected.get(table)!;
    const seen = new Set<string>();
    const compare = (id: string, have: Record<string, unknown> | undefined) => {
      const row = want.get(id);
      for (const c of FACT_COUNTERS[table]) {
        const a = Number(have?.[c] ?? 0);
        const b = row?.counts[c] ?? 0;
        if (a !== b && problems.length < limit)
          problems.push(`${table} ${id}: ${c} is ${a}, raw rows give ${b}`);
      }
    };
    for (const s of stored) {
      const key = Object.fromEntries(
        FACT_KEYS[table].map((k) => [k, String((s as Record<string, unknown>)[k])]),
      );
      const id = factKey(table, key);
      seen.add(id);
      compare(id, s as unknown as Record<string, unknown>);
    }
    for (const id of want.keys()) if (!seen.has(id)) compare(id, undefined);
  }
  return problems;
}
