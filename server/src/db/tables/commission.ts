import type { ProductKind } from './catalog.ts';
import type { Flag, Timestamp } from './common.ts';

export type CommissionScope = 'product' | 'category' | 'kind' | 'recharge';
export type CommissionBasis = 'percent' | 'fixed';

export interface CommissionRulesTable {
  tenant_id: string;
  id: string;
  name: string;
  scope: CommissionScope;
  /** Product or category id (scope product/category), the kind (scope kind), '' for recharge. */
  target: string;
  /** percent: basis points of the line's paid amount; fixed: fen per unit sold. */
  basis: CommissionBasis;
  /** 轮钟: the value for staff the counter assigned. */
  assigned_value: number;
  /** 点钟: the value for staff the member asked for. */
  requested_value: number;
  /** JSON: [{ fromCents, assignedValue, requestedValue }] ascending — the month's volume tiers. */
  tiers: string;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type CommissionEntryKind = 'sale' | 'refund' | 'recharge';

/** Append-only: a sale writes one row per staff member and line; a refund writes its reversals. */
export interface CommissionLedgerTable {
  tenant_id: string;
  id: string;
  staff_user_id: string;
  store_id: string;
  at: Timestamp;
  kind: CommissionEntryKind;
  /** 'order_line' (ref_id = order id:line no) or 'refund' (ref_id = refund id). */
  ref_type: string;
  ref_id: string;
  order_id: string | null;
  line_no: number | null;
  order_no: string;
  item_name: string;
  kind_of_item: ProductKind | null;
  qty: number;
  share_percent: number;
  requested: Flag;
  /** The staff member's share of the line's paid amount (negative on a refund): their volume. */
  base_cents: number;
  amount_cents: number;
  rule_id: string | null;
  /** The value applied (basis points or fen per unit, after the tier). */
  rate: number;
  basis: CommissionBasis | null;
  /** A refund row: the sale row it reverses part of. */
  reverses_id: string | null;
  note: string;
}
