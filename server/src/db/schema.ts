import type { Kysely, Transaction } from 'kysely';
import type * as C from './tables/cards.ts';
import type * as K from './tables/catalog.ts';
import type * as CM from './tables/commission.ts';
import type * as CP from './tables/coupons.ts';
import type * as E from './tables/engagement.ts';
import type * as F from './tables/foundation.ts';
import type * as GC from './tables/giftcards.ts';
import type * as I from './tables/imports.ts';
import type * as M from './tables/members.ts';
import type * as O from './tables/orders.ts';
import type * as P from './tables/points.ts';
import type * as W from './tables/wallet.ts';

/**
 * Row shapes of every table, as Kysely sees them, one file per module under tables/. Timestamps are
 * ISO-8601 UTC strings on both dialects (the pg driver is told to return them so); money, points
 * and counts are integers.
 */
export type * from './tables/cards.ts';
export type * from './tables/catalog.ts';
export type * from './tables/commission.ts';
export type * from './tables/coupons.ts';
export type * from './tables/engagement.ts';
export type * from './tables/foundation.ts';
export type * from './tables/giftcards.ts';
export type * from './tables/imports.ts';
export type * from './tables/members.ts';
export type * from './tables/orders.ts';
export type * from './tables/points.ts';
export type * from './tables/wallet.ts';

export interface DB {
  gift_cards: GC.GiftCardsTable;
  gift_card_ledger: GC.GiftCardLedgerTable;
  exchange_items: GC.ExchangeItemsTable;
  points_exchanges: GC.PointsExchangesTable;
  coupon_templates: CP.CouponTemplatesTable;
  coupons: CP.CouponsTable;
  promotions: CP.PromotionsTable;
  messages: E.MessagesTable;
  member_inbox: E.MemberInboxTable;
  segments: E.SegmentsTable;
  campaigns: E.CampaignsTable;
  campaign_recipients: E.CampaignRecipientsTable;
  automations: E.AutomationsTable;
  automation_runs: E.AutomationRunsTable;
  engagement_keys: E.EngagementKeysTable;
  commission_rules: CM.CommissionRulesTable;
  commission_ledger: CM.CommissionLedgerTable;
  categories: K.CategoriesTable;
  products: K.ProductsTable;
  product_barcodes: K.ProductBarcodesTable;
  stock_levels: K.StockLevelsTable;
  stock_ledger: K.StockLedgerTable;
  suppliers: K.SuppliersTable;
  purchase_orders: K.PurchaseOrdersTable;
  purchase_order_lines: K.PurchaseOrderLinesTable;
  stock_transfers: K.StockTransfersTable;
  stock_transfer_lines: K.StockTransferLinesTable;
  stocktakes: K.StocktakesTable;
  stocktake_lines: K.StocktakeLinesTable;
  shifts: O.ShiftsTable;
  order_counters: O.OrderCountersTable;
  orders: O.OrdersTable;
  order_lines: O.OrderLinesTable;
  order_line_staff: O.OrderLineStaffTable;
  order_payments: O.OrderPaymentsTable;
  refunds: O.RefundsTable;
  refund_lines: O.RefundLinesTable;
  refund_payments: O.RefundPaymentsTable;
  held_orders: O.HeldOrdersTable;
  import_jobs: I.ImportJobsTable;
  import_files: I.ImportFilesTable;
  import_rejections: I.ImportRejectionsTable;
  card_products: C.CardProductsTable;
  card_product_items: C.CardProductItemsTable;
  member_cards: C.MemberCardsTable;
  member_card_items: C.MemberCardItemsTable;
  card_session_ledger: C.CardSessionLedgerTable;
  points_accounts: P.PointsAccountsTable;
  points_lots: P.PointsLotsTable;
  points_ledger: P.PointsLedgerTable;
  points_lot_entries: P.PointsLotEntriesTable;
  adjustment_requests: W.AdjustmentRequestsTable;
  levels: M.LevelsTable;
  members: M.MembersTable;
  member_level_history: M.MemberLevelHistoryTable;
  stored_value_accounts: W.StoredValueAccountsTable;
  stored_value_ledger: W.StoredValueLedgerTable;
  recharge_plans: W.RechargePlansTable;
  recharges: W.RechargesTable;
  tenants: F.TenantsTable;
  stores: F.StoresTable;
  users: F.UsersTable;
  roles: F.RolesTable;
  user_roles: F.UserRolesTable;
  user_stores: F.UserStoresTable;
  sessions: F.SessionsTable;
  rate_limits: F.RateLimitsTable;
  idempotency_keys: F.IdempotencyKeysTable;
  audit_log: F.AuditLogTable;
  job_runs: F.JobRunsTable;
}

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
