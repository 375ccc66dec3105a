import type { Insertable, Updateable } from 'kysely';
import type { Db, StoresTable, TenantsTable } from '../../db/schema.ts';

export async function selectTenantByCode(db: Db, code: string) {
  return db.selectFrom('tenants').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function selectTenant(db: Db, tenantId: string) {
  return db.selectFrom('tenants').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

/** Up to two tenants: enough to know whether a sign-in may omit the tenant code. */
export async function selectFirstTenants(db: Db) {
  return db.selectFrom('tenants').selectAll().orderBy('created_at').limit(2).execute();
}

export async function selectActiveTenantIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('tenants').select('tenant_id').where('status', '=', 'active').execute();
  return rows.map((r) => r.tenant_id);
}

export async function insertTenant(db: Db, row: Insertable<TenantsTable>): Promise<void> {
  await db.insertInto('tenants').values(row).execute();
}

export async function updateTenantRow(db: Db, tenantId: string, patch: Updateable<TenantsTable>) {
  await db.updateTable('tenants').set(patch).where('tenant_id', '=', tenantId).execute();
}

export async function selectStores(db: Db, tenantId: string, storeIds?: readonly string[]) {
  let q = db.selectFrom('stores').selectAll().where('tenant_id', '=', tenantId);
  if (storeIds) {
    if (storeIds.length === 0) return [];
    q = q.where('id', 'in', storeIds);
  }
  return q.orderBy('code').execute();
}

export async function selectStore(db: Db, tenantId: string, storeId: string) {
  return db
    .selectFrom('stores')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', storeId)
    .executeTakeFirst();
}

export async function selectStoreByCode(db: Db, tenantId: string, code: string) {
  return db
    .selectFrom('stores')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertStore(db: Db, row: Insertable<StoresTable>): Promise<void> {
  await db.insertInto('stores').values(row).execute();
}

export async function updateStoreRow(
  db: Db,
  tenantId: string,
  storeId: string,
  patch: Updateable<StoresTable>,
) {
  await db
    .updateTable('stores')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', storeId)
    .execute();
}
