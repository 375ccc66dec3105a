import type { ComplaintNoteKind, ComplaintStatus, FeedbackChannel } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { canActInStore, hasPermission } from '../auth/permissions.ts';

export interface ComplaintView {
  id: string;
  storeId: string;
  memberId: string | null;
  memberName: string | null;
  orderId: string | null;
  orderNo: string | null;
  category: string;
  description: string;
  status: ComplaintStatus;
  assigneeUserId: string | null;
  assigneeName: string | null;
  followUpOn: string | null;
  resolution: string;
  channel: FeedbackChannel;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
}

export interface ComplaintNoteView {
  id: string;
  at: string;
  authorUserId: string | null;
  authorName: string;
  kind: ComplaintNoteKind;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus | null;
  assigneeUserId: string | null;
  followUpOn: string | null;
  text: string;
}

export function complaintsQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('complaints as c')
    .leftJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.id', '=', 'c.member_id'),
    )
    .leftJoin('orders as o', (j) =>
      j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.order_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.assignee_user_id'),
    )
    .selectAll('c')
    .select(['m.name as member_name', 'o.order_no', 'u.display_name as assignee_name'])
    .where('c.tenant_id', '=', ctx.tenantId);
}

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof complaintsQuery>['executeTakeFirst']>>>;

export function toComplaintView(r: Row): ComplaintView {
  return {
    id: r.id,
    storeId: r.store_id,
    memberId: r.member_id,
    memberName: r.member_name,
    orderId: r.order_id,
    orderNo: r.order_no,
    category: r.category,
    description: r.description,
    status: r.status,
    assigneeUserId: r.assignee_user_id,
    assigneeName: r.assignee_name,
    followUpOn: r.follow_up_on,
    resolution: r.resolution,
    channel: r.channel,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
  };
}

export async function loadComplaintView(ctx: Ctx, id: string): Promise<ComplaintView> {
  const row = await complaintsQuery(ctx).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('COMPLAINT_NOT_FOUND', 'No such complaint', { complaintId: id });
  return toComplaintView(row);
}

/**
 * A complaint the actor may see: with feedback.read in its store, or as its assignee. Anything
 * else answers COMPLAINT_NOT_FOUND, as for another tenant's id.
 */
export async function loadVisibleComplaint(ctx: Ctx, id: string): Promise<ComplaintView> {
  const c = await loadComplaintView(ctx, id);
  const reader = hasPermission(ctx.actor, 'feedback.read') && canActInStore(ctx.actor, c.storeId);
  if (!reader && c.assigneeUserId !== ctx.actor.userId)
    throw new AppError('COMPLAINT_NOT_FOUND', 'No such complaint', { complaintId: id });
  return c;
}

export async function complaintNotes(ctx: Ctx, id: string): Promise<ComplaintNoteView[]> {
  const rows = await ctx.db
    .selectFrom('complaint_notes')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('complaint_id', '=', id)
    .orderBy('seq')
    .execute();
  return rows.map((n) => ({
    id: n.id,
    at: n.at,
    authorUserId: n.author_user_id,
    authorName: n.author_name,
    kind: n.kind,
    fromStatus: n.from_status,
    toStatus: n.to_status,
    assigneeUserId: n.assignee_user_id,
    followUpOn: n.follow_up_on,
    text: n.text,
  }));
}

/** One complaint with its whole history, oldest note first. */
export async function getComplaint(ctx: Ctx, id: string) {
  const complaint = await loadVisibleComplaint(ctx, id);
  return { ...complaint, notes: await complaintNotes(ctx, id) };
}
