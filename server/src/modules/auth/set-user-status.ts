import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { requirePermission } from './permissions.ts';
import { deleteSessionsOfUser, updateUserRow } from './queries.ts';
import { assertCanManage, countActiveOwners, loadUserView, type StaffUserView } from './users.ts';

/** Disabling a user ends their sessions at once; the account and its history stay. */
export async function setUserStatus(
  ctx: Ctx,
  userId: string,
  status: 'active' | 'disabled',
): Promise<StaffUserView> {
  requirePermission(ctx.actor, 'users.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadUserView(tx.db, tx.tenantId, userId);
    assertCanManage(tx.actor, before);
    if (status === 'disabled') {
      if (userId === tx.actor.userId)
        throw new AppError('CANNOT_DISABLE_SELF', 'You cannot disable your own account');
      if (
        before.roles.some((r) => r.code === 'owner') &&
        (await countActiveOwners(tx.db, tx.tenantId, userId)) === 0
      ) {
        throw new AppError('LAST_OWNER', 'The last owner cannot be disabled');
      }
      await deleteSessionsOfUser(tx.db, tx.tenantId, userId);
    }
    await updateUserRow(tx.db, tx.tenantId, userId, { status, updated_at: tx.now.toISOString() });
    const after = await loadUserView(tx.db, tx.tenantId, userId);
    await recordAudit(tx, {
      action: status === 'disabled' ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: userId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/** A manager sets a new password for someone who forgot theirs; their sessions end. */
export async function resetUserPassword(ctx: Ctx, userId: string, newPassword: string): Promise<void> {
  requirePermission(ctx.actor, 'users.manage');
  assertStrongPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx, async (tx) => {
    const target = await loadUserView(tx.db, tx.tenantId, userId);
    assertCanManage(tx.actor, target);
    const at = tx.now.toISOString();
    await updateUserRow(tx.db, tx.tenantId, userId, {
      password_hash: passwordHash,
      password_changed_at: at,
      updated_at: at,
    });
    await deleteSessionsOfUser(tx.db, tx.tenantId, userId);
    await recordAudit(tx, { action: 'user.reset_password', entity: 'user', entityId: userId });
  });
}
