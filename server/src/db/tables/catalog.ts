import type { Flag, Timestamp } from './common.ts';

export interface CategoriesTable {
  tenant_id: string;
  id: string;
  parent_id: string | null;
  name: string;
  sort: number;
  /** Points per ¥1 paid on items in this category; null = the tenant's rate. */
  points_per_yuan: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * goods: a shelf item (may track stock); service: done by staff; card: sells a card product;
 * gift_card: sells a gift card of its price (face value), activated by the sale.
 */
export type ProductKind = 'goods' | 'service' | 'card' | 'gift_card';

export interface ProductsTable {
  tenant_id: string;
  id: string;
  kind: ProductKind;
  /** Also the item code a counted card names for a service. */
  sku: string;
  name: string;
  name_initials: string;
  category_id: string | null;
  unit: string;
  price_cents: number;
  member_price_cents: number | null;
  /** The standard cost used until stock has a moving-average cost of its own. */
  cost_cents: number;
  track_stock: Flag;
  /** Whether the member's level discount applies (some items are excluded from discounts). */
  level_discount: Flag;
  duration_minutes: number | null;
  card_product_id: string | null;
  low_stock_threshold: number | null;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductBarcodesTable {
  tenant_id: string;
  barcode: string;
  product_id: string;
}

export interface StockLevelsTable {
  tenant_id: string;
  store_id: string;
  product_id: string;
  on_hand: number;
  /** Moving-average value of what is on hand (may be left over at zero stock after rounding). */
  value_cents: number;
  updated_at: Timestamp;
}

export type StockEntryKind =
  | 'opening'
  | 'sale'
  | 'refund'
  | 'purchase'
  | 'transfer_out'
  | 'transfer_in'
  | 'stocktake'
  | 'adjustment';

export interface StockLedgerTable {
  tenant_id: string;
  id: string;
  store_id: string;
  product_id: string;
  at: Timestamp;
  actor_user_id: string | null;
  kind: StockEntryKind;
  ref_type: string;
  ref_id: string;
  qty_delta: number;
  value_delta_cents: number;
  on_hand_after: number;
  value_after_cents: number;
  note: string;
}

export interface SuppliersTable {
  tenant_id: string;
  id: string;
  name: string;
  contact: string;
  phone: string;
  note: string;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type PurchaseOrderStatus = 'open' | 'partial' | 'received' | 'cancelled';

export interface PurchaseOrdersTable {
  tenant_id: string;
  id: string;
  store_id: string;
  supplier_id: string;
  status: PurchaseOrderStatus;
  note: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PurchaseOrderLinesTable {
  tenant_id: string;
  purchase_order_id: string;
  line_no: number;
  product_id: string;
  qty_ordered: number;
  qty_received: number;
  unit_cost_cents: number;
}

export interface StockTransfersTable {
  tenant_id: string;
  id: string;
  from_store_id: string;
  to_store_id: string;
  status: 'in_transit' | 'received' | 'cancelled';
  note: string;
  created_by: string | null;
  received_by: string | null;
  received_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StockTransferLinesTable {
  tenant_id: string;
  transfer_id: string;
  product_id: string;
  qty: number;
  value_cents: number;
}

export interface StocktakesTable {
  tenant_id: string;
  id: string;
  store_id: string;
  status: 'open' | 'posted' | 'cancelled';
  note: string;
  created_by: string | null;
  posted_by: string | null;
  posted_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StocktakeLinesTable {
  tenant_id: string;
  stocktake_id: string;
  product_id: string;
  /** On hand when the stock-take was posted (null until then). */
  expected_qty: number | null;
  counted_qty: number;
  reason: string;
}
