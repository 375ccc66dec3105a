import type { Ctx } from '../../shared/context.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';

/**
 * The stores a report covers: the one asked for (if the actor may see it), else every store the
 * actor is bound to; 'all' for owners and finance without a filter (tenant-wide rows included).
 */
export function reportStores(ctx: Ctx, storeId: string | undefined): readonly string[] | 'all' {
  requirePermission(ctx.actor, 'reports.read');
  if (storeId) {
    requireStore(ctx.actor, storeId);
    return [storeId];
  }
  return ctx.actor.storeIds;
}
