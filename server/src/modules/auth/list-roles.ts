import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from './permissions.ts';
import { selectRoles } from './queries.ts';
import { type RoleView, toRoleView } from './roles.ts';

export async function listRoles(ctx: Ctx): Promise<RoleView[]> {
  requirePermission(ctx.actor, 'users.read');
  return (await selectRoles(ctx.db, ctx.tenantId)).map(toRoleView);
}
