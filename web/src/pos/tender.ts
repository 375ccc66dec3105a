import type { TenderMethod } from './cart.ts';

export interface Tender {
  method: TenderMethod;
  amountCents: number;
  /** Cash only: what was handed over. */
  tenderedCents: number | null;
  ref: string;
  /** Gift card only: the scanned card, once the server has said what it holds. */
  giftCard?: { code: string; last4: string; balanceCents: number } | null;
}

export const TENDER_METHODS: readonly TenderMethod[] = [
  'cash',
  'stored_value',
  'bank_card',
  'wechat',
  'alipay',
  'gift_card',
];
/** Methods that record the terminal or QR slip reference. */
export const REF_METHODS: readonly TenderMethod[] = ['bank_card', 'wechat', 'alipay', 'other'];

export function paidCents(tenders: readonly Tender[]): number {
  return tenders.reduce((s, t) => s + t.amountCents, 0);
}

export function remainingCents(totalCents: number, tenders: readonly Tender[]): number {
  return totalCents - paidCents(tenders);
}

/**
 * Adds a tender that fills what is still owed (stored value at most the member's balance). A method
 * already present is left as it is: the cashier edits its amount instead.
 */
export function addTender(
  tenders: readonly Tender[],
  method: TenderMethod,
  totalCents: number,
  storedValueCents = 0,
): Tender[] {
  if (tenders.some((t) => t.method === method)) return [...tenders];
  let amount = Math.max(0, remainingCents(totalCents, tenders));
  if (method === 'stored_value') amount = Math.min(amount, Math.max(0, storedValueCents));
  // A gift card's amount is set once it is scanned and its balance known.
  if (method === 'gift_card') amount = 0;
  return [
    ...tenders,
    { method, amountCents: amount, tenderedCents: method === 'cash' ? amount : null, ref: '' },
  ];
}

export function changeCents(tender: Tender): number {
  if (tender.method !== 'cash' || tender.tenderedCents === null) return 0;
  return Math.max(0, tender.tenderedCents - tender.amountCents);
}

export type TenderProblem =
  | 'mismatch'
  | 'cashShort'
  | 'storedValueShort'
  | 'giftCardMissing'
  | 'giftCardShort'
  | null;

/** Why the tenders cannot be taken yet, or null when they can. */
export function tenderProblem(
  totalCents: number,
  tenders: readonly Tender[],
  storedValueCents: number,
): TenderProblem {
  const cash = tenders.find((t) => t.method === 'cash');
  if (cash && (cash.tenderedCents ?? cash.amountCents) < cash.amountCents) return 'cashShort';
  const sv = tenders.find((t) => t.method === 'stored_value');
  if (sv && sv.amountCents > storedValueCents) return 'storedValueShort';
  const gc = tenders.find((t) => t.method === 'gift_card');
  if (gc && !gc.giftCard) return 'giftCardMissing';
  if (gc?.giftCard && gc.amountCents > gc.giftCard.balanceCents) return 'giftCardShort';
  return remainingCents(totalCents, tenders) === 0 ? null : 'mismatch';
}

/** The payments for POST /orders: zero tenders dropped, cash carries what was handed over. */
export function toPayments(tenders: readonly Tender[]) {
  return tenders
    .filter((t) => t.amountCents > 0)
    .map((t) => ({
      method: t.method,
      amountCents: t.amountCents,
      ...(t.method === 'cash'
        ? { tenderedCents: Math.max(t.tenderedCents ?? t.amountCents, t.amountCents) }
        : {}),
      ...(t.ref.trim() ? { ref: t.ref.trim() } : {}),
      ...(t.method === 'gift_card' && t.giftCard ? { giftCardCode: t.giftCard.code } : {}),
    }));
}

/** A scanned gift card pays what is still owed, at most its balance. */
export function withGiftCard(
  tenders: readonly Tender[],
  totalCents: number,
  card: { code: string; last4: string; balanceCents: number },
): Tender[] {
  const others = tenders.filter((t) => t.method !== 'gift_card');
  const owed = Math.max(0, remainingCents(totalCents, others));
  return [
    ...others,
    {
      method: 'gift_card',
      amountCents: Math.min(owed, card.balanceCents),
      tenderedCents: null,
      ref: '',
      giftCard: card,
    },
  ];
}
