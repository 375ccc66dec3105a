import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Permission, requirePermission } from './permissions.ts';
import { selectRolesByIds } from './queries.ts';
import { type RoleView, toRoleView } from './roles.ts';

function assertHeld(ctx: Ctx, permissions: readonly Permission[]): void {
  if (ctx.actor.kind === 'system') return;
  const missing = permissions.filter((p) => !ctx.actor.permissions.has(p));
  if (missing.length)
    throw new AppError('FORBIDDEN', 'A role cannot carry permissions you do not hold', { missing });
}

async function loadCustomRole(ctx: Ctx, roleId: string) {
  const [row] = await selectRolesByIds(ctx.db, ctx.tenantId, [roleId]);
  if (!row) throw new AppError('ROLE_NOT_FOUND', 'No such role', { roleId });
  if (row.builtin)
    throw new AppError('BUILTIN_ROLE_READONLY', 'Built-in roles cannot be changed; copy one instead');
  return row;
}

/** Custom roles: a code, a name and a set of permissions (all held by whoever creates them). */
export async function createRole(
  ctx: Ctx,
  input: { code: string; name: string; permissions: Permission[] },
): Promise<RoleView> {
  requirePermission(ctx.actor, 'roles.manage');
  assertHeld(ctx, input.permissions);
  return inTransaction(ctx, async (tx) => {
    const taken = await tx.db
      .selectFrom('roles')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken)
      throw new AppError('ROLE_CODE_TAKEN', `Role code ${input.code} is already used`, { field: 'code' });
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('roles')
      .values({
        tenant_id: tx.tenantId,
        id,
        code: input.code,
        name: input.name,
        permissions: JSON.stringify([...new Set(input.permissions)]),
        builtin: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const role = toRoleView((await selectRolesByIds(tx.db, tx.tenantId, [id]))[0]!);
    await recordAudit(tx, { action: 'role.create', entity: 'role', entityId: id, after: role });
    return role;
  });
}

export async function updateRole(
  ctx: Ctx,
  roleId: string,
  patch: { name?: string; permissions?: Permission[] },
): Promise<RoleView> {
  requirePermission(ctx.actor, 'roles.manage');
  if (patch.permissions) assertHeld(ctx, patch.permissions);
  return inTransaction(ctx, async (tx) => {
    const before = toRoleView(await loadCustomRole(tx, roleId));
    await tx.db
      .updateTable('roles')
      .set({
        name: patch.name ?? before.name,
        permissions: JSON.stringify([...new Set(patch.permissions ?? before.permissions)]),
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', roleId)
      .execute();
    const after = toRoleView((await selectRolesByIds(tx.db, tx.tenantId, [roleId]))[0]!);
    await recordAudit(tx, { action: 'role.update', entity: 'role', entityId: roleId, before, after });
    return after;
  });
}

export async function deleteRole(ctx: Ctx, roleId: string): Promise<void> {
  requirePermission(ctx.actor, 'roles.manage');
  await inTransaction(ctx, async (tx) => {
    const before = toRoleView(await loadCustomRole(tx, roleId));
    const inUse = await tx.db
      .selectFrom('user_roles')
      .select('user_id')
      .where('tenant_id', '=', tx.tenantId)
      .where('role_id', '=', roleId)
      .executeTakeFirst();
    if (inUse) throw new AppError('ROLE_IN_USE', 'Users still hold this role');
    await tx.db.deleteFrom('roles').where('tenant_id', '=', tx.tenantId).where('id', '=', roleId).execute();
    await recordAudit(tx, { action: 'role.delete', entity: 'role', entityId: roleId, before });
  });
}
