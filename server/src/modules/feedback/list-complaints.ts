import type { ComplaintStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { hasPermission, requirePermission } from '../auth/permissions.ts';
import { scopedStores } from './access.ts';
import { type ComplaintView, complaintsQuery, toComplaintView } from './get-complaint.ts';

export interface ComplaintFilter {
  status?: ComplaintStatus;
  storeId?: string;
  category?: string;
  assigneeUserId?: string;
  memberId?: string;
  /** Open complaints whose follow-up date is on or before this day (YYYY-MM-DD). */
  followUpBy?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/**
 * Complaints of the actor's stores, newest first. Without feedback.read a person lists only the
 * complaints assigned to them (assigneeUserId = themselves), wherever they are.
 */
export async function listComplaints(ctx: Ctx, f: ComplaintFilter): Promise<Page<ComplaintView>> {
  const ownOnly = !hasPermission(ctx.actor, 'feedback.read');
  if (ownOnly && (!ctx.actor.userId || f.assigneeUserId !== ctx.actor.userId))
    requirePermission(ctx.actor, 'feedback.read');
  const stores = ownOnly ? 'all' : scopedStores(ctx, f.storeId);
  const limit = Math.min(f.limit ?? 50, 200);
  const after = f.cursor ? decodeCursor<{ at: string; id: string }>(f.cursor) : null;
  let q = complaintsQuery(ctx);
  if (stores !== 'all') q = q.where('c.store_id', 'in', stores.length ? stores : ['-']);
  if (ownOnly && f.storeId) q = q.where('c.store_id', '=', f.storeId);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.category) q = q.where('c.category', '=', f.category);
  if (f.assigneeUserId) q = q.where('c.assignee_user_id', '=', f.assigneeUserId);
  if (f.memberId) q = q.where('c.member_id', '=', f.memberId);
  if (f.followUpBy)
    q = q
      .where('c.follow_up_on', '<=', f.followUpBy)
      .where('c.status', 'in', ['new', 'assigned', 'resolved']);
  if (f.from) q = q.where('c.created_at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('c.created_at', '<', new Date(f.to).toISOString());
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('c.created_at', '<', after.at),
        eb.and([eb('c.created_at', '=', after.at), eb('c.id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toComplaintView);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
