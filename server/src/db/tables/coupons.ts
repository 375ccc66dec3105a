import type { Timestamp } from './common.ts';

/** fixed: fen off; percent: percent off (20 = 20% off) with an optional cap; threshold: 满减. */
export type CouponKind = 'fixed' | 'percent' | 'threshold';
export type CouponScope = 'all' | 'products' | 'categories';
export type CouponValidity = 'fixed' | 'days';
export type CouponStatus = 'issued' | 'redeemed' | 'void';
export type CouponSource =
  | 'manual'
  | 'recharge'
  | 'signup'
  | 'birthday'
  | 'campaign'
  | 'points'
  | 'points_exchange';

export interface CouponTemplatesTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: CouponKind;
  /** fixed/threshold: fen off; percent: percent off (1–99). */
  value: number;
  /** percent: the most it takes off, in fen (null = no cap). */
  max_off_cents: number | null;
  /** The eligible lines must cost at least this (0 = no threshold). */
  threshold_cents: number;
  scope: CouponScope;
  /** JSON array of product or category ids (scope products/categories). */
  scope_ids: string;
  /** JSON array of store ids; [] = every store. */
  store_ids: string;
  validity: CouponValidity;
  valid_from: Timestamp | null;
  valid_until: Timestamp | null;
  valid_days: number | null;
  /** 0 = no limit. */
  per_member_limit: number;
  /** null = unlimited. */
  total_stock: number | null;
  /** Raised by a guarded update (`issued_count + n <= total_stock`). */
  issued_count: number;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CouponsTable {
  tenant_id: string;
  id: string;
  template_id: string;
  member_id: string;
  /** Short, unambiguous (no 0/O/1/I), unique per tenant: shown on the phone, read by the scanner. */
  code: string;
  status: CouponStatus;
  valid_from: Timestamp;
  expires_at: Timestamp;
  source: CouponSource;
  source_ref: string;
  issued_by: string | null;
  issued_at: Timestamp;
  redeemed_at: Timestamp | null;
  redeemed_order_id: string | null;
  redeemed_store_id: string | null;
  /** What the redemption took off the order (0 while unused or after a restore). */
  discount_cents: number;
  /** How often a refund gave it back. */
  restored_count: number;
}

export type PromotionKind = 'member_day' | 'special_price' | 'order_tiers' | 'buy_x_get_y';

export interface PromotionsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: PromotionKind;
  /** JSON, shaped by kind (see modules/promotions/rules.ts). */
  rules: string;
  /** JSON array of store ids; [] = every store. */
  store_ids: string;
  starts_at: Timestamp;
  ends_at: Timestamp | null;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}
