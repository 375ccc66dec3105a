import type { ComplaintNoteKind, ComplaintStatus, FeedbackChannel } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { loadMember } from '../members/access.ts';
import { loadMemberOrder, loadStaffOrder } from './access.ts';
import { type ComplaintView, loadComplaintView } from './get-complaint.ts';
import { userName } from './queries.ts';

export const COMPLAINT_CATEGORIES = [
  'service',
  'staff',
  'product',
  'price',
  'wait',
  'environment',
  'billing',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export interface ComplaintInput {
  /** The store it is about; taken from the order when one is named. */
  storeId?: string;
  memberId?: string | null;
  orderId?: string | null;
  category: ComplaintCategory;
  description: string;
  followUpOn?: string | null;
  /** Assign at once (status becomes assigned). */
  assigneeUserId?: string | null;
}

/**
 * One history row; the complaint's notes are append-only. Call after writing the complaint row in
 * the same transaction: that row's lock orders concurrent writers, so seq never repeats.
 */
export async function appendNote(
  ctx: Ctx,
  complaintId: string,
  note: {
    kind: ComplaintNoteKind;
    text: string;
    from?: ComplaintStatus | null;
    to?: ComplaintStatus | null;
    assigneeUserId?: string | null;
    followUpOn?: string | null;
  },
): Promise<void> {
  const last = await ctx.db
    .selectFrom('complaint_notes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
  await ctx.db
    .insertInto('complaint_notes')
    .values({
      tenant_id: ctx.tenantId,
      id: uuidv7(ctx.now.getTime()),
      complaint_id: complaintId,
      seq: Number(last?.seq ?? 0) + 1,
      at: ctx.now.toISOString(),
      author_user_id: ctx.actor.userId,
      author_name: ctx.actor.name,
      kind: note.kind,
      from_status: note.from ?? null,
      to_status: note.to ?? null,
      assignee_user_id: note.assigneeUserId ?? null,
      follow_up_on: note.followUpOn ?? null,
      text: note.text,
    })
    .execute();
}

export async function requireAssignee(ctx: Ctx, userId: string): Promise<string> {
  const name = await userName(ctx.db, ctx.tenantId, userId);
  if (name === null) throw new AppError('USER_NOT_FOUND', 'No such user', { assigneeUserId: userId });
  return name;
}

async function insertComplaint(
  ctx: Ctx,
  input: ComplaintInput & { storeId: string; memberId: string | null; orderId: string | null },
  channel: FeedbackChannel,
): Promise<string> {
  if (input.assigneeUserId) await requireAssignee(ctx, input.assigneeUserId);
  return inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const id = uuidv7(tx.now.getTime());
    const status: ComplaintStatus = input.assigneeUserId ? 'assigned' : 'new';
    await tx.db
      .insertInto('complaints')
      .values({
        tenant_id: tx.tenantId,
        id,
        store_id: input.storeId,
        member_id: input.memberId,
        order_id: input.orderId,
        category: input.category,
        description: input.description,
        status,
        assignee_user_id: input.assigneeUserId ?? null,
        follow_up_on: input.followUpOn ?? null,
        resolution: '',
        channel,
        created_by: tx.actor.userId,
        created_at: at,
        updated_at: at,
        resolved_at: null,
        closed_at: null,
      })
      .execute();
    await appendNote(tx, id, {
      kind: 'created',
      text: input.description,
      to: 'new',
      followUpOn: input.followUpOn ?? null,
    });
    if (input.assigneeUserId)
      await appendNote(tx, id, {
        kind: 'assign',
        text: '',
        from: 'new',
        to: 'assigned',
        assigneeUserId: input.assigneeUserId,
      });
    await recordAudit(tx, {
      action: 'complaint.create',
      entity: 'complaint',
      entityId: id,
      storeId: input.storeId,
      after: { ...input, status, channel },
    });
    return id;
  });
}

/** Staff log a complaint: about a visit (order), a member, or just a store. */
export async function fileComplaint(ctx: Ctx, input: ComplaintInput): Promise<ComplaintView> {
  requirePermission(ctx.actor, 'feedback.record');
  // Handing work to someone is managing the complaint.
  if (input.assigneeUserId) requirePermission(ctx.actor, 'feedback.manage');
  let storeId = input.storeId;
  let memberId = input.memberId ?? null;
  if (input.orderId) {
    const order = await loadStaffOrder(ctx, input.orderId);
    if (storeId && storeId !== order.store_id)
      throw new AppError('VALIDATION_FAILED', 'The order was rung up in another store', { field: 'storeId' });
    if (memberId && order.member_id !== memberId)
      throw new AppError('VALIDATION_FAILED', 'The order belongs to another member', { field: 'memberId' });
    storeId = order.store_id;
    memberId = order.member_id;
  }
  if (!storeId) throw new AppError('VALIDATION_FAILED', 'Name the store or the order', { field: 'storeId' });
  requireStore(ctx.actor, storeId);
  if (memberId) await loadMember(ctx, memberId);
  const id = await insertComplaint(
    ctx,
    { ...input, storeId, memberId, orderId: input.orderId ?? null },
    'staff',
  );
  return loadComplaintView(ctx, id);
}

/**
 * A member complains about one of their visits (portal). The caller has proven the member; the
 * complaint starts new and unassigned, whatever the input says.
 */
export async function fileMemberComplaint(
  ctx: Ctx,
  memberId: string,
  input: { orderId: string; category: ComplaintCategory; description: string },
): Promise<ComplaintView> {
  const order = await loadMemberOrder(ctx, memberId, input.orderId);
  const id = await insertComplaint(
    ctx,
    {
      category: input.category,
      description: input.description,
      storeId: order.store_id,
      memberId,
      orderId: order.id,
    },
    'member',
  );
  return loadComplaintView(ctx, id);
}
