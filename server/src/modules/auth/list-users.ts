import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from './permissions.ts';
import { type StaffUserView, toUserViews } from './users.ts';

/**
 * Tenant-wide roles see every user; a store-bound manager sees the users of their stores (and
 * not the tenant-wide ones).
 */
export async function listUsers(ctx: Ctx): Promise<StaffUserView[]> {
  requirePermission(ctx.actor, 'users.read');
  let q = ctx.db.selectFrom('users').selectAll().where('tenant_id', '=', ctx.tenantId);
  const scope = ctx.actor.storeIds;
  if (scope !== 'all') {
    if (scope.length === 0) return [];
    q = q
      .where('all_stores', '=', 0)
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('user_stores')
          .select('user_id')
          .where('tenant_id', '=', ctx.tenantId)
          .where('store_id', 'in', scope),
      );
  }
  const rows = await q.orderBy('username').execute();
  return toUserViews(ctx.db, ctx.tenantId, rows);
}
