import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { hasPermission, requireStore } from '../auth/permissions.ts';
import { findOrder } from './queries.ts';

/** The stores whose feedback the actor sees (the ids a list is filtered by). */
export function storeScope(ctx: Ctx): readonly string[] | 'all' {
  return ctx.actor.storeIds;
}

/** A store filter inside the actor's scope: asking for another store is STORE_FORBIDDEN. */
export function scopedStores(ctx: Ctx, storeId: string | undefined): readonly string[] | 'all' {
  if (storeId) {
    requireStore(ctx.actor, storeId);
    return [storeId];
  }
  return storeScope(ctx);
}

/** An order the staff actor may give feedback on: it exists and is in one of their stores. */
export async function loadStaffOrder(ctx: Ctx, orderId: string) {
  const order = await findOrder(ctx.db, ctx.tenantId, orderId);
  if (!order) throw new AppError('ORDER_NOT_FOUND', 'No such order', { orderId });
  requireStore(ctx.actor, order.store_id);
  return order;
}

/**
 * An order of this member. Another member's order answers ORDER_NOT_FOUND, the same as a
 * missing one, so a member learns nothing about orders that are not theirs.
 */
export async function loadMemberOrder(ctx: Ctx, memberId: string, orderId: string) {
  const order = await findOrder(ctx.db, ctx.tenantId, orderId);
  if (!order || order.member_id !== memberId)
    throw new AppError('ORDER_NOT_FOUND', 'No such order', { orderId });
  return order;
}

export function canManage(ctx: Ctx): boolean {
  return hasPermission(ctx.actor, 'feedback.manage');
}
