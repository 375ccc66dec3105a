import type { Timestamp } from './common.ts';

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
