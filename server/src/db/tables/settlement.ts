import type { Timestamp } from './common.ts';
import type { StoredValueEntryKind } from './wallet.ts';

/**
 * `carry_in`: a balance that predates origin tracking (imported opening balances, money moved
 * before migration 0022) is taken in as the member's home store's before the next movement.
 */
export type StoredValueOriginKind = StoredValueEntryKind | 'carry_in';

export interface StoredValueOriginEntriesTable {
  tenant_id: string;
  id: string;
  /** The stored-value ledger row this part of belongs to. */
  ledger_id: string;
  member_id: string;
  /** The store whose money this is: where it was recharged. */
  origin_store_id: string;
  /** Where the movement happened (the ledger row's store). */
  store_id: string | null;
  at: Timestamp;
  kind: StoredValueOriginKind;
  /** The payment's ref ('order', id) for a spend and for its reversal; else the ledger row's ref. */
  ref_type: string;
  ref_id: string;
  principal_delta: number;
  bonus_delta: number;
}

export interface StoredValueOriginBalancesTable {
  tenant_id: string;
  member_id: string;
  origin_store_id: string;
  principal_cents: number;
  bonus_cents: number;
  updated_at: Timestamp;
}
