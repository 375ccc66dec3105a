import type { Timestamp } from './common.ts';

/** A sale or a return (C invoice) of an old system, brought in by a history import. */
export type HistoryOrderKind = 'sale' | 'return';

export interface HistoryOrdersTable {
  tenant_id: string;
  id: string;
  /** The old system's invoice number, as in the file (C… for a return): the import's key. */
  invoice_no: string;
  kind: HistoryOrderKind;
  /** Null for a walk-in sale (no customer id in the file). */
  member_id: string | null;
  occurred_at: Timestamp;
  country: string;
  import_job_id: string | null;
  created_at: Timestamp;
}

export interface HistoryOrderLinesTable {
  tenant_id: string;
  order_id: string;
  /** Position of the line within its invoice in the file (1, 2, …): keys a re-run. */
  line_no: number;
  product_id: string;
  /** Signed as in the file: negative on a return. */
  qty: number;
  unit_price_cents: number;
  /** qty × unit price, so negative on a return. */
  total_cents: number;
}
