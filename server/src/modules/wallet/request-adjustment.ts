import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type Adjustment, applyAdjustment, loadAdjustment, toAdjustment } from './adjustments.ts';

export interface AdjustmentInput {
  memberId: string;
  storeId: string;
  principalDeltaCents: number;
  bonusDeltaCents: number;
  reason: string;
}

/**
 * A manual correction of a member's stored value, with a reason. Up to the tenant's approval
 * threshold it applies at once; above it, it waits for someone else with wallet.approve.
 */
export async function requestAdjustment(ctx: Ctx, input: AdjustmentInput): Promise<Adjustment> {
  requirePermission(ctx.actor, 'wallet.adjust');
  requireStore(ctx.actor, input.storeId);
  const principal = fen(input.principalDeltaCents);
  const bonus = fen(input.bonusDeltaCents);
  if (principal === 0 && bonus === 0)
    throw new AppError('INVALID_AMOUNT', 'An adjustment changes something', { field: 'principalDeltaCents' });
  if (!input.reason.trim()) throw new AppError('VALIDATION_FAILED', 'Say why', { field: 'reason' });
  const requester = ctx.actor.userId;
  if (!requester) throw new AppError('FORBIDDEN', 'Adjustments are made by a signed-in person');
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    const { settings } = await getTenantProfile(tx);
    const id = uuidv7(tx.now.getTime());
    await tx.db
      .insertInto('adjustment_requests')
      .values({
        tenant_id: tx.tenantId,
        id,
        member_id: member.id,
        store_id: input.storeId,
        account: 'stored_value',
        principal_delta: principal,
        bonus_delta: bonus,
        reason: input.reason.trim(),
        status: 'pending',
        requested_by: requester,
        requested_at: tx.now.toISOString(),
        decided_by: null,
        decided_at: null,
        decision_note: '',
      })
      .execute();
    const row = await loadAdjustment(tx, id);
    const needsApproval =
      settings.approvalThresholdCents > 0 &&
      Math.abs(principal) + Math.abs(bonus) > settings.approvalThresholdCents;
    const result = needsApproval ? toAdjustment(row) : await applyAdjustment(tx, row, requester);
    await recordAudit(tx, {
      action: needsApproval ? 'wallet.adjustment_requested' : 'wallet.adjustment_applied',
      entity: 'adjustment',
      entityId: id,
      storeId: input.storeId,
      after: result,
    });
    return result;
  });
}
