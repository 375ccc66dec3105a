import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadLevel, toLevelView } from './levels.ts';
import { countMembersAtLevel, deleteLevelRow } from './queries.ts';

/**
 * Deletes a level nobody holds. The level row is locked first, so a member cannot be moved onto it
 * between the count and the delete. History rows keep the deleted level's id.
 */
export async function deleteLevel(ctx: Ctx, levelId: string): Promise<void> {
  requirePermission(ctx.actor, 'levels.manage');
  await inTransaction(ctx, async (tx) => {
    const before = toLevelView(await loadLevel(tx, levelId, { lock: true }));
    const holders = await countMembersAtLevel(tx.db, tx.tenantId, levelId);
    if (holders > 0)
      throw new AppError('LEVEL_IN_USE', `${holders} member(s) hold this level`, {
        levelId,
        members: holders,
      });
    await deleteLevelRow(tx.db, tx.tenantId, levelId);
    await recordAudit(tx, { action: 'level.delete', entity: 'level', entityId: levelId, before });
  });
}
