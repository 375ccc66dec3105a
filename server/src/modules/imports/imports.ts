import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Selectable } from 'kysely';
import type { ImportJobsTable } from '../../db/schema.ts';
import type { ImportKind } from '../../db/tables/imports.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { suggestMapping } from './import-kind.ts';
import { importKind, kindsFor, rejectionLabel, requireSomeImport } from './kinds.ts';
import { scanTable } from './read-table.ts';

/** Field key → the header of the file's column that fills it. */
export type Mapping = Partial<Record<string, string>>;

export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  fileHash: string;
  status: 'uploaded' | 'running' | 'done' | 'failed';
  dryRun: boolean;
  mapping: Mapping | null;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  updatedRows: number;
  skippedRows: number;
  rejectedRows: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

export function toImportJob(row: Selectable<ImportJobsTable>): ImportJob {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    fileHash: row.file_hash,
    status: row.status,
    dryRun: row.dry_run === 1,
    mapping: row.mapping ? (JSON.parse(row.mapping) as Mapping) : null,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    importedRows: row.imported_rows,
    updatedRows: row.updated_rows,
    skippedRows: row.skipped_rows,
    rejectedRows: row.rejected_rows,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}

/** A job, to whoever may import its kind (a job of a kind the actor may not import is a 403). */
export async function getImport(ctx: Ctx, jobId: string): Promise<ImportJob> {
  requireSomeImport(ctx.actor);
  const row = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!row) throw new AppError('IMPORT_NOT_FOUND', 'No such import', { importId: jobId });
  requirePermission(ctx.actor, importKind(row.kind).permission);
  return toImportJob(row);
}

export interface ImportKindView {
  kind: ImportKind;
  permission: string;
  fields: { key: string; required: boolean; aliases: string[] }[];
}

/** The kinds the actor may import, each with the fields a file can map to (in mapping order). */
export function listImportKinds(ctx: Ctx): ImportKindView[] {
  return kindsFor(ctx.actor).map((kind) => {
    const spec = importKind(kind);
    return {
      kind,
      permission: spec.permission,
      fields: Object.entries(spec.fields).map(([key, f]) => ({
        key,
        required: f.required ?? false,
        aliases: [...f.aliases],
      })),
    };
  });
}

/** The last 50 imports of the kinds the actor may import (or of one of them). */
export async function listImports(ctx: Ctx, kind?: ImportKind): Promise<ImportJob[]> {
  const allowed = requireSomeImport(ctx.actor);
  if (kind) requirePermission(ctx.actor, importKind(kind).permission);
  const rows = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', 'in', kind ? [kind] : allowed)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(toImportJob);
}

/**
 * Stores an uploaded file and answers what the UI needs to map it: its headers, the first rows,
 * and a mapping — the one used last time if the headers match, else one guessed from the names.
 */
export async function uploadImport(
  ctx: Ctx,
  file: { name: string; type: 'csv' | 'xlsx'; content: Buffer },
  kind: ImportKind = 'members',
) {
  const spec = importKind(kind);
  requirePermission(ctx.actor, spec.permission);
  const table = await scanTable(file.content, file.type, 20);
  const id = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('import_jobs')
    .values({
      tenant_id: ctx.tenantId,
      id,
      kind,
      file_name: file.name.slice(0, 200),
      file_hash: createHash('sha256').update(file.content).digest('hex'),
      file_type: file.type,
      status: 'uploaded',
      dry_run: 0,
      mapping: null,
      total_rows: table.count,
      processed_rows: 0,
      imported_rows: 0,
      updated_rows: 0,
      skipped_rows: 0,
      rejected_rows: 0,
      created_by: ctx.actor.userId,
      created_at: ctx.now.toISOString(),
      started_at: null,
      finished_at: null,
      error: null,
    })
    .execute();
  await ctx.db
    .insertInto('import_files')
    .values({ tenant_id: ctx.tenantId, job_id: id, content: file.content })
    .execute();
  const previous = await ctx.db
    .selectFrom('import_jobs')
    .select('mapping')
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', kind)
    .where('mapping', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const saved = previous?.mapping ? (JSON.parse(previous.mapping) as Mapping) : null;
  const savedFits =
    saved &&
    Object.entries(saved).every(([field, h]) => field in spec.fields && h && table.headers.includes(h));
  return {
    job: await getImport(ctx, id),
    headers: table.headers,
    sample: table.sample,
    mapping: savedFits ? saved : suggestMapping(spec.fields, table.headers),
    mappingSource: savedFits ? ('saved' as const) : ('guessed' as const),
  };
}

/** Fixes the mapping and marks the job running; the caller then runs it (in the background). */
export async function startImport(
  ctx: Ctx,
  jobId: string,
  input: { mapping: Mapping; dryRun: boolean },
): Promise<ImportJob> {
  const { kind } = await getImport(ctx, jobId);
  const { fields } = importKind(kind);
  const unknown = Object.keys(input.mapping).filter((f) => !(f in fields));
  if (unknown.length) {
    throw new AppError('VALIDATION_FAILED', `Not a field of a ${kind} import: ${unknown.join(', ')}`, {
      field: 'mapping',
      fields: unknown,
    });
  }
  const missing = Object.keys(fields).filter((f) => fields[f]?.required && !input.mapping[f]);
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', `Map the required columns: ${missing.join(', ')}`, {
      field: 'mapping',
      fields: missing,
    });
  }
  const claimed = await ctx.db
    .updateTable('import_jobs')
    .set({
      mapping: JSON.stringify(input.mapping),
      dry_run: input.dryRun ? 1 : 0,
      status: 'running',
      started_at: ctx.now.toISOString(),
      finished_at: null,
      error: null,
    })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', jobId)
    .where('status', '!=', 'running')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    await getImport(ctx, jobId); // 404 if it does not exist
    throw new AppError('IMPORT_RUNNING', 'This import is already running');
  }
  await recordAudit(ctx, {
    action: 'import.start',
    entity: 'import',
    entityId: jobId,
    after: { dryRun: input.dryRun, mapping: input.mapping },
  });
  return getImport(ctx, jobId);
}

/** The rejected rows as an Excel file: the original columns plus the reason, for fixing and re-importing. */
export async function rejectedRowsWorkbook(ctx: Ctx, jobId: string): Promise<Buffer> {
  const { kind } = await getImport(ctx, jobId);
  const reasonLabel = (code: string) => rejectionLabel(kind, code);
  const rows = await ctx.db
    .selectFrom('import_rejections')
    .select(['row_no', 'reason', 'raw'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('job_id', '=', jobId)
    .orderBy('row_no')
    .execute();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('rejected');
  const headers = rows[0] ? Object.keys(JSON.parse(rows[0].raw) as Record<string, string>) : [];
  sheet.addRow(['行号 Row', '原因 Reason', ...headers]);
  for (const r of rows) {
    const raw = JSON.parse(r.raw) as Record<string, string>;
    sheet.addRow([r.row_no, reasonLabel(r.reason), ...headers.map((h) => raw[h] ?? '')]);
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
