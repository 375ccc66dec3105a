import type { ComplaintStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { canManage } from './access.ts';
import { appendNote, requireAssignee } from './file-complaint.ts';
import { type ComplaintView, loadComplaintView, loadVisibleComplaint } from './get-complaint.ts';
import { requireTransition } from './workflow.ts';

export interface StatusChange {
  status: ComplaintStatus;
  /** Required for assigned. */
  assigneeUserId?: string;
  /** Required for resolved: what was done. */
  resolution?: string;
  note?: string;
  followUpOn?: string | null;
}

/**
 * Moves a complaint along its workflow. Managers (feedback.manage) make every move; the
 * assignee may resolve their own. The update is guarded by the status read, so two people
 * moving one complaint at once cannot both succeed: the second gets COMPLAINT_TRANSITION_INVALID.
 */
export async function changeComplaintStatus(
  ctx: Ctx,
  id: string,
  change: StatusChange,
): Promise<ComplaintView> {
  const before = await loadVisibleComplaint(ctx, id);
  const ownResolve =
    change.status === 'resolved' &&
    before.assigneeUserId !== null &&
    before.assigneeUserId === ctx.actor.userId;
  if (!ownResolve) requirePermission(ctx.actor, 'feedback.manage');
  requireTransition(before.status, change.status);
  if (change.status === 'assigned' && !change.assigneeUserId)
    throw new AppError('VALIDATION_FAILED', 'Name whom to assign it to', { field: 'assigneeUserId' });
  if (change.status === 'resolved' && !change.resolution?.trim())
    throw new AppError('VALIDATION_FAILED', 'Say how it was resolved', { field: 'resolution' });
  if (change.assigneeUserId) await requireAssignee(ctx, change.assigneeUserId);

  await inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const set = {
      status: change.status,
      updated_at: at,
      ...(change.status === 'assigned' ? { assignee_user_id: change.assigneeUserId ?? null } : {}),
      ...(change.status === 'resolved' ? { resolution: change.resolution ?? '', resolved_at: at } : {}),
      ...(change.status === 'closed' ? { closed_at: at } : {}),
      ...(change.followUpOn !== undefined ? { follow_up_on: change.followUpOn } : {}),
    };
    const moved = await tx.db
      .updateTable('complaints')
      .set(set)
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .where('status', '=', before.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) {
      const now = await loadComplaintView(tx, id);
      requireTransition(now.status, change.status);
      throw new AppError('COMPLAINT_TRANSITION_INVALID', 'The complaint changed meanwhile; reload it', {
        from: now.status,
        to: change.status,
      });
    }
    const reassign = before.status === 'assigned' && change.status === 'assigned';
    await appendNote(tx, id, {
      kind: reassign || change.status === 'assigned' ? 'assign' : 'status',
      text: [change.resolution, change.note].filter((s) => s?.trim()).join('\n'),
      from: before.status,
      to: change.status,
      assigneeUserId: change.assigneeUserId ?? null,
      followUpOn: change.followUpOn ?? null,
    });
    await recordAudit(tx, {
      action: 'complaint.status',
      entity: 'complaint',
      entityId: id,
      storeId: before.storeId,
      before: { status: before.status, assigneeUserId: before.assigneeUserId },
      after: { status: change.status, assigneeUserId: change.assigneeUserId ?? before.assigneeUserId },
    });
  });
  return loadComplaintView(ctx, id);
}

/**
 * Adds a note (and optionally moves the follow-up date). Managers and the assignee may write;
 * notes are history, so even a closed complaint takes one.
 */
export async function addComplaintNote(
  ctx: Ctx,
  id: string,
  input: { text: string; followUpOn?: string | null },
): Promise<ComplaintView> {
  const c = await loadVisibleComplaint(ctx, id);
  if (!canManage(ctx) && c.assigneeUserId !== ctx.actor.userId)
    requirePermission(ctx.actor, 'feedback.manage');
  await inTransaction(ctx, async (tx) => {
    // Always touches the row: its lock orders this note after any concurrent writer's.
    await tx.db
      .updateTable('complaints')
      .set({
        updated_at: tx.now.toISOString(),
        ...(input.followUpOn !== undefined ? { follow_up_on: input.followUpOn } : {}),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await appendNote(tx, id, { kind: 'note', text: input.text, followUpOn: input.followUpOn ?? null });
    await recordAudit(tx, {
      action: 'complaint.note',
      entity: 'complaint',
      entityId: id,
      storeId: c.storeId,
      before: { followUpOn: c.followUpOn },
      after: { text: input.text, followUpOn: input.followUpOn ?? c.followUpOn },
    });
  });
  return loadComplaintView(ctx, id);
}
