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

export interface CartLine {
  /** Stable React key: a line keeps it while its quantity changes. */
  key: string;
  product: ProductInfo;
  qty: number;
  /** Pay this (service) line with one session per unit of this member card. */
  cardId: string | null;
}

export interface Cart {
  memberId: string | null;
  lines: CartLine[];
  manualDiscount: ManualDiscount | null;
  pointsToRedeem: number;
}

export const EMPTY_CART: Cart = { memberId: null, lines: [], manualDiscount: null, pointsToRedeem: 0 };

export const MAX_QTY = 100_000;

let nextKey = 0;
const newKey = () => `l${++nextKey}`;

/**
 * Adds one of a product: the same product again raises that line's quantity (a scanner beeps the
 * same bottle twice), except a card product, which is sold one per line. Returns the line's index.
 */
export function addProduct(cart: Cart, product: ProductInfo, qty = 1): { cart: Cart; index: number } {
  const index = product.kind === 'card' ? -1 : cart.lines.findIndex((l) => l.product.id === product.id);
  if (index >= 0) {
    const lines = cart.lines.map((l, i) => (i === index ? { ...l, qty: Math.min(MAX_QTY, l.qty + qty) } : l));
    return { cart: { ...cart, lines }, index };
  }
  const line: CartLine = { key: newKey(), product, qty: product.kind === 'card' ? 1 : qty, cardId: null };
  return { cart: { ...cart, lines: [...cart.lines, line] }, index: cart.lines.length };
}

export function setQty(cart: Cart, index: number, qty: number): Cart {
  const line = cart.lines[index];
  if (!line || !Number.isInteger(qty) || qty < 1 || qty > MAX_QTY || line.product.kind === 'card')
    return cart;
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, qty } : l)) };
}

export function removeLine(cart: Cart, index: number): Cart {
  const lines = cart.lines.filter((_, i) => i !== index);
  // An empty cart has nothing to discount or redeem against.
  return lines.length ? { ...cart, lines } : { ...cart, lines, manualDiscount: null, pointsToRedeem: 0 };
}

export function setLineCard(cart: Cart, index: number, cardId: string | null): Cart {
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, cardId } : l)) };
}

/** A different member (or none): their cards and points no longer apply to the lines. */
export function setMember(cart: Cart, memberId: string | null): Cart {
  if (cart.memberId === memberId) return cart;
  return { ...cart, memberId, pointsToRedeem: 0, lines: cart.lines.map((l) => ({ ...l, cardId: null })) };
}

/** The cart as the API takes it (quote, checkout and hold share this shape). */
export function cartBody(cart: Cart) {
  return {
    ...(cart.memberId ? { memberId: cart.memberId } : {}),
    lines: cart.lines.map((l) => ({
      productId: l.product.id,
      qty: l.qty,
      ...(l.cardId ? { cardId: l.cardId } : {}),
    })),
    ...(cart.manualDiscount ? { manualDiscount: cart.manualDiscount } : {}),
    ...(cart.pointsToRedeem > 0 ? { pointsToRedeem: cart.pointsToRedeem } : {}),
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
    })),
    manualDiscount: held.manualDiscount ?? null,
    pointsToRedeem: held.pointsToRedeem ?? 0,
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
