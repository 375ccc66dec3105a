import type { Flag, Timestamp } from './common.ts';

export type ImportStatus = 'uploaded' | 'running' | 'done' | 'failed';
/** What an import brings in; each kind is declared in `modules/imports/kinds.ts`. */
export type ImportKind = 'members' | 'products' | 'history';

export interface ImportJobsTable {
  tenant_id: string;
  id: string;
  kind: ImportKind;
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
  /** Rows that changed something that existed (products: same SKU, new values). */
  updated_rows: number;
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
