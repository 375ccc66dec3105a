import type { Kysely, Transaction } from 'kysely';

/**
 * Row shapes of every table, as Kysely sees them. Timestamps are ISO-8601 UTC strings on both
 * dialects (the pg driver is told to return them so); money, points and counts are integers.
 */
type Timestamp = string;
type Flag = 0 | 1;

export interface TenantsTable {
  tenant_id: string;
  code: string;
  name: string;
  status: 'active' | 'suspended';
  timezone: string;
  settings: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type StoreOwnership = 'direct' | 'franchise';
export type StoreStatus = 'active' | 'closed';

export interface StoresTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  address: string;
  phone: string;
  ownership: StoreOwnership;
  status: StoreStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type UserStatus = 'active' | 'disabled';

export interface UsersTable {
  tenant_id: string;
  id: string;
  username: string;
  display_name: string;
  phone: string;
  password_hash: string;
  status: UserStatus;
  all_stores: Flag;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RolesTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  /** JSON array of permission codes. */
  permissions: string;
  builtin: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  tenant_id: string;
  user_id: string;
  role_id: string;
}

export interface UserStoresTable {
  tenant_id: string;
  user_id: string;
  store_id: string;
}

export interface SessionsTable {
  tenant_id: string;
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string;
  user_agent: string;
}

export interface RateLimitsTable {
  tenant_id: string;
  bucket: string;
  window_started_at: Timestamp;
  hits: number;
  locked_until: Timestamp | null;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  key: string;
  route: string;
  request_hash: string;
  response_status: number;
  response_body: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  tenant_id: string;
  id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_name: string;
  store_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  request_id: string;
  ip: string;
}

export interface JobRunsTable {
  job: string;
  run_key: string;
  node: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: string | null;
}

export interface LevelsTable {
  tenant_id: string;
  id: string;
  rank: number;
  name: string;
  /** In the unit of the tenant's upgrade basis: fen of spend or recharge, or points earned. */
  threshold: number;
  discount_percent: number;
  points_multiplier_percent: number;
  benefits: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MemberStatus = 'active' | 'frozen' | 'erased';
export type Gender = 'male' | 'female' | 'unknown';

export interface MembersTable {
  tenant_id: string;
  id: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  phone: string | null;
  phone_last4: string | null;
  card_no: string | null;
  qr_token: string;
  gender: Gender;
  birthday: string | null;
  birthday_calendar: 'solar' | 'lunar';
  email: string | null;
  home_store_id: string | null;
  referrer_id: string | null;
  level_id: string | null;
  /** JSON array of strings. */
  tags: string;
  /** JSON object of tenant-defined fields. */
  custom_fields: string;
  notes: string;
  sms_consent: Flag;
  email_consent: Flag;
  status: MemberStatus;
  cumulative_spend_cents: number;
  recharge_total_cents: number;
  points_earned_total: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MemberLevelHistoryTable {
  tenant_id: string;
  id: string;
  member_id: string;
  from_level_id: string | null;
  to_level_id: string | null;
  reason: string;
  at: Timestamp;
  actor_user_id: string | null;
}

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

export interface AdjustmentRequestsTable {
  tenant_id: string;
  id: string;
  member_id: string;
  store_id: string;
  account: 'stored_value';
  principal_delta: number;
  bonus_delta: number;
  reason: string;
  status: AdjustmentStatus;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string;
}

export interface PointsAccountsTable {
  tenant_id: string;
  member_id: string;
  balance: number;
  updated_at: Timestamp;
}

export interface PointsLotsTable {
  tenant_id: string;
  id: string;
  member_id: string;
  earned_at: Timestamp;
  /** The instant the lot's remaining points lapse; null = never. */
  expires_at: Timestamp | null;
  original: number;
  remaining: number;
  ref_type: string;
  ref_id: string;
}

export type PointsEntryKind =
  | 'opening'
  | 'earn'
  | 'redeem'
  | 'restore'
  | 'clawback'
  | 'expire'
  | 'adjustment';

export interface PointsLedgerTable {
  tenant_id: string;
  id: string;
  member_id: string;
  store_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  kind: PointsEntryKind;
  ref_type: string;
  ref_id: string;
  delta: number;
  balance_after: number;
  note: string;
}

export interface PointsLotEntriesTable {
  tenant_id: string;
  ledger_id: string;
  lot_id: string;
  delta: number;
}

export type CardKind = 'counted' | 'time';

export interface CardProductsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: CardKind;
  price_cents: number;
  /** 'days': valid N days from issue; 'fixed': until valid_until. */
  validity: 'days' | 'fixed';
  valid_days: number | null;
  valid_until: Timestamp | null;
  status: 'active' | 'archived';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CardProductItemsTable {
  tenant_id: string;
  card_product_id: string;
  item_code: string;
  item_name: string;
  /** Sessions included; null on a time card = unlimited within validity. */
  sessions: number | null;
}

export type MemberCardStatus = 'active' | 'paused' | 'refunded';

export interface MemberCardsTable {
  tenant_id: string;
  id: string;
  member_id: string;
  card_product_id: string;
  name: string;
  kind: CardKind;
  status: MemberCardStatus;
  store_id: string;
  price_cents: number;
  payment_method: PaymentMethod;
  payment_ref: string;
  issued_at: Timestamp;
  expires_at: Timestamp | null;
  paused_at: Timestamp | null;
  refunded_cents: number;
  refunded_at: Timestamp | null;
}

export interface MemberCardItemsTable {
  tenant_id: string;
  member_card_id: string;
  item_code: string;
  item_name: string;
  sessions_total: number | null;
  sessions_left: number | null;
}

export type CardSessionEntryKind = 'issue' | 'opening' | 'consume' | 'restore' | 'refund' | 'adjustment';

export interface CardSessionLedgerTable {
  tenant_id: string;
  id: string;
  member_card_id: string;
  member_id: string;
  item_code: string;
  store_id: string | null;
  at: Timestamp;
  actor_user_id: string | null;
  kind: CardSessionEntryKind;
  ref_type: string;
  ref_id: string;
  delta: number;
  left_after: number | null;
  note: string;
}

export type ImportStatus = 'uploaded' | 'running' | 'done' | 'failed';

export interface ImportJobsTable {
  tenant_id: string;
  id: string;
  kind: 'members';
  file_name: string;
  /** SHA-256 of the file: the same file uploaded twice is recognisable. */
  file_hash: string;
  file_type: 'csv' | 'xlsx';
  status: ImportStatus;
  dry_run: Flag;
  /** JSON: target field → column header. */
  mapping: string | null;
  total_rows: number;
  processed_rows: number;
  imported_rows: number;
  skipped_rows: number;
  rejected_rows: number;
  created_by: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  error: string | null;
}

export interface ImportFilesTable {
  tenant_id: string;
  job_id: string;
  content: Buffer;
}

export interface ImportRejectionsTable {
  tenant_id: string;
  job_id: string;
  row_no: number;
  reason: string;
  /** JSON object: column header → cell text. */
  raw: string;
}

export interface DB {
  import_jobs: ImportJobsTable;
  import_files: ImportFilesTable;
  import_rejections: ImportRejectionsTable;
  card_products: CardProductsTable;
  card_product_items: CardProductItemsTable;
  member_cards: MemberCardsTable;
  member_card_items: MemberCardItemsTable;
  card_session_ledger: CardSessionLedgerTable;
  points_accounts: PointsAccountsTable;
  points_lots: PointsLotsTable;
  points_ledger: PointsLedgerTable;
  points_lot_entries: PointsLotEntriesTable;
  adjustment_requests: AdjustmentRequestsTable;
  levels: LevelsTable;
  members: MembersTable;
  member_level_history: MemberLevelHistoryTable;
  stored_value_accounts: StoredValueAccountsTable;
  stored_value_ledger: StoredValueLedgerTable;
  recharge_plans: RechargePlansTable;
  recharges: RechargesTable;
  tenants: TenantsTable;
  stores: StoresTable;
  users: UsersTable;
  roles: RolesTable;
  user_roles: UserRolesTable;
  user_stores: UserStoresTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
}

export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;
