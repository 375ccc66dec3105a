import type { AdjustmentAccount } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type Permission, requirePermission, requireStore } from '../auth/permissions.ts';
import { loadCard, loadCardItems } from '../cards/cards.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import type { TenantSettings } from '../tenancy/settings.ts';
import { type Adjustment, applyAdjustment, loadAdjustment, toAdjustment } from './adjustments.ts';

/** What is being corrected: stored value (principal/bonus), points, or one item of a card. */
export type AdjustmentSpec =
  | { account: 'stored_value'; principalDeltaCents: number; bonusDeltaCents: number }
  | { account: 'points'; pointsDelta: number }
  | { account: 'card_sessions'; cardId: string; itemCode: string; sessionsDelta: number };

export type AdjustmentInput = AdjustmentSpec & { memberId: string; storeId: string; reason: string };

const PERMISSION: Record<AdjustmentAccount, Permission> = {
  stored_value: 'wallet.adjust',
  points: 'points.adjust',
  card_sessions: 'cards.adjust',
};

/**
 * A manual correction of a member's stored value, points or card sessions, with a reason. Up to
 * the tenant's approval threshold (compared with the value of the change in fen) it applies at
 * once; above it, it waits for someone else with wallet.approve.
 */
export async function requestAdjustment(ctx: Ctx, input: AdjustmentInput): Promise<Adjustment> {
  requirePermission(ctx.actor, PERMISSION[input.account]);
  requireStore(ctx.actor, input.storeId);
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', 'Say why', { field: 'reason' });
  const requester = ctx.actor.userId;
  if (!requester) throw new AppError('FORBIDDEN', 'Adjustments are made by a signed-in person');
  return inTransaction(ctx, async (tx) => {
    const member = await loadMember(tx, input.memberId, { lock: true });
    assertActive(member);
    const { settings } = await getTenantProfile(tx);
    const deltas = await deltasOf(tx, input, settings);
    const id = uuidv7(tx.now.getTime());
    await tx.db
      .insertInto('adjustment_requests')
      .values({
        tenant_id: tx.tenantId,
        id,
        member_id: member.id,
        store_id: input.storeId,
        account: input.account,
        ...deltas,
        reason,
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
      settings.approvalThresholdCents > 0 && deltas.value_cents > settings.approvalThresholdCents;
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

/** The row's deltas, validated, and the value in fen the approval threshold compares. */
async function deltasOf(ctx: Ctx, input: AdjustmentInput, settings: TenantSettings) {
  const none = {
    principal_delta: 0,
    bonus_delta: 0,
    points_delta: 0,
    member_card_id: null,
    item_code: null,
    sessions_delta: 0,
  };
  const nothing = (field: string) =>
    new AppError('INVALID_AMOUNT', 'An adjustment changes something', { field });
  if (input.account === 'stored_value') {
    const principal = fen(input.principalDeltaCents);
    const bonus = fen(input.bonusDeltaCents);
    if (principal === 0 && bonus === 0) throw nothing('principalDeltaCents');
    return {
      ...none,
      principal_delta: principal,
      bonus_delta: bonus,
      value_cents: Math.abs(principal) + Math.abs(bonus),
    };
  }
  if (input.account === 'points') {
    const points = input.pointsDelta;
    if (!Number.isSafeInteger(points) || points === 0) throw nothing('pointsDelta');
    // Points are worth what they would take off an order.
    const value = Math.ceil((Math.abs(points) * 100) / settings.pointsPerYuanRedeemed);
    return { ...none, points_delta: points, value_cents: value };
  }
  const sessions = input.sessionsDelta;
  if (!Number.isSafeInteger(sessions) || sessions === 0) throw nothing('sessionsDelta');
  const card = await loadCard(ctx, input.cardId);
  if (card.member_id !== input.memberId)
    throw new AppError('CARD_NOT_FOUND', 'This member holds no such card');
  const items = await loadCardItems(ctx, [card.id]);
  const item = items.find((i) => i.item_code === input.itemCode);
  if (!item)
    throw new AppError('CARD_ITEM_NOT_FOUND', 'This card does not include that item', {
      itemCode: input.itemCode,
    });
  if (item.sessions_total === null)
    throw new AppError('VALIDATION_FAILED', 'A time card item has no sessions to adjust', {
      field: 'itemCode',
    });
  const after = (item.sessions_left ?? 0) + sessions;
  if (after < 0 || after > item.sessions_total)
    throw new AppError('VALIDATION_FAILED', 'Sessions stay between zero and what the card was sold with', {
      field: 'sessionsDelta',
    });
  // Sessions are worth their share of what the card was sold for.
  const sold = items.reduce((s, i) => s + (i.sessions_total ?? 0), 0);
  const value = sold > 0 ? Math.ceil((Math.abs(sessions) * card.price_cents) / sold) : 0;
  return {
    ...none,
    member_card_id: card.id,
    item_code: item.item_code,
    sessions_delta: sessions,
    value_cents: value,
  };
}
