import type { TenderMethod } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { fen } from '../../shared/money.ts';
import { normalizeGiftCardCode } from '../giftcards/codes.ts';
import type { TenderInput } from './checkout.ts';

export interface CheckedTender {
  method: TenderMethod;
  amountCents: number;
  tenderedCents: number;
  ref: string;
  giftCardCode: string;
}

/**
 * The tenders must pay the total exactly; only cash may be handed over in excess (change). A cart
 * that sells a gift card is paid with money: stored value or another gift card would turn into a
 * new bearer card.
 */
export function checkTenders(
  payments: TenderInput[],
  totalCents: number,
  hasMember: boolean,
  sellsGiftCard: boolean,
): CheckedTender[] {
  const codes = new Set<string>();
  const out: CheckedTender[] = payments.map((p, i) => {
    const field = { field: `payments[${i}]` };
    const amount = fen(p.amountCents);
    if (amount <= 0) throw new AppError('INVALID_AMOUNT', 'Each tender pays more than zero', field);
    if (p.method === 'stored_value' && !hasMember)
      throw new AppError('VALIDATION_FAILED', 'Stored value pays only with its member attached', field);
    if (sellsGiftCard && (p.method === 'stored_value' || p.method === 'gift_card'))
      throw new AppError('GIFT_CARD_TENDER_NOT_ALLOWED', 'A gift card is sold for money only', field);
    let giftCardCode = '';
    if (p.method === 'gift_card') {
      const code = p.giftCardCode ? normalizeGiftCardCode(p.giftCardCode) : null;
      if (!code) throw new AppError('GIFT_CARD_NOT_FOUND', 'No gift card has this code', field);
      if (codes.has(code)) throw new AppError('VALIDATION_FAILED', 'Take each gift card once', field);
      codes.add(code);
      giftCardCode = code;
    } else if (p.giftCardCode !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'Only a gift card tender has a code', field);
    }
    const tendered = p.method === 'cash' ? fen(p.tenderedCents ?? amount) : amount;
    if (tendered < amount)
      throw new AppError('INVALID_AMOUNT', 'Cash handed over is less than it pays', field);
    if (p.method !== 'cash' && p.tenderedCents !== undefined && p.tenderedCents !== amount)
      throw new AppError('VALIDATION_FAILED', 'Only cash gives change', field);
    return {
      method: p.method,
      amountCents: amount,
      tenderedCents: tendered,
      ref: p.ref?.trim() ?? '',
      giftCardCode,
    };
  });
  if (out.filter((t) => t.method === 'cash').length > 1)
    throw new AppError('VALIDATION_FAILED', 'Take cash as one tender', { field: 'payments' });
  if (out.filter((t) => t.method === 'stored_value').length > 1)
    throw new AppError('VALIDATION_FAILED', 'Take stored value as one tender', { field: 'payments' });
  const paid = out.reduce((s, t) => s + t.amountCents, 0);
  if (paid !== totalCents) {
    throw new AppError('TENDER_MISMATCH', 'The tenders do not add up to the total', {
      totalCents,
      paidCents: paid,
    });
  }
  return out;
}
