import type { Schemas } from '../api/client.ts';

export type PricedCart = Schemas['PricedCart'];
export type ProductKind = PricedCart['lines'][number]['kind'];
export type TenderMethod = Schemas['Order']['payments'][number]['method'];
export type ManualDiscount = { kind: 'percent' | 'amount'; value: number; reason: string };

/** What the till shows for a product before the server priced it. */
export interface ProductInfo {
  id: string;
  sku: string;
  name: string;
  kind: ProductKind;
  unit: string;
  priceCents: number;
}

/** Who a line is credited to (commission); 点钟 (`requested`) when the member asked for them. */
export interface LineStaff {
  userId: string;
  sharePercent: number;
  requested: boolean;
}

export interface CartLine {
  /** Stable React key: a line keeps it while its quantity changes. */
  key: string;
  product: ProductInfo;
  qty: number;
  /** Pay this (service) line with one session per unit of this member card. */
  cardId: string | null;
  /** Empty, or shares (1–100) that add up to 100. */
  staff: LineStaff[];
}

export interface Cart {
  memberId: string | null;
  lines: CartLine[];
  manualDiscount: ManualDiscount | null;
  pointsToRedeem: number;
  /** One of the member's coupons; the quote lists the usable ones, each priced on the cart. */
  couponId: string | null;
}

export const EMPTY_CART: Cart = {
  memberId: null,
  lines: [],
  manualDiscount: null,
  pointsToRedeem: 0,
  couponId: null,
};

export const MAX_QTY = 100_000;

/** Cards and gift cards sell one per line: each line issues one card. */
export const onePerLine = (product: Pick<ProductInfo, 'kind'>) =>
  product.kind === 'card' || product.kind === 'gift_card';

let nextKey = 0;
const newKey = () => `l${++nextKey}`;

/**
 * Adds one of a product: the same product again raises that line's quantity (a scanner beeps the
 * same bottle twice), except a card product, which is sold one per line. Returns the line's index.
 */
export function addProduct(cart: Cart, product: ProductInfo, qty = 1): { cart: Cart; index: number } {
  const index = onePerLine(product) ? -1 : cart.lines.findIndex((l) => l.product.id === product.id);
  if (index >= 0) {
    const lines = cart.lines.map((l, i) => (i === index ? { ...l, qty: Math.min(MAX_QTY, l.qty + qty) } : l));
    return { cart: { ...cart, lines }, index };
  }
  const line: CartLine = {
    key: newKey(),
    product,
    qty: onePerLine(product) ? 1 : qty,
    cardId: null,
    staff: [],
  };
  return { cart: { ...cart, lines: [...cart.lines, line] }, index: cart.lines.length };
}

export function setQty(cart: Cart, index: number, qty: number): Cart {
  const line = cart.lines[index];
  if (!line || !Number.isInteger(qty) || qty < 1 || qty > MAX_QTY || onePerLine(line.product)) return cart;
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, qty } : l)) };
}

export function removeLine(cart: Cart, index: number): Cart {
  const lines = cart.lines.filter((_, i) => i !== index);
  // An empty cart has nothing to discount or redeem against.
  return lines.length
    ? { ...cart, lines }
    : { ...cart, lines, manualDiscount: null, pointsToRedeem: 0, couponId: null };
}

export function setLineCard(cart: Cart, index: number, cardId: string | null): Cart {
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, cardId } : l)) };
}

/** Credits the line to these people (none clears it); the line keeps them through quantity changes. */
export function setLineStaff(cart: Cart, index: number, staff: LineStaff[]): Cart {
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, staff } : l)) };
}

/** 100 split evenly over n people, the remainder on the first: 3 → [34, 33, 33]. */
export function equalShares(n: number): number[] {
  if (n < 1) return [];
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? 100 - base * (n - 1) : base));
}

/** Adds or removes a person; the shares are split evenly again (点钟 flags stay with their people). */
export function toggleStaff(staff: readonly LineStaff[], userId: string): LineStaff[] {
  const next = staff.some((s) => s.userId === userId)
    ? staff.filter((s) => s.userId !== userId)
    : [...staff, { userId, sharePercent: 0, requested: false }];
  const shares = equalShares(next.length);
  return next.map((s, i) => ({ ...s, sharePercent: shares[i] ?? 0 }));
}

/** What the server would refuse: each share a whole 1–100 percent, together exactly 100. */
export function staffProblem(staff: readonly LineStaff[]): 'share' | 'sum' | null {
  if (staff.length === 0) return null;
  if (staff.some((s) => !Number.isInteger(s.sharePercent) || s.sharePercent < 1 || s.sharePercent > 100))
    return 'share';
  return staff.reduce((sum, s) => sum + s.sharePercent, 0) === 100 ? null : 'sum';
}

/** A different member (or none): their cards and points no longer apply to the lines. */
export function setMember(cart: Cart, memberId: string | null): Cart {
  if (cart.memberId === memberId) return cart;
  return {
    ...cart,
    memberId,
    pointsToRedeem: 0,
    couponId: null,
    lines: cart.lines.map((l) => ({ ...l, cardId: null })),
  };
}

/** Picks one of the member's coupons for this sale, or none. */
export function setCoupon(cart: Cart, couponId: string | null): Cart {
  return cart.memberId ? { ...cart, couponId } : cart;
}

/** The cart as the API takes it (quote, checkout and hold share this shape). */
export function cartBody(cart: Cart) {
  return {
    ...(cart.memberId ? { memberId: cart.memberId } : {}),
    lines: cart.lines.map((l) => ({
      productId: l.product.id,
      qty: l.qty,
      ...(l.cardId ? { cardId: l.cardId } : {}),
      ...(l.staff.length
        ? {
            staff: l.staff.map((s) => ({
              userId: s.userId,
              sharePercent: s.sharePercent,
              requested: s.requested,
            })),
          }
        : {}),
    })),
    ...(cart.manualDiscount ? { manualDiscount: cart.manualDiscount } : {}),
    ...(cart.pointsToRedeem > 0 ? { pointsToRedeem: cart.pointsToRedeem } : {}),
    ...(cart.couponId ? { couponId: cart.couponId } : {}),
  };
}

type HeldCart = Schemas['HeldOrder']['cart'];

/** A held cart back on the till; names and prices come back with the first quote. */
export function cartFromHeld(held: HeldCart): Cart {
  return {
    memberId: held.memberId ?? null,
    lines: held.lines.map((l) => ({
      key: newKey(),
      product: {
        id: l.productId,
        sku: '',
        name: '',
        kind: 'goods',
        unit: '',
        priceCents: l.unitPriceCents ?? 0,
      },
      qty: l.qty,
      cardId: l.cardId ?? null,
      staff: (l.staff ?? []).map((s) => ({
        userId: s.userId,
        sharePercent: s.sharePercent,
        requested: s.requested ?? false,
      })),
    })),
    manualDiscount: held.manualDiscount ?? null,
    pointsToRedeem: held.pointsToRedeem ?? 0,
    couponId: held.couponId ?? null,
  };
}

/** Fills what a resumed line does not know (name, SKU, kind) from the priced cart, line by line. */
export function withQuotedInfo(cart: Cart, quote: PricedCart): Cart {
  if (quote.lines.length !== cart.lines.length || cart.lines.every((l) => l.product.name)) return cart;
  return {
    ...cart,
    lines: cart.lines.map((l, i) => {
      const q = quote.lines[i];
      if (l.product.name || !q || q.productId !== l.product.id) return l;
      return {
        ...l,
        product: { ...l.product, sku: q.sku, name: q.name, kind: q.kind, priceCents: q.unitPriceCents },
      };
    }),
  };
}
