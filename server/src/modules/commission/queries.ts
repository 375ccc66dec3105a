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

/**
 * Each person's commissionable volume (sum of bases, refunds netted) from `from` up to `until`.
 * Sales (cards sold over the counter included) and recharges are two volumes: money recharged is
 * spent later on sales, so one sum would count it twice; each rule's tiers read its own.
 */
export async function volumesOf(
  db: Db,
  tenantId: string,
  staffIds: readonly string[],
  from: string,
  until: string,
  stream: 'sale' | 'recharge' = 'sale',
): Promise<Map<string, number>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('commission_ledger')
    .select(['staff_user_id', sql<number>`sum(base_cents)`.as('volume')])
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', 'in', [...new Set(staffIds)])
    .where((eb) =>
      stream === 'recharge'
        ? eb.or([eb('kind', '=', 'recharge'), eb('ref_type', '=', 'recharge_refund')])
        : eb.or([
            eb('kind', '=', 'sale'),
            eb.and([eb('kind', '=', 'refund'), eb('ref_type', '!=', 'recharge_refund')]),
          ]),
    )
    .where('at', '>=', from)
    .where('at', '<=', until)
    .groupBy('staff_user_id')
    .execute();
  return new Map(rows.map((r) => [r.staff_user_id, Number(r.volume ?? 0)]));
}

/** The catalog product that sells a card product at the till, if any: its rule prices direct issues too. */
export async function productOfCardProduct(
  db: Db,
  tenantId: string,
  cardProductId: string,
): Promise<{ id: string; category_id: string | null } | null> {
  const row = await db
    .selectFrom('products')
    .select(['id', 'category_id'])
    .where('tenant_id', '=', tenantId)
    .where('card_product_id', '=', cardProductId)
    .orderBy('status')
    .orderBy('id')
    .executeTakeFirst();
  return row ?? null;
}
