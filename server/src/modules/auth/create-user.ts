import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { requirePermission } from './permissions.ts';
import { insertUser, replaceUserRoles, replaceUserStores, selectUserByUsername } from './queries.ts';
import { assertCanGrant, assertStoresExist, loadUserView, type StaffUserView } from './users.ts';

export interface NewUser {
  username: string;
  displayName: string;
  phone?: string;
  password: string;
  roleIds: string[];
  storeIds: string[];
  allStores?: boolean;
}

export async function createUser(ctx: Ctx, input: NewUser): Promise<StaffUserView> {
  requirePermission(ctx.actor, 'users.manage');
  assertStrongPassword(input.password);
  const username = input.username.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const allStores = input.allStores ?? false;
    await assertCanGrant(tx.db, tx.tenantId, tx.actor, {
      roleIds: input.roleIds,
      storeIds: input.storeIds,
      allStores,
    });
    await assertStoresExist(tx.db, tx.tenantId, input.storeIds);
    if (await selectUserByUsername(tx.db, tx.tenantId, username)) {
      throw new AppError('USERNAME_TAKEN', `Username ${username} is already used`, { field: 'username' });
    }
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await insertUser(tx.db, {
      tenant_id: tx.tenantId,
      id,
      username,
      display_name: input.displayName,
      phone: input.phone ?? '',
      password_hash: passwordHash,
      status: 'active',
      all_stores: allStores ? 1 : 0,
      password_changed_at: at,
      created_at: at,
      updated_at: at,
    });
    await replaceUserRoles(tx.db, tx.tenantId, id, [...new Set(input.roleIds)]);
    await replaceUserStores(tx.db, tx.tenantId, id, allStores ? [] : [...new Set(input.storeIds)]);
    const user = await loadUserView(tx.db, tx.tenantId, id);
    await recordAudit(tx, {
      action: 'user.create',
      entity: 'user',
      entityId: id,
      storeId: user.storeIds[0] ?? null,
      after: user,
    });
    return user;
  });
}
