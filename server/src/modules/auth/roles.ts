import type { Selectable } from 'kysely';
import type { RolesTable } from '../../db/schema.ts';
import { isPermission, type Permission } from './permissions.ts';

export interface RoleView {
  id: string;
  code: string;
  name: string;
  permissions: Permission[];
  builtin: boolean;
}

export function toRoleView(row: Selectable<RolesTable>): RoleView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    permissions: (JSON.parse(row.permissions) as string[]).filter(isPermission),
    builtin: row.builtin === 1,
  };
}
