import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from './permissions.ts';
import { replaceUserRoles, replaceUserStores, updateUserRow } from './queries.ts';
import {
  assertCanGrant,
  assertCanManage,
  assertStoresExist,
  countActiveOwners,
  loadUserView,
  type StaffUserView,
} from './users.ts';

export interface UserPatch {
  displayName?: string;
  phone?: string;
  roleIds?: string[];
  storeIds?: string[];
  allStores?: boolean;
}

export async function updateUser(ctx: Ctx, userId: string, patch: UserPatch): Promise<StaffUserView> {
  requirePermission(ctx.actor, 'users.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadUserView(tx.db, tx.tenantId, userId);
    assertCanManage(tx.actor, before);
    const roleIds = patch.roleIds ?? before.roles.map((r) => r.id);
    const allStores = patch.allStores ?? before.allStores;
    const storeIds = allStores ? [] : (patch.storeIds ?? before.storeIds);
    if (patch.roleIds || patch.storeIds || patch.allStores !== undefined) {
      const roles = await assertCanGrant(tx.db, tx.tenantId, tx.actor, { roleIds, storeIds, allStores });
      await assertStoresExist(tx.db, tx.tenantId, storeIds);
      const wasOwner = before.roles.some((r) => r.code === 'owner');
      if (
        wasOwner &&
        !roles.some((r) => r.code === 'owner') &&
        (await countActiveOwners(tx.db, tx.tenantId, userId)) === 0
      ) {
        throw new AppError('LAST_OWNER', 'The last owner cannot lose the owner role');
      }
      await replaceUserRoles(tx.db, tx.tenantId, userId, [...new Set(roleIds)]);
      await replaceUserStores(tx.db, tx.tenantId, userId, [...new Set(storeIds)]);
    }
    await updateUserRow(tx.db, tx.tenantId, userId, {
      display_name: patch.displayName ?? before.displayName,
      phone: patch.phone ?? before.phone,
      all_stores: allStores ? 1 : 0,
      updated_at: tx.now.toISOString(),
    });
    const after = await loadUserView(tx.db, tx.tenantId, userId);
    await recordAudit(tx, {
      action: 'user.update',
      entity: 'user',
      entityId: userId,
      storeId: after.storeIds[0] ?? null,
      before,
      after,
    });
    return after;
  });
}
