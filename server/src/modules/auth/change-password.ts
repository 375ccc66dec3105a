import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';
import { deleteSessionsOfUser, selectUsersByIds, updateUserRow } from './queries.ts';

/** Changing one's own password ends every other session of that user. */
export async function changePassword(
  ctx: Ctx,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  assertStrongPassword(input.newPassword);
  const [user] = await selectUsersByIds(ctx.db, ctx.tenantId, [userId]);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', 'The current password is wrong', { field: 'currentPassword' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    await updateUserRow(tx.db, tx.tenantId, userId, {
      password_hash: passwordHash,
      password_changed_at: at,
      updated_at: at,
    });
    await deleteSessionsOfUser(tx.db, tx.tenantId, userId, sessionId);
    await recordAudit(tx, { action: 'user.change_password', entity: 'user', entityId: userId });
  });
}
