import { forUpdate } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { type GiftCardRow, postGiftCard } from './ledger.ts';
import { type GiftCardView, toGiftCardView } from './queries.ts';

/**
 * Voids a locked card: its balance leaves through a `void` ledger row (so balance = sum of ledger
 * still holds), then the status turns void. A void card never pays or takes money again.
 */
async function writeOff(
  ctx: Ctx,
  card: GiftCardRow,
  entry: { storeId: string; refType: string; refId: string; reason: string },
): Promise<GiftCardRow> {
  const after = await postGiftCard(ctx, {
    giftCardId: card.id,
    kind: 'void',
    deltaCents: -card.balance_cents,
    storeId: entry.storeId,
    refType: entry.refType,
    refId: entry.refId,
    note: entry.reason,
  });
  if (after !== 0) throw new Error('gift card balance moved under its lock');
  const at = ctx.now.toISOString();
  await ctx.db
    .updateTable('gift_cards')
    .set({ status: 'void', voided_at: at, void_reason: entry.reason, updated_at: at })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', card.id)
    .execute();
  return { ...card, balance_cents: 0, status: 'void', voided_at: at, void_reason: entry.reason };
}

async function lockCard(ctx: Ctx, where: { id: string } | { orderId: string; lineNo: number }) {
  let q = ctx.db.selectFrom('gift_cards').selectAll().where('tenant_id', '=', ctx.tenantId);
  q =
    'id' in where
      ? q.where('id', '=', where.id)
      : q.where('sold_order_id', '=', where.orderId).where('sold_line_no', '=', where.lineNo);
  const row = await forUpdate(ctx.db, q).executeTakeFirst();
  if (!row) throw new AppError('GIFT_CARD_NOT_FOUND', 'No such gift card', where);
  return row;
}

/** The back office voids a card (lost, fraud, sold in error): permission, reason and audit. */
export async function voidGiftCard(ctx: Ctx, id: string, input: { reason: string }): Promise<GiftCardView> {
  requirePermission(ctx.actor, 'giftcards.manage');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', 'Say why', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const card = await lockCard(tx, { id });
    requireStore(tx.actor, card.store_id);
    if (card.status !== 'active')
      throw new AppError('GIFT_CARD_NOT_ACTIVE', 'This gift card is already void', { giftCardId: id });
    const voided = await writeOff(tx, card, {
      storeId: card.store_id,
      refType: 'manual',
      refId: tx.requestId,
      reason,
    });
    await recordAudit(tx, {
      action: 'giftcards.void',
      entity: 'gift_card',
      entityId: id,
      storeId: card.store_id,
      before: { status: card.status, balanceCents: card.balance_cents },
      after: { status: 'void', reason },
    });
    return toGiftCardView(voided);
  });
}

/**
 * Refunding the sale of a card takes the card back: only while it still holds its whole face value
 * (never spent, or every spend refunded to it). A card that was used is refused (GIFT_CARD_USED):
 * the bearer may already have had goods for it, and money back for unspent value is not given.
 */
export async function takeBackSoldGiftCard(
  ctx: Ctx,
  input: { orderId: string; lineNo: number; storeId: string; refundId: string; reason: string },
): Promise<GiftCardView> {
  const card = await lockCard(ctx, { orderId: input.orderId, lineNo: input.lineNo });
  if (card.status !== 'active')
    throw new AppError('GIFT_CARD_NOT_ACTIVE', 'This gift card is already void', { giftCardId: card.id });
  if (card.balance_cents !== card.face_value_cents)
    throw new AppError('GIFT_CARD_USED', 'This gift card has been used; its sale cannot be refunded', {
      giftCardId: card.id,
      balanceCents: card.balance_cents,
      faceValueCents: card.face_value_cents,
    });
  const voided = await writeOff(ctx, card, {
    storeId: input.storeId,
    refType: 'refund',
    refId: input.refundId,
    reason: input.reason,
  });
  return toGiftCardView(voided);
}
