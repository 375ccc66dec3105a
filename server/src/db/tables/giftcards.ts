import type { Timestamp } from './common.ts';

export type GiftCardStatus = 'active' | 'void';
/** sale: sold at the counter on an order; manual: issued by the back office; points_exchange: for points. */
export type GiftCardSource = 'sale' | 'manual' | 'points_exchange';
export type GiftCardEntryKind = 'issue' | 'spend' | 'spend_reversal' | 'void';

export interface GiftCardsTable {
  tenant_id: string;
  id: string;
  /** sha-256 of the tenant and the code: the code itself is printed once and never stored. */
  code_hash: string;
  /** The code's last four digits, to find a card and show it masked. */
  last4: string;
  face_value_cents: number;
  /** The cached sum of its ledger; spent by a guarded update (`balance_cents >= x`). */
  balance_cents: number;
  status: GiftCardStatus;
  expires_at: Timestamp | null;
  /** Where it was issued or sold. */
  store_id: string;
  source: GiftCardSource;
  sold_order_id: string | null;
  sold_line_no: number | null;
  /** The member it was sold to or exchanged by, if any (the card itself is bearer value). */
  member_id: string | null;
  issued_by: string | null;
  issued_at: Timestamp;
  voided_at: Timestamp | null;
  void_reason: string;
  note: string;
  updated_at: Timestamp;
}

export interface GiftCardLedgerTable {
  tenant_id: string;
  id: string;
  gift_card_id: string;
  at: Timestamp;
  store_id: string | null;
  kind: GiftCardEntryKind;
  /** order_payment (`<orderId>:<seq>`), refund, order_line, gift_card (manual), points_exchange. */
  ref_type: string;
  ref_id: string;
  delta_cents: number;
  balance_after_cents: number;
  note: string;
  created_by: string | null;
}

export type ExchangeItemKind = 'coupon' | 'product' | 'gift_card';

export interface ExchangeItemsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: ExchangeItemKind;
  coupon_template_id: string | null;
  product_id: string | null;
  gift_card_value_cents: number | null;
  /** Points one unit costs. */
  points_cost: number;
  /** Units the catalogue may still give in all (null = unlimited); raised count guarded against it. */
  stock: number | null;
  exchanged_count: number;
  status: 'active' | 'archived';
  sort: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PointsExchangesTable {
  tenant_id: string;
  id: string;
  item_id: string;
  member_id: string;
  store_id: string;
  qty: number;
  points: number;
  kind: ExchangeItemKind;
  /** JSON arrays of what the exchange gave. */
  coupon_ids: string;
  gift_card_ids: string;
  product_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
