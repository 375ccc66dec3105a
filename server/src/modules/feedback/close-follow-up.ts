import type { FollowUpOutcome } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { canActInStore, requirePermission } from '../auth/permissions.ts';
import { canManage } from './access.ts';
import { type ComplaintCategory, fileComplaint } from './file-complaint.ts';
import { type FollowUpView, followUpsQuery, toFollowUpView } from './list-follow-ups.ts';
import { findOrder } from './queries.ts';
import { insertRating } from './record-rating.ts';

export const FOLLOW_UP_OUTCOMES = [
  'contacted',
  'no_answer',
  'complaint_raised',
  'declined',
  'wrong_number',
] as const satisfies readonly FollowUpOutcome[];

export interface CloseFollowUpInput {
  outcome: FollowUpOutcome;
  note?: string;
  /** With outcome complaint_raised: the complaint to log about the visit, in the same step. */
  complaint?: { category: ComplaintCategory; description: string };
  /** The member rated the visit on the call: recorded with the task, credited as usual. */
  rating?: { score: number; comment?: string };
}

async function loadTask(ctx: Ctx, id: string) {
  const row = await followUpsQuery(ctx).where('f.id', '=', id).executeTakeFirst();
  // Someone else's task outside the actor's stores is not there for them.
  const mine = row?.staff_user_id === ctx.actor.userId;
  if (!row || (!mine && !canActInStore(ctx.actor, row.store_id)))
    throw new AppError('FOLLOW_UP_NOT_FOUND', 'No such follow-up task', { followUpId: id });
  return row;
}

/**
 * Records how the follow-up call went and closes the task: the assignee closes their own,
 * feedback.manage anyone's in their stores. A task closes once (guarded on status = open).
 */
export async function closeFollowUp(ctx: Ctx, id: string, input: CloseFollowUpInput): Promise<FollowUpView> {
  const task = await loadTask(ctx, id);
  if (task.staff_user_id !== ctx.actor.userId && !canManage(ctx))
    requirePermission(ctx.actor, 'feedback.manage');
  if (input.complaint && input.outcome !== 'complaint_raised')
    throw new AppError('VALIDATION_FAILED', 'A complaint goes with the outcome complaint_raised', {
      field: 'complaint',
    });
  if (task.status !== 'open')
    throw new AppError('FOLLOW_UP_CLOSED', 'This task is already closed', { followUpId: id });
  await inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const closed = await tx.db
      .updateTable('follow_up_tasks')
      .set({
        status: 'done',
        outcome: input.outcome,
        note: input.note ?? '',
        closed_at: at,
        closed_by: tx.actor.userId,
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1)
      throw new AppError('FOLLOW_UP_CLOSED', 'This task is already closed', { followUpId: id });
    if (input.rating) {
      const order = await findOrder(tx.db, tx.tenantId, task.order_id);
      if (order) await insertRating(tx, order, { orderId: order.id, ...input.rating }, 'staff');
    }
    let complaintId: string | null = null;
    if (input.complaint) {
      // Logged as the caller: whoever made the call heard the complaint.
      const complaint = await fileComplaint(
        { ...tx, actor: { ...tx.actor, permissions: new Set([...tx.actor.permissions, 'feedback.record']) } },
        { orderId: task.order_id, ...input.complaint },
      );
      complaintId = complaint.id;
      await tx.db
        .updateTable('follow_up_tasks')
        .set({ complaint_id: complaintId })
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', id)
        .execute();
    }
    await recordAudit(tx, {
      action: 'follow_up.close',
      entity: 'follow_up',
      entityId: id,
      storeId: task.store_id,
      before: { status: 'open' },
      after: {
        status: 'done',
        outcome: input.outcome,
        note: input.note ?? '',
        complaintId,
        rating: input.rating ?? null,
      },
    });
  });
  return toFollowUpView(ctx, await loadTask(ctx, id));
}
