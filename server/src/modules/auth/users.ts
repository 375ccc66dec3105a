import type { Selectable } from 'kysely';
import type { Db, RolesTable, UsersTable } from '../../db/schema.ts';
import type { Actor } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { selectRolesByIds, selectRolesOfUsers, selectStoresOfUsers, selectUsersByIds } from './queries.ts';
import { rolePermissions } from './roles.ts';

export interface StaffUserView {
  id: string;
  username: string;
  displayName: string;
  phone: string;
  status: 'active' | 'disabled';
  allStores: boolean;
  roles: { id: string; code: string; name: string }[];
  storeIds: string[];
  createdAt: string;
}

/** Batch-shaped: one query each for roles and stores, whatever the number of users. */
export async function toUserViews(
  db: Db,
  tenantId: string,
  rows: Selectable<UsersTable>[],
): Promise<StaffUserView[]> {
  const ids = rows.map((r) => r.id);
  const [roles, stores] = await Promise.all([
    selectRolesOfUsers(db, tenantId, ids),
    selectStoresOfUsers(db, tenantId, ids),
  ]);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    phone: r.phone,
    status: r.status,
    allStores: r.all_stores === 1,
    roles: roles.filter((x) => x.user_id === r.id).map((x) => ({ id: x.id, code: x.code, name: x.name })),
    storeIds: stores.filter((x) => x.user_id === r.id).map((x) => x.store_id),
    createdAt: r.created_at,
  }));
}

export async function loadUserView(db: Db, tenantId: string, userId: string): Promise<StaffUserView> {
  const rows = await selectUsersByIds(db, tenantId, [userId]);
  const [view] = await toUserViews(db, tenantId, rows);
  if (!view) throw new AppError('USER_NOT_FOUND', 'No such user', { userId });
  return view;
}

/**
 * Nobody hands out more than they hold: every permission of the granted roles must be the
 * granter's own, and a store-bound manager can only assign their own stores.
 */
export async function assertCanGrant(
  db: Db,
  tenantId: string,
  actor: Actor,
  grant: { roleIds: readonly string[]; storeIds: readonly string[]; allStores: boolean },
): Promise<Selectable<RolesTable>[]> {
  const roles = await selectRolesByIds(db, tenantId, grant.roleIds);
  if (roles.length !== new Set(grant.roleIds).size) {
    throw new AppError('ROLE_NOT_FOUND', 'One of the roles does not exist', { field: 'roleIds' });
  }
  if (actor.kind === 'system') return roles;
  for (const role of roles) {
    for (const p of rolePermissions(role)) {
      if (!actor.permissions.has(p)) {
        throw new AppError('FORBIDDEN', `You cannot grant the role ${role.code}`, { permission: p });
      }
    }
  }
  if (actor.storeIds !== 'all') {
    const own = actor.storeIds;
    if (grant.allStores || grant.storeIds.some((id) => !own.includes(id))) {
      throw new AppError('STORE_FORBIDDEN', 'You can only assign your own stores', { field: 'storeIds' });
    }
  }
  return roles;
}

/** A store-bound manager manages only users who work solely in the manager's stores. */
export function assertCanManage(actor: Actor, target: StaffUserView): void {
  if (actor.storeIds === 'all') return;
  const own = actor.storeIds;
  if (target.allStores || target.storeIds.some((id) => !own.includes(id))) {
    throw new AppError('STORE_FORBIDDEN', 'This user works in stores you do not manage', {
      userId: target.id,
    });
  }
}

export async function assertStoresExist(
  db: Db,
  tenantId: string,
  storeIds: readonly string[],
): Promise<void> {
  if (storeIds.length === 0) return;
  const found = await db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', storeIds)
    .execute();
  if (found.length !== new Set(storeIds).size) {
    throw new AppError('STORE_NOT_FOUND', 'One of the stores does not exist', { field: 'storeIds' });
  }
}

/** Active users holding the owner role; the last one can be neither disabled nor demoted. */
export async function countActiveOwners(db: Db, tenantId: string, excludingUserId?: string): Promise<number> {
  let q = db
    .selectFrom('user_roles as ur')
    .innerJoin('roles as r', (j) =>
      j.onRef('r.tenant_id', '=', 'ur.tenant_id').onRef('r.id', '=', 'ur.role_id'),
    )
    .innerJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'ur.tenant_id').onRef('u.id', '=', 'ur.user_id'),
    )
    .select((eb) => eb.fn.count<number>('u.id').distinct().as('n'))
    .where('ur.tenant_id', '=', tenantId)
    .where('r.code', '=', 'owner')
    .where('u.status', '=', 'active');
  if (excludingUserId) q = q.where('u.id', '!=', excludingUserId);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}
