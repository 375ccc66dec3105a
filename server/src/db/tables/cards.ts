import type { ColumnType } from 'kysely';
import type { Timestamp } from './common.ts';
import type { PaymentMethod } from './wallet.ts';

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
  /** Sessions held for booked appointments: out of sessions_left, not yet used (default 0). */
  sessions_reserved: ColumnType<number, number | undefined, number>;
}

export type CardSessionEntryKind =
  | 'issue'
  | 'opening'
  | 'consume'
  | 'restore'
  | 'refund'
  | 'adjustment'
  // an appointment holds a session (−1 from left), gives it back (+1), or uses the held one (0)
  | 'reserve'
  | 'release'
  | 'consume_reserved';

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
