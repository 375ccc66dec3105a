import type { Insertable, Updateable } from 'kysely';
import { jsonRows, parseJsonRows } from '../../db/dialect.ts';
import type { Db, SessionsTable, UsersTable } from '../../db/schema.ts';

export async function selectUserByUsername(db: Db, tenantId: string, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('username', '=', username)
    .executeTakeFirst();
}

export async function selectUsersByIds(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

/** Permission lists of the given users' roles, flat: one row per (user, role). */
export async function selectRolesOfUsers(db: Db, tenantId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', (join) =>
      join.onRef('r.tenant_id', '=', 'ur.tenant_id').onRef('r.id', '=', 'ur.role_id'),
    )
    .select(['ur.user_id', 'r.id', 'r.code', 'r.name', 'r.permissions', 'r.builtin'])
    .where('ur.tenant_id', '=', tenantId)
    .where('ur.user_id', 'in', userIds)
    .orderBy('r.code')
    .execute();
}

export async function selectStoresOfUsers(db: Db, tenantId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_stores')
    .select(['user_id', 'store_id'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', 'in', userIds)
    .execute();
}

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUserRow(db: Db, tenantId: string, id: string, patch: Updateable<UsersTable>) {
  await db.updateTable('users').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function replaceUserRoles(db: Db, tenantId: string, userId: string, roleIds: readonly string[]) {
  await db.deleteFrom('user_roles').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  if (roleIds.length) {
    await db
      .insertInto('user_roles')
      .values(roleIds.map((role_id) => ({ tenant_id: tenantId, user_id: userId, role_id })))
      .execute();
  }
}

export async function replaceUserStores(
  db: Db,
  tenantId: string,
  userId: string,
  storeIds: readonly string[],
) {
  await db
    .deleteFrom('user_stores')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .execute();
  if (storeIds.length) {
    await db
      .insertInto('user_stores')
      .values(storeIds.map((store_id) => ({ tenant_id: tenantId, user_id: userId, store_id })))
      .execute();
  }
}

export async function insertSession(db: Db, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/**
 * A session with its user, the user's roles and store grants, in one statement: every
 * authenticated request runs it, so a revoked session or changed role takes effect on the next one.
 */
export async function selectSession(db: Db, tenantId: string, id: string) {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'),
    )
    .select((eb) => [
      's.id',
      's.user_id',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.username',
      'u.display_name',
      'u.status',
      'u.all_stores',
      jsonRows(
        db,
        eb
          .selectFrom('user_roles as ur')
          .innerJoin('roles as r', (join) =>
            join.onRef('r.tenant_id', '=', 'ur.tenant_id').onRef('r.id', '=', 'ur.role_id'),
          )
          .select(['r.code', 'r.permissions', 'r.builtin'])
          .whereRef('ur.tenant_id', '=', 's.tenant_id')
          .whereRef('ur.user_id', '=', 's.user_id'),
      ).as('roles'),
      jsonRows(
        db,
        eb
          .selectFrom('user_stores as us')
          .select('us.store_id')
          .whereRef('us.tenant_id', '=', 's.tenant_id')
          .whereRef('us.user_id', '=', 's.user_id'),
      ).as('stores'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, roles: parseJsonRows(row.roles), stores: parseJsonRows(row.stores) };
}

export async function touchSession(
  db: Db,
  tenantId: string,
  id: string,
  lastSeenAt: string,
  expiresAt: string,
) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, tenantId: string, userId: string, exceptId?: string) {
  let q = db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function selectRoles(db: Db, tenantId: string) {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('builtin', 'desc')
    .orderBy('code')
    .execute();
}

export async function selectRolesByIds(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('roles')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}
