import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type LevelView, toLevelView } from './levels.ts';
import { selectLevels } from './queries.ts';

/** The tenant's levels, lowest rank first. */
export async function listLevels(ctx: Ctx): Promise<LevelView[]> {
  requirePermission(ctx.actor, 'members.read');
  return (await selectLevels(ctx.db, ctx.tenantId)).map(toLevelView);
}
