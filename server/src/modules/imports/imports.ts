import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Selectable } from 'kysely';
import type { ImportJobsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type Mapping, suggestMapping } from './fields.ts';
import { readTable } from './read-table.ts';

export interface ImportJob {
  id: string;
  fileName: string;
  fileHash: string;
  status: 'uploaded' | 'running' | 'done' | 'failed';
  dryRun: boolean;
  mapping: Mapping | null;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  skippedRows: number;
  rejectedRows: number;
  createdAt: string;
  finishedAt: string | null;
  error: string | null;
}

export function toImportJob(row: Selectable<ImportJobsTable>): ImportJob {
  return {
    id: row.id,
    fileName: row.file_name,
    fileHash: row.file_hash,
    status: row.status,
    dryRun: row.dry_run === 1,
    mapping: row.mapping ? (JSON.parse(row.mapping) as Mapping) : null,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    importedRows: row.imported_rows,
    skippedRows: row.skipped_rows,
    rejectedRows: row.rejected_rows,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    error: row.error,
  };
}

export async function getImport(ctx: Ctx, jobId: string): Promise<ImportJob> {
  requirePermission(ctx.actor, 'members.import');
  const row = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!row) throw new AppError('IMPORT_NOT_FOUND', 'No such import', { importId: jobId });
  return toImportJob(row);
}

export async function listImports(ctx: Ctx): Promise<ImportJob[]> {
  requirePermission(ctx.actor, 'members.import');
  const rows = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(toImportJob);
}

/**
 * Stores an uploaded file and answers what the UI needs to map it: its headers, the first rows,
 * and a mapping — the one used last time if the headers match, else one guessed from the names.
 */
export async function uploadImport(ctx: Ctx, file: { name: string; type: 'csv' | 'xlsx'; content: Buffer }) {
  requirePermission(ctx.actor, 'members.import');
  const table = await readTable(file.content, file.type);
  const id = uuidv7(ctx.now.getTime());
  await ctx.db
    .insertInto('import_jobs')
    .values({
      tenant_id: ctx.tenantId,
      id,
      kind: 'members',
      file_name: file.name.slice(0, 200),
      file_hash: createHash('sha256').update(file.content).digest('hex'),
      file_type: file.type,
      status: 'uploaded',
      dry_run: 0,
      mapping: null,
      total_rows: table.rows.length,
      processed_rows: 0,
      imported_rows: 0,
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
    .where('kind', '=', 'members')
    .where('mapping', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  const saved = previous?.mapping ? (JSON.parse(previous.mapping) as Mapping) : null;
  const savedFits = saved && Object.values(saved).every((h) => h && table.headers.includes(h));
  return {
    job: await getImport(ctx, id),
    headers: table.headers,
    sample: table.rows.slice(0, 20),
    mapping: savedFits ? saved : suggestMapping(table.headers),
    mappingSource: savedFits ? ('saved' as const) : ('guessed' as const),
  };
}

/** Fixes the mapping and marks the job running; the caller then runs it (in the background). */
export async function startImport(
  ctx: Ctx,
  jobId: string,
  input: { mapping: Mapping; dryRun: boolean },
): Promise<ImportJob> {
  requirePermission(ctx.actor, 'members.import');
  if (!input.mapping.name || !input.mapping.phone) {
    throw new AppError('VALIDATION_FAILED', 'Map at least the name and the phone columns', {
      field: 'mapping',
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
export async function rejectedRowsWorkbook(
  ctx: Ctx,
  jobId: string,
  reasonLabel: (code: string) => string,
): Promise<Buffer> {
  requirePermission(ctx.actor, 'members.import');
  await getImport(ctx, jobId);
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
