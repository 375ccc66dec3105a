import type { DB } from '../../db/schema.ts';
import type { ImportKind } from '../../db/tables/imports.ts';
import type { Ctx } from '../../shared/context.ts';
import type { Permission } from '../auth/permissions.ts';

/**
 * What an import kind declares; the shared machinery (upload, mapping, dry run, batches,
 * progress, rejected rows) does the rest. A kind module owns its tables and writes them itself.
 */
export interface ImportKindSpec<Row = unknown> {
  kind: ImportKind;
  /** Needed for every step of an import of this kind, from upload to the rejected-rows file. */
  permission: Permission;
  /** Field key → the headers a legacy file or our own export uses for it (Chinese first). */
  fields: Record<string, ImportFieldSpec>;
  /** Reason code → label in the rejected-rows Excel, in Chinese and English. */
  rejectionLabels: Record<string, string>;
  /** Loads what a run needs once (stores, card products, categories…) and returns its steps. */
  prepare(ctx: Ctx, jobId: string): Promise<ImportRun<Row>>;
}

export interface ImportFieldSpec {
  aliases: readonly string[];
  /** The column must be mapped, and each row must have a value in it. */
  required?: boolean;
}

/** Reads one row: the trimmed text of the column mapped to `field`, '' when unmapped. */
export type CellOf = (field: string) => string;

export interface ImportRun<Row> {
  /** One row as what to write, or the reason code it is rejected with. */
  validate(cell: CellOf): Row | string;
  /** Codes a row claims (phone, SKU, barcodes): a later row of the file claiming one is a duplicate. */
  keys(row: Row): readonly string[];
  /**
   * Checks a batch against the database and writes it (unless a dry run), in the caller's
   * transaction. `rejected` points into `rows` by index.
   */
  write(tx: Ctx, rows: readonly Row[], dryRun: boolean): Promise<BatchOutcome>;
  /** Tables a large import grows, whose planner statistics are refreshed as it goes. */
  growingTables: readonly (keyof DB)[];
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; reason: string }[];
}

/** A rejection every kind shares: the row repeats a key of an earlier row of the same file. */
export const DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE';
export const DUPLICATE_LABEL = '文件内重复 / Duplicate within the file';

/** The mapping the UI proposes: each field gets the first header that one of its aliases names. */
export function suggestMapping(
  fields: Record<string, ImportFieldSpec>,
  headers: readonly string[],
): Record<string, string> {
  const mapping: Record<string, string> = {};
  const lower = headers.map((h) => h.trim().toLowerCase());
  for (const [field, spec] of Object.entries(fields)) {
    const index = lower.findIndex((h) => spec.aliases.some((n) => n.toLowerCase() === h));
    if (index >= 0) mapping[field] = headers[index]!;
  }
  return mapping;
}
