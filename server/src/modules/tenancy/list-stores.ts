import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { selectStores } from './queries.ts';
import { type Store, toStore } from './stores.ts';

/** The stores the actor may see: all of them for tenant-wide roles, else their assigned ones. */
export async function listStores(ctx: Ctx): Promise<Store[]> {
  requirePermission(ctx.actor, 'stores.read');
  const rows = await selectStores(
    ctx.db,
    ctx.tenantId,
    ctx.actor.storeIds === 'all' ? undefined : ctx.actor.storeIds,
  );
  return rows.map(toStore);
}
