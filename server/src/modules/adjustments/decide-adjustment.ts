import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { type Adjustment, applyAdjustment, loadAdjustment, toAdjustment } from './adjustments.ts';

/** The second person: approve applies the adjustment; the requester can never approve their own. */
export async function decideAdjustment(
  ctx: Ctx,
  adjustmentId: string,
  decision: { approve: boolean; note?: string },
): Promise<Adjustment> {
  requirePermission(ctx.actor, 'wallet.approve');
  const approver = ctx.actor.userId;
  if (!approver) throw new AppError('FORBIDDEN', 'Approvals are made by a signed-in person');
  return inTransaction(ctx, async (tx) => {
    const row = await loadAdjustment(tx, adjustmentId);
    requireStore(tx.actor, row.store_id);
    await loadMember(tx, row.member_id);
    if (row.status !== 'pending')
      throw new AppError('ADJUSTMENT_DECIDED', 'This adjustment was already decided');
    if (row.requested_by === approver)
      throw new AppError('SELF_APPROVAL', 'Someone other than the requester must approve');
    let result: Adjustment;
    if (decision.approve) {
      assertActive(await loadMember(tx, row.member_id, { lock: true }));
      result = await applyAdjustment(tx, row, approver, decision.note);
    } else {
      const at = tx.now.toISOString();
      await tx.db
        .updateTable('adjustment_requests')
        .set({ status: 'rejected', decided_by: approver, decided_at: at, decision_note: decision.note ?? '' })
        .where('tenant_id', '=', tx.tenantId)
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .execute();
      result = toAdjustment({
        ...row,
        status: 'rejected',
        decided_by: approver,
        decided_at: at,
        decision_note: decision.note ?? '',
      });
    }
    await recordAudit(tx, {
      action: decision.approve ? 'wallet.adjustment_approved' : 'wallet.adjustment_rejected',
      entity: 'adjustment',
      entityId: row.id,
      storeId: row.store_id,
      before: toAdjustment(row),
      after: result,
    });
    return result;
  });
}

/** The approval queue (and history): store-bound users see their stores' requests. */
export async function listAdjustments(
  ctx: Ctx,
  filter: { status?: Adjustment['status']; memberId?: string },
): Promise<Adjustment[]> {
  requirePermission(ctx.actor, 'members.read');
  let q = ctx.db.selectFrom('adjustment_requests').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.memberId) q = q.where('member_id', '=', filter.memberId);
  if (ctx.actor.storeIds !== 'all') {
    if (ctx.actor.storeIds.length === 0) return [];
    q = q.where('store_id', 'in', ctx.actor.storeIds);
  }
  return (await q.orderBy('requested_at', 'desc').limit(200).execute()).map(toAdjustment);
}
