import type { ProductKind } from './catalog.ts';
import type { Flag, Timestamp } from './common.ts';

export interface ShiftsTable {
  tenant_id: string;
  id: string;
  store_id: string;
  till: string;
  status: 'open' | 'closed';
  opened_by: string;
  opened_at: Timestamp;
  float_cents: number;
  closed_by: string | null;
  closed_at: Timestamp | null;
  expected_cash_cents: number | null;
  counted_cash_cents: number | null;
  difference_cents: number | null;
  /** JSON: expected amount per tender, order and refund counts, written at close. */
  summary: string | null;
  note: string;
}

export interface OrderCountersTable {
  tenant_id: string;
  store_id: string;
  till: string;
  /** The store's local day, YYYYMMDD. */
  day: string;
  last_no: number;
}

export type OrderStatus = 'completed' | 'partially_refunded' | 'refunded';

export interface OrdersTable {
  tenant_id: string;
  id: string;
  order_no: string;
  store_id: string;
  till: string;
  shift_id: string | null;
  member_id: string | null;
  cashier_user_id: string | null;
  status: OrderStatus;
  list_cents: number;
  discount_cents: number;
  /** What the order cost after every discount: the sum of the tenders (less change). */
  total_cents: number;
  change_cents: number;
  refunded_cents: number;
  points_redeemed: number;
  points_earned: number;
  /** Paid with money (not stored-value bonus): what points were earned on. */
  money_paid_cents: number;
  /** JSON: the pricing engine's explanation, as shown on the screen and the receipt. */
  pricing: string;
  note: string;
  created_at: Timestamp;
}

export interface OrderLinesTable {
  tenant_id: string;
  order_id: string;
  line_no: number;
  product_id: string;
  sku: string;
  name: string;
  kind: ProductKind;
  category_id: string | null;
  qty: number;
  unit_price_cents: number;
  list_cents: number;
  discount_cents: number;
  total_cents: number;
  /** This line's share of the points the order redeemed. */
  points_redeemed: number;
  /** What the goods cost when they left stock (moving average). */
  cost_cents: number;
  /** Set when the line was paid with a session of this card. */
  member_card_id: string | null;
  card_item_code: string | null;
  /** Set when the line sold a card: the card it issued. */
  issued_card_id: string | null;
  refunded_qty: number;
  refunded_cents: number;
  /** JSON: the line's discounts from the pricing engine, each with its label and amount. */
  adjustments: string;
}

export interface OrderLineStaffTable {
  tenant_id: string;
  order_id: string;
  line_no: number;
  staff_user_id: string;
  share_percent: number;
  /** 点钟: the member asked for this person. */
  requested: Flag;
}

export type TenderMethod =
  | 'cash'
  | 'stored_value'
  | 'gift_card'
  | 'bank_card'
  | 'wechat'
  | 'alipay'
  | 'other';

export interface OrderPaymentsTable {
  tenant_id: string;
  order_id: string;
  seq: number;
  method: TenderMethod;
  /** What this tender paid toward the order (cash: net of change). */
  amount_cents: number;
  /** Cash handed over; equals amount for other tenders. */
  tendered_cents: number;
  /** Stored value only: the principal and bonus it spent. */
  principal_cents: number;
  bonus_cents: number;
  ref: string;
  refunded_cents: number;
}

export interface RefundsTable {
  tenant_id: string;
  id: string;
  order_id: string;
  store_id: string;
  till: string;
  shift_id: string | null;
  amount_cents: number;
  points_restored: number;
  points_clawed_back: number;
  reason: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface RefundLinesTable {
  tenant_id: string;
  refund_id: string;
  line_no: number;
  qty: number;
  amount_cents: number;
  points_restored: number;
  cost_cents: number;
}

export interface RefundPaymentsTable {
  tenant_id: string;
  refund_id: string;
  seq: number;
  method: TenderMethod;
  amount_cents: number;
  principal_cents: number;
  bonus_cents: number;
}

export interface HeldOrdersTable {
  tenant_id: string;
  id: string;
  store_id: string;
  label: string;
  member_id: string | null;
  /** JSON: the cart as the till had it. */
  cart: string;
  held_by: string | null;
  held_at: Timestamp;
}
