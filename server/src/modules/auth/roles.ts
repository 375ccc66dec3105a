import type { Selectable } from 'kysely';
import type { RolesTable } from '../../db/schema.ts';
import { BUILTIN_ROLES, type BuiltinRoleCode, isPermission, type Permission } from './permissions.ts';

export interface RoleView {
  id: string;
  code: string;
  name: string;
  permissions: Permission[];
  builtin: boolean;
}

/**
 * Built-in roles take their permissions from the code, so an upgrade that adds a permission (a new
 * module) reaches every tenant's owners and cashiers without a data migration.
 */
export function rolePermissions(
  row: Pick<Selectable<RolesTable>, 'code' | 'builtin' | 'permissions'>,
): Permission[] {
  if (row.builtin && row.code in BUILTIN_ROLES)
    return [...BUILTIN_ROLES[row.code as BuiltinRoleCode].permissions];
  return (JSON.parse(row.permissions) as string[]).filter(isPermission);
}

export function toRoleView(row: Selectable<RolesTable>): RoleView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    permissions: rolePermissions(row),
    builtin: row.builtin === 1,
  };
}
