/**
 * Daily facts (reports): additive counters per tenant × local day × store × dimension. `day` is
 * YYYY-MM-DD in the tenant's zone; money in fen; '' stands for "none" in text keys.
 */
interface SalesCounters {
  order_count: number;
  quantity: number;
  sales_cents: number;
  cost_cents: number;
  refund_quantity: number;
  refund_cents: number;
  refund_cost_cents: number;
}

export interface FactStoreDaysTable extends SalesCounters {
  tenant_id: string;
  day: string;
  /** '' holds new members registered without a home store. */
  store_id: string;
  refund_count: number;
  recharge_count: number;
  recharge_cents: number;
  recharge_bonus_cents: number;
  recharge_refund_count: number;
  recharge_refund_cents: number;
  new_members: number;
}

export interface FactProductDaysTable extends SalesCounters {
  tenant_id: string;
  day: string;
  store_id: string;
  product_id: string;
  /** The line's category when sold, or ''. */
  category_key: string;
  kind: string;
  /** 1 per order on its first line of each category: sums by category count orders once. */
  category_order_count: number;
}

export interface FactStaffDaysTable extends SalesCounters {
  tenant_id: string;
  day: string;
  store_id: string;
  /** The staff user id, or '' for lines nobody was credited on. */
  staff_key: string;
}

export interface FactPaymentDaysTable {
  tenant_id: string;
  day: string;
  store_id: string;
  method: string;
  order_count: number;
  payment_count: number;
  paid_cents: number;
  refund_count: number;
  refund_cents: number;
}

export interface FactMemberDaysTable {
  tenant_id: string;
  day: string;
  store_id: string;
  member_id: string;
  order_count: number;
  sales_cents: number;
  refund_cents: number;
  recharge_cents: number;
}
