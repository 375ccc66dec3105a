import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { giftCardById, postGiftCard, unusableReason } from './ledger.ts';
import { cardByCode } from './queries.ts';

/** The ledger reference of a tender: the order and the payment's place in it. */
const paymentRef = (orderId: string, seq: number) => `${orderId}:${seq}`;

export interface GiftCardPaid {
  giftCardId: string;
  last4: string;
  balanceAfterCents: number;
}

/**
 * Takes a gift card tender at checkout, in its transaction: the card is found by its code's hash
 * and must be active and unexpired; the deduction is the guarded update, so of two tills spending
 * the last of a card one lands and the other is refused whole.
 */
export async function spendGiftCard(
  ctx: Ctx,
  input: { code: string; amountCents: number; storeId: string; orderId: string; seq: number },
): Promise<GiftCardPaid> {
  const card = await cardByCode(ctx, input.code);
  const why = unusableReason(card, ctx.now);
  if (why) throw why;
  const balance = await postGiftCard(ctx, {
    giftCardId: card.id,
    kind: 'spend',
    deltaCents: -input.amountCents,
    storeId: input.storeId,
    refType: 'order_payment',
    refId: paymentRef(input.orderId, input.seq),
  });
  if (balance === null) {
    const now = await giftCardById(ctx, card.id);
    throw new AppError('GIFT_CARD_INSUFFICIENT_BALANCE', 'Not enough left on this gift card', {
      giftCardId: card.id,
      balanceCents: now.balance_cents,
      requestedCents: input.amountCents,
    });
  }
  return { giftCardId: card.id, last4: card.last4, balanceAfterCents: balance };
}

/** Which card paid an order's tender (seq), from the ledger row the spend wrote. */
export async function cardOfPayment(ctx: Ctx, orderId: string, seq: number): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('gift_card_ledger')
    .select('gift_card_id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('ref_type', '=', 'order_payment')
    .where('ref_id', '=', paymentRef(orderId, seq))
    .where('kind', '=', 'spend')
    .executeTakeFirst();
  return row?.gift_card_id ?? null;
}

/**
 * A refund puts its share of a gift card tender back on the card that paid it. A void card takes
 * nothing back (its balance was written off), so the refund is refused rather than lost.
 */
export async function restoreGiftCardSpend(
  ctx: Ctx,
  input: {
    orderId: string;
    seq: number;
    amountCents: number;
    storeId: string;
    refundId: string;
    note: string;
  },
): Promise<GiftCardPaid> {
  const id = await cardOfPayment(ctx, input.orderId, input.seq);
  if (!id) throw new Error(`gift card tender ${input.orderId}:${input.seq} has no spend entry`);
  const card = await giftCardById(ctx, id);
  if (card.status !== 'active')
    throw new AppError('GIFT_CARD_NOT_ACTIVE', 'The gift card that paid is void; it cannot take money back', {
      giftCardId: id,
    });
  const balance = await postGiftCard(ctx, {
    giftCardId: id,
    kind: 'spend_reversal',
    deltaCents: input.amountCents,
    storeId: input.storeId,
    refType: 'refund',
    refId: `${input.refundId}:${input.seq}`,
    note: input.note,
  });
  if (balance === null) throw new Error('gift card credit refused');
  return { giftCardId: id, last4: card.last4, balanceAfterCents: balance };
}
