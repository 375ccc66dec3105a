import type { TenderMethod } from './cart.ts';

export interface Tender {
  method: TenderMethod;
  amountCents: number;
  /** Cash only: what was handed over. */
  tenderedCents: number | null;
  ref: string;
}

export const TENDER_METHODS: readonly TenderMethod[] = [
  'cash',
  'stored_value',
  'bank_card',
  'wechat',
  'alipay',
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
  return [
    ...tenders,
    { method, amountCents: amount, tenderedCents: method === 'cash' ? amount : null, ref: '' },
  ];
}

export function changeCents(tender: Tender): number {
  if (tender.method !== 'cash' || tender.tenderedCents === null) return 0;
  return Math.max(0, tender.tenderedCents - tender.amountCents);
}

export type TenderProblem = 'mismatch' | 'cashShort' | 'storedValueShort' | null;

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
    }));
}
