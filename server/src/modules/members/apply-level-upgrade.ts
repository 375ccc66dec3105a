import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { basisTotal, changeMemberLevel, type LevelChangeReason, type LevelMove, levelFor } from './levels.ts';
import { selectLevels, selectMember } from './queries.ts';

/**
 * Raises a member to the highest level their basis total reaches, at once and in the caller's
 * transaction, so a recharge (or sale) that crosses a threshold commits with its upgrade. Never
 * lowers a level: only the yearly review does. No permission of its own: it is a consequence of
 * the caller's already-authorised write. Null when the level stays.
 */
export async function applyLevelUpgrade(
  ctx: Ctx,
  memberId: string,
  reason: LevelChangeReason,
): Promise<LevelMove | null> {
  return inTransaction(ctx, async (tx) => {
    const levels = await selectLevels(tx.db, tx.tenantId);
    if (levels.length === 0) return null;
    const member = await selectMember(tx.db, tx.tenantId, memberId, { lock: true });
    if (!member) throw new AppError('MEMBER_NOT_FOUND', 'No such member', { memberId });
    if (member.status === 'erased') return null;
    const { settings } = await getTenantProfile(tx);
    const total = basisTotal(member, settings.levelBasis);
    const target = levelFor(levels, total);
    const current = levels.find((l) => l.id === member.level_id) ?? null;
    if (!target || (current && target.rank <= current.rank)) return null;
    const moved = await changeMemberLevel(tx, {
      memberId,
      storeId: member.home_store_id,
      from: current,
      to: target,
      reason,
      basis: settings.levelBasis,
      total,
    });
    return moved ? { memberId, fromLevelId: current?.id ?? null, toLevelId: target.id } : null;
  });
}
