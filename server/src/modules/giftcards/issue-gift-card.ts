import type { GiftCardSource } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { fen } from '../../shared/money.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { hashGiftCardCode, newGiftCardCode } from './codes.ts';
import { postGiftCard } from './ledger.ts';
import { type GiftCardView, toGiftCardView } from './queries.ts';

const MAX_FACE_CENTS = 10_000_000; // ¥100,000

export interface IssueGiftCardInput {
  faceValueCents: number;
  storeId: string;
  source: GiftCardSource;
  expiresAt?: string | null;
  soldOrderId?: string | null;
  soldLineNo?: number | null;
  memberId?: string | null;
  refType: string;
  refId: string;
  note?: string;
}

/** A new card and its code: the only time the full code exists outside the card itself. */
export interface IssuedGiftCard {
  card: GiftCardView;
  code: string;
}

/**
 * Creates an active card with its face value on it: the card row at zero, then the `issue` ledger
 * row that brings it to face value, in the caller's transaction (a sale, an exchange) or its own.
 */
export async function issueGiftCard(ctx: Ctx, input: IssueGiftCardInput): Promise<IssuedGiftCard> {
  const face = fen(input.faceValueCents);
  if (face <= 0 || face > MAX_FACE_CENTS)
    throw new AppError('INVALID_AMOUNT', 'A gift card holds ¥0.01–¥100,000', { field: 'faceValueCents' });
  if (input.expiresAt && input.expiresAt <= ctx.now.toISOString())
    throw new AppError('VALIDATION_FAILED', 'The expiry is in the past', { field: 'expiresAt' });
  return inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const id = uuidv7(tx.now.getTime());
    // A code collision (1 in 10^18 per pair) is retried with a fresh code rather than failing.
    let code = '';
    for (let attempt = 0; ; attempt++) {
      code = newGiftCardCode();
      const inserted = await tx.db
        .insertInto('gift_cards')
        .values({
          tenant_id: tx.tenantId,
          id,
          code_hash: hashGiftCardCode(tx.tenantId, code),
          last4: code.slice(-4),
          face_value_cents: face,
          balance_cents: 0,
          status: 'active',
          expires_at: input.expiresAt ?? null,
          store_id: input.storeId,
          source: input.source,
          sold_order_id: input.soldOrderId ?? null,
          sold_line_no: input.soldLineNo ?? null,
          member_id: input.memberId ?? null,
          issued_by: tx.actor.userId,
          issued_at: at,
          voided_at: null,
          void_reason: '',
          note: input.note?.trim() ?? '',
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'code_hash']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) break;
      if (attempt >= 5) throw new Error('could not draw a free gift card code');
    }
    const balance = await postGiftCard(tx, {
      giftCardId: id,
      kind: 'issue',
      deltaCents: face,
      storeId: input.storeId,
      refType: input.refType,
      refId: input.refId,
      note: input.note,
    });
    if (balance !== face) throw new Error('gift card issue did not land');
    const row = await tx.db
      .selectFrom('gift_cards')
      .selectAll()
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { card: toGiftCardView(row), code };
  });
}

/** The back office issues a card outside a sale (a goodwill gift, a prize): permission, reason, audit. */
export async function issueGiftCardByHand(
  ctx: Ctx,
  input: { faceValueCents: number; storeId: string; expiresAt?: string | null; reason: string },
): Promise<IssuedGiftCard> {
  requirePermission(ctx.actor, 'giftcards.manage');
  requireStore(ctx.actor, input.storeId);
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', 'Say why', { field: 'reason' });
  return inTransaction(ctx, async (tx) => {
    const store = await tx.db
      .selectFrom('stores')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', input.storeId)
      .executeTakeFirst();
    if (!store) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId: input.storeId });
    const issued = await issueGiftCard(tx, {
      faceValueCents: input.faceValueCents,
      storeId: input.storeId,
      source: 'manual',
      expiresAt: input.expiresAt ?? null,
      refType: 'manual',
      refId: tx.requestId,
      note: reason,
    });
    await recordAudit(tx, {
      action: 'giftcards.issue',
      entity: 'gift_card',
      entityId: issued.card.id,
      storeId: input.storeId,
      after: { last4: issued.card.last4, faceValueCents: issued.card.faceValueCents, reason },
    });
    return issued;
  });
}
