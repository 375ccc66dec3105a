import { sql, type Updateable } from 'kysely';
import { refreshStatistics } from '../../db/dialect.ts';
import type { Db, ImportJobsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type CellOf, DUPLICATE_IN_FILE } from './import-kind.ts';
import { importKind } from './kinds.ts';
import { openTable } from './read-table.ts';

const BATCH = 500;

/**
 * Runs an uploaded import of any kind: every row is validated by the kind, a row repeating a key
 * of an earlier row is a duplicate, and the rest go to the kind's writer in batches of 500, each
 * batch in one transaction with its rejections and the job's progress — so another node can show
 * the progress bar, and a run cut off half-way can simply be run again (writers are idempotent:
 * what already exists unchanged is counted as unchanged).
 */
export async function runImport(ctx: Ctx, jobId: string): Promise<void> {
  const job = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job?.mapping) throw new AppError('IMPORT_NOT_FOUND', 'No such import, or it has no mapping yet');
  const mapping = JSON.parse(job.mapping) as Record<string, string>;
  const dryRun = job.dry_run === 1;
  try {
    const file = await ctx.db
      .selectFrom('import_files')
      .select('content')
      .where('tenant_id', '=', ctx.tenantId)
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    const table = await openTable(file.content, job.file_type);
    const steps = await importKind(job.kind).prepare(ctx, jobId);
    const columnOf = new Map(
      Object.entries(mapping).map(([field, header]) => [field, table.headers.indexOf(header)]),
    );
    await ctx.db
      .deleteFrom('import_rejections')
      .where('tenant_id', '=', ctx.tenantId)
      .where('job_id', '=', jobId)
      .execute();
    await progress(ctx.db, ctx.tenantId, jobId, {
      processed_rows: 0,
      imported_rows: 0,
      updated_rows: 0,
      skipped_rows: 0,
      rejected_rows: 0,
    });
    const seen = new Set<string>();
    // Rows are read as the file streams (a .csv.gz is unzipped on the way) and written 500 at a time.
    let start = 0;
    let batch = 0;
    let chunk: string[][] = [];
    const writeChunk = async () => {
      // SQLite answers synchronously, so without a yield the whole import would run as one long
      // chain of microtasks and no request (not even this job's progress) would be served.
      await new Promise((resolve) => setImmediate(resolve));
      // After the 1st, 4th, 16th, … batch: statistics that keep up with the growing tables.
      if (!dryRun && batch > 0 && (batch & (batch - 1)) === 0 && Math.log2(batch) % 2 === 0) {
        await refreshStatistics(ctx.db, steps.growingTables);
      }
      const valid: { rowNo: number; row: unknown }[] = [];
      const rejected: { rowNo: number; reason: string }[] = [];
      chunk.forEach((cells, i) => {
        const rowNo = start + i + 2; // the header is row 1, as in Excel
        const cell: CellOf = (field) => {
          const index = columnOf.get(field) ?? -1;
          return index >= 0 ? (cells[index] ?? '') : '';
        };
        const result = steps.validate(cell);
        if (typeof result === 'string') {
          rejected.push({ rowNo, reason: result });
          return;
        }
        const keys = steps.keys(result);
        if (keys.some((k) => seen.has(k))) rejected.push({ rowNo, reason: DUPLICATE_IN_FILE });
        else {
          for (const k of keys) seen.add(k);
          valid.push({ rowNo, row: result });
        }
      });
      await ctx.db.transaction().execute(async (trx) => {
        const tx: Ctx = { ...ctx, db: trx as unknown as Db };
        const outcome = await steps.write(
          tx,
          valid.map((v) => v.row),
          dryRun,
        );
        for (const r of outcome.rejected) rejected.push({ rowNo: valid[r.index]!.rowNo, reason: r.reason });
        if (rejected.length) {
          await trx
            .insertInto('import_rejections')
            .values(
              rejected.map((r) => {
                const cells = chunk[r.rowNo - 2 - start] ?? [];
                return {
                  tenant_id: ctx.tenantId,
                  job_id: jobId,
                  row_no: r.rowNo,
                  reason: r.reason,
                  raw: JSON.stringify(Object.fromEntries(table.headers.map((h, i) => [h, cells[i] ?? '']))),
                };
              }),
            )
            .execute();
        }
        await trx
          .updateTable('import_jobs')
          .set({
            processed_rows: sql`processed_rows + ${chunk.length}`,
            imported_rows: sql`imported_rows + ${outcome.created}`,
            updated_rows: sql`updated_rows + ${outcome.updated}`,
            skipped_rows: sql`skipped_rows + ${outcome.unchanged}`,
            rejected_rows: sql`rejected_rows + ${rejected.length}`,
          })
          .where('tenant_id', '=', ctx.tenantId)
          .where('id', '=', jobId)
          .execute();
      });
      start += chunk.length;
      batch++;
      chunk = [];
    };
    for await (const cells of table.rows) {
      chunk.push(cells);
      if (chunk.length === BATCH) await writeChunk();
    }
    if (chunk.length) await writeChunk();
    await progress(ctx.db, ctx.tenantId, jobId, { status: 'done', finished_at: new Date().toISOString() });
    const done = await ctx.db
      .selectFrom('import_jobs')
      .select(['kind', 'imported_rows', 'updated_rows', 'skipped_rows', 'rejected_rows'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', jobId)
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, {
      action: dryRun ? 'import.dry_run' : 'import.run',
      entity: 'import',
      entityId: jobId,
      after: { file: job.file_name, ...done },
    });
  } catch (err) {
    await progress(ctx.db, ctx.tenantId, jobId, {
      status: 'failed',
      error: err instanceof Error ? err.message.slice(0, 500) : 'failed',
      finished_at: new Date().toISOString(),
    });
    throw err;
  }
}

async function progress(db: Db, tenantId: string, jobId: string, set: Updateable<ImportJobsTable>) {
  await db
    .updateTable('import_jobs')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', jobId)
    .execute();
}
