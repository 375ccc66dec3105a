import type { Timestamp } from './common.ts';

export interface StoredValueAccountsTable {
  tenant_id: string;
  member_id: string;
  principal_cents: number;
  bonus_cents: number;
  updated_at: Timestamp;
}

export type StoredValueEntryKind =
  | 'opening'
  | 'recharge'
  | 'spend'
  | 'spend_reversal'
  | 'recharge_refund'
  | 'adjustment';

export interface StoredValueLedgerTable {
  tenant_id: string;
  id: string;
  member_id: string;
  store_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  kind: StoredValueEntryKind;
  ref_type: string;
  ref_id: string;
  principal_delta: number;
  bonus_delta: number;
  principal_after: number;
  bonus_after: number;
  note: string;
}

export interface RechargePlansTable {
  tenant_id: string;
  id: string;
  name: string;
  pay_cents: number;
  bonus_cents: number;
  points: number;
  /** Coupons given with each recharge on this plan (coupon_count of this template). */
  coupon_template_id: string | null;
  coupon_count: number;
  status: 'active' | 'archived';
  sort: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type PaymentMethod = 'cash' | 'bank_card' | 'wechat' | 'alipay' | 'other';

export interface RechargesTable {
  tenant_id: string;
  id: string;
  member_id: string;
  store_id: string;
  plan_id: string | null;
  principal_cents: number;
  bonus_cents: number;
  points: number;
  payment_method: PaymentMethod;
  payment_ref: string;
  status: 'completed' | 'refunded';
  refunded_principal_cents: number;
  forfeited_bonus_cents: number;
  actor_user_id: string | null;
  created_at: Timestamp;
  refunded_at: Timestamp | null;
}

export type AdjustmentStatus = 'pending' | 'applied' | 'rejected';

export type AdjustmentAccount = 'stored_value' | 'points' | 'card_sessions';

export interface AdjustmentRequestsTable {
  tenant_id: string;
  id: string;
  member_id: string;
  store_id: string;
  account: AdjustmentAccount;
  principal_delta: number;
  bonus_delta: number;
  points_delta: number;
  /** Card-session adjustments: which card and item. */
  member_card_id: string | null;
  item_code: string | null;
  sessions_delta: number;
  /** What the approval threshold compares (fen): the amount, or the value of points or sessions. */
  value_cents: number;
  reason: string;
  status: AdjustmentStatus;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string;
}
