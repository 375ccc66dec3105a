import { type ExpressionBuilder, sql } from 'kysely';
import type { DB, Db } from '../../db/schema.ts';

export type Stores = readonly string[] | 'all';
type FactTable =
  | 'fact_store_days'
  | 'fact_product_days'
  | 'fact_staff_days'
  | 'fact_payment_days'
  | 'fact_member_days';

/** tenant, day range and store scope: the filter every fact read starts with. */
export function factsOf<T extends FactTable>(
  db: Db,
  table: T,
  tenantId: string,
  from: string,
  to: string,
  stores: Stores,
) {
  return db
    .selectFrom(table as FactTable)
    .where('tenant_id', '=', tenantId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where((eb: ExpressionBuilder<DB, FactTable>) =>
      stores === 'all' ? eb.lit(true) : stores.length ? eb('store_id', 'in', stores) : eb.lit(false),
    );
}

/** sum(column) as a number (PostgreSQL answers numeric sums as text), 0 over no rows. */
export const total = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`;
export const num = (v: unknown): number => Number(v ?? 0);

export async function storeNames(db: Db, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { code: string; name: string }>();
  const rows = await db
    .selectFrom('stores')
    .select(['id', 'code', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}

export async function namesOf(
  db: Db,
  tenantId: string,
  table: 'products' | 'categories',
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom(table as 'products')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function staffNames(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
