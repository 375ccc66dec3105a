import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';

/**
 * Commission reads two facts it does not own, read-only: a product's category and the category
 * tree (catalog), to find the nearest category rule of a sold line.
 */
export async function categoriesOfProducts(
  db: Db,
  tenantId: string,
  productIds: readonly string[],
): Promise<Map<string, string | null>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('products')
    .select(['id', 'category_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(productIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.category_id]));
}

export async function categoryTree(db: Db, tenantId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'parent_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** Each person's commissionable volume (sum of bases, refunds netted) from `from` up to `until`. */
export async function volumesOf(
  db: Db,
  tenantId: string,
  staffIds: readonly string[],
  from: string,
  until: string,
): Promise<Map<string, number>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('commission_ledger')
    .select(['staff_user_id', sql<number>`sum(base_cents)`.as('volume')])
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', 'in', [...new Set(staffIds)])
    .where('kind', 'in', ['sale', 'refund'])
    .where('at', '>=', from)
    .where('at', '<=', until)
    .groupBy('staff_user_id')
    .execute();
  return new Map(rows.map((r) => [r.staff_user_id, Number(r.volume ?? 0)]));
}
