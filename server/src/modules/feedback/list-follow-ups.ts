import type { FollowUpOutcome, FollowUpStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { hasPermission, requirePermission } from '../auth/permissions.ts';
import { maskPhone } from '../members/identity.ts';
import { scopedStores } from './access.ts';

export interface FollowUpView {
  id: string;
  orderId: string;
  orderNo: string;
  orderTotalCents: number;
  storeId: string;
  memberId: string;
  memberName: string;
  /** Masked unless the actor may see phone numbers — or the task is theirs: they must call. */
  memberPhone: string | null;
  staffUserId: string | null;
  staffName: string | null;
  visitAt: string;
  dueAt: string;
  status: FollowUpStatus;
  outcome: FollowUpOutcome | null;
  note: string;
  complaintId: string | null;
  createdAt: string;
  closedAt: string | null;
}

export function followUpsQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('follow_up_tasks as f')
    .innerJoin('orders as o', (j) =>
      j.onRef('o.tenant_id', '=', 'f.tenant_id').onRef('o.id', '=', 'f.order_id'),
    )
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'f.tenant_id').onRef('m.id', '=', 'f.member_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.id', '=', 'f.staff_user_id'),
    )
    .selectAll('f')
    .select([
      'o.order_no',
      'o.total_cents',
      'm.name as member_name',
      'm.phone',
      'u.display_name as staff_name',
    ])
    .where('f.tenant_id', '=', ctx.tenantId);
}

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof followUpsQuery>['executeTakeFirst']>>>;

export function toFollowUpView(ctx: Ctx, r: Row): FollowUpView {
  const unmasked = hasPermission(ctx.actor, 'members.phone.unmasked') || r.staff_user_id === ctx.actor.userId;
  return {
    id: r.id,
    orderId: r.order_id,
    orderNo: r.order_no,
    orderTotalCents: Number(r.total_cents),
    storeId: r.store_id,
    memberId: r.member_id,
    memberName: r.member_name,
    memberPhone: unmasked ? r.phone : maskPhone(r.phone),
    staffUserId: r.staff_user_id,
    staffName: r.staff_name,
    visitAt: r.visit_at,
    dueAt: r.due_at,
    status: r.status,
    outcome: r.outcome,
    note: r.note,
    complaintId: r.complaint_id,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

export interface FollowUpFilter {
  /** mine (default): the actor's own tasks; store: everyone's in the actor's stores (feedback.read). */
  scope?: 'mine' | 'store';
  storeId?: string;
  staffUserId?: string;
  status?: FollowUpStatus;
  cursor?: string;
  limit?: number;
}

/** Follow-up tasks, soonest due first. */
export async function listFollowUps(ctx: Ctx, f: FollowUpFilter): Promise<Page<FollowUpView>> {
  const limit = Math.min(f.limit ?? 50, 200);
  const after = f.cursor ? decodeCursor<{ due: string; id: string }>(f.cursor) : null;
  let q = followUpsQuery(ctx);
  if ((f.scope ?? 'mine') === 'mine') {
    if (!ctx.actor.userId)
      throw new AppError('VALIDATION_FAILED', 'Only a person has tasks', { field: 'scope' });
    q = q.where('f.staff_user_id', '=', ctx.actor.userId);
    if (f.storeId) q = q.where('f.store_id', '=', f.storeId);
  } else {
    requirePermission(ctx.actor, 'feedback.read');
    const stores = scopedStores(ctx, f.storeId);
    if (stores !== 'all') q = q.where('f.store_id', 'in', stores.length ? stores : ['-']);
    if (f.staffUserId) q = q.where('f.staff_user_id', '=', f.staffUserId);
  }
  if (f.status) q = q.where('f.status', '=', f.status);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('f.due_at', '>', after.due),
        eb.and([eb('f.due_at', '=', after.due), eb('f.id', '>', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('f.due_at')
    .orderBy('f.id')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => toFollowUpView(ctx, r));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ due: last.dueAt, id: last.id }) : null,
  };
}
