import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from './access.ts';
import type { LevelChangeReason } from './levels.ts';
import { selectLevelHistory } from './queries.ts';

export interface LevelChange {
  id: string;
  fromLevelId: string | null;
  toLevelId: string | null;
  reason: LevelChangeReason;
  at: string;
  actorUserId: string | null;
}

/** A member's level changes, newest first (a handful per member, so no paging). */
export async function listLevelHistory(ctx: Ctx, memberId: string): Promise<LevelChange[]> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const rows = await selectLevelHistory(ctx.db, ctx.tenantId, memberId);
  return rows.map((row) => ({
    id: row.id,
    fromLevelId: row.from_level_id,
    toLevelId: row.to_level_id,
    reason: row.reason as LevelChangeReason,
    at: row.at,
    actorUserId: row.actor_user_id,
  }));
}
