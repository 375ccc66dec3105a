import type { Selectable } from 'kysely';
import type { Db, RolesTable } from '../../db/schema.ts';
import type { Actor } from '../../shared/context.ts';
import type { Permission } from './permissions.ts';
import { selectRolesOfUsers, selectStoresOfUsers } from './queries.ts';
import { rolePermissions } from './roles.ts';

export interface StaffUser {
  id: string;
  username: string;
  display_name: string;
  all_stores: 0 | 1;
}

/** A signed-in user's permissions (union of their roles) and the stores they may act in. */
export async function loadActor(db: Db, tenantId: string, user: StaffUser): Promise<Actor> {
  const [roles, stores] = await Promise.all([
    selectRolesOfUsers(db, tenantId, [user.id]),
    user.all_stores ? Promise.resolve([]) : selectStoresOfUsers(db, tenantId, [user.id]),
  ]);
  return toActor(user, roles, stores);
}

/** The actor from rows already read (the session lookup reads them with the session). */
export function toActor(
  user: StaffUser,
  roles: readonly Pick<Selectable<RolesTable>, 'code' | 'builtin' | 'permissions'>[],
  stores: readonly { store_id: string }[],
): Actor {
  const permissions = new Set<Permission>();
  for (const role of roles) for (const code of rolePermissions(role)) permissions.add(code);
  return {
    kind: 'user',
    userId: user.id,
    name: user.display_name || user.username,
    permissions,
    storeIds: user.all_stores ? 'all' : stores.map((s) => s.store_id),
  };
}
