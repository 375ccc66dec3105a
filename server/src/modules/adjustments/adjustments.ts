import type { Selectable } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { AdjustmentAccount, AdjustmentRequestsTable, AdjustmentStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { adjustSessions } from '../cards/adjust-sessions.ts';
import { adjustPoints } from '../points/adjust-points.ts';
import { moveStoredValue } from '../wallet/stored-value.ts';

export interface Adjustment {
  id: string;
  memberId: string;
  storeId: string;
  account: AdjustmentAccount;
  principalDeltaCents: number;
  bonusDeltaCents: number;
  pointsDelta: number;
  memberCardId: string | null;
  itemCode: string | null;
  sessionsDelta: number;
  valueCents: number;
  reason: string;
  status: AdjustmentStatus;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string;
}

export function toAdjustment(row: Selectable<AdjustmentRequestsTable>): Adjustment {
  return {
    id: row.id,
    memberId: row.member_id,
    storeId: row.store_id,
    account: row.account,
    principalDeltaCents: row.principal_delta,
    bonusDeltaCents: row.bonus_delta,
    pointsDelta: row.points_delta,
    memberCardId: row.member_card_id,
    itemCode: row.item_code,
    sessionsDelta: row.sessions_delta,
    valueCents: row.value_cents,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}

/** The request row, locked on PostgreSQL so two approvers cannot both apply it. */
export async function loadAdjustment(ctx: Ctx, id: string): Promise<Selectable<AdjustmentRequestsTable>> {
  const q = ctx.db
    .selectFrom('adjustment_requests')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id);
  const row = await forUpdate(ctx.db, q).executeTakeFirst();
  if (!row) throw new AppError('ADJUSTMENT_NOT_FOUND', 'No such adjustment', { adjustmentId: id });
  return row;
}

/**
 * Applies a pending or immediate adjustment: the ledger movement and the status change happen
 * together, and only from `pending` (a guarded update), so an adjustment applies at most once.
 */
export async function applyAdjustment(
  ctx: Ctx,
  row: Selectable<AdjustmentRequestsTable>,
  decidedBy: string,
  note = '',
): Promise<Adjustment> {
  const at = ctx.now.toISOString();
  const claimed = await ctx.db
    .updateTable('adjustment_requests')
    .set({ status: 'applied', decided_by: decidedBy, decided_at: at, decision_note: note })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1)
    throw new AppError('ADJUSTMENT_DECIDED', 'This adjustment was already decided');
  await applyMovement(ctx, row);
  return toAdjustment({
    ...row,
    status: 'applied',
    decided_by: decidedBy,
    decided_at: at,
    decision_note: note,
  });
}

/** The ledger movement an adjustment stands for, through the owning module's guarded update. */
async function applyMovement(ctx: Ctx, row: Selectable<AdjustmentRequestsTable>): Promise<void> {
  const common = { storeId: row.store_id, note: row.reason };
  if (row.account === 'stored_value') {
    await moveStoredValue(ctx, {
      ...common,
      memberId: row.member_id,
      kind: 'adjustment',
      refType: 'adjustment',
      refId: row.id,
      principalDelta: row.principal_delta,
      bonusDelta: row.bonus_delta,
    });
  } else if (row.account === 'points') {
    await adjustPoints(ctx, { ...common, memberId: row.member_id, delta: row.points_delta, refId: row.id });
  } else {
    if (!row.member_card_id || !row.item_code) throw new Error('card adjustment without its card');
    await adjustSessions(ctx, {
      ...common,
      cardId: row.member_card_id,
      itemCode: row.item_code,
      delta: row.sessions_delta,
      refId: row.id,
    });
  }
}
