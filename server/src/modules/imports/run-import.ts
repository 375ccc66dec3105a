import { sql, type Updateable } from 'kysely';
import { refreshStatistics } from '../../db/dialect.ts';
import type { Db, ImportJobsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { listCardProducts } from '../cards/card-products.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import type { Mapping } from './fields.ts';
import { readTable } from './read-table.ts';
import { type ImportRow, type Lookups, type Rejection, validateRow } from './validate-row.ts';
import { writeBatch } from './write-batch.ts';

const BATCH = 500;

/**
 * Runs an uploaded import: every row is validated, rows whose phone already belongs to a member
 * are skipped (so running the same file twice adds nothing), and the rest are written in batches
 * of 500, each batch in one transaction with its rejections and the job's progress — so another
 * node can show the progress bar, and a run cut off half-way can simply be run again.
 */
export async function runImport(ctx: Ctx, jobId: string): Promise<void> {
  const job = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job?.mapping) throw new AppError('IMPORT_NOT_FOUND', 'No such import, or it has no mapping yet');
  const mapping = JSON.parse(job.mapping) as Mapping;
  const dryRun = job.dry_run === 1;
  try {
    const file = await ctx.db
      .selectFrom('import_files')
      .select('content')
      .where('tenant_id', '=', ctx.tenantId)
      .where('job_id', '=', jobId)
      .executeTakeFirstOrThrow();
    const table = await readTable(file.content, job.file_type);
    const profile = await getTenantProfile(ctx);
    const lookups: Lookups = {
      storeIdByCode: new Map(
        (
          await ctx.db
            .selectFrom('stores')
            .select(['code', 'id'])
            .where('tenant_id', '=', ctx.tenantId)
            .execute()
        ).map((s) => [s.code, s.id]),
      ),
      cardProducts: new Map(
        (await listCardProducts(ctx)).map((p) => [
          p.name,
          { id: p.id, items: p.items.map((i) => ({ itemCode: i.itemCode, sessions: i.sessions })) },
        ]),
      ),
    };
    await ctx.db
      .deleteFrom('import_rejections')
      .where('tenant_id', '=', ctx.tenantId)
      .where('job_id', '=', jobId)
      .execute();
    await progress(ctx.db, ctx.tenantId, jobId, {
      total_rows: table.rows.length,
      processed_rows: 0,
      imported_rows: 0,
      skipped_rows: 0,
      rejected_rows: 0,
    });
    const seenPhones = new Set<string>();
    const seenCards = new Set<string>();
    for (let start = 0, batch = 0; start < table.rows.length; start += BATCH, batch++) {
      // SQLite answers synchronously, so without a yield the whole import would run as one long
      // chain of microtasks and no request (not even this job's progress) would be served.
      await new Promise((resolve) => setImmediate(resolve));
      // After the 1st, 4th, 16th, … batch: statistics that keep up with the growing tables.
      if (!dryRun && batch > 0 && (batch & (batch - 1)) === 0 && Math.log2(batch) % 2 === 0) {
        await refreshStatistics(ctx.db, [
          'members',
          'stored_value_accounts',
          'points_accounts',
          'points_lots',
          'points_ledger',
        ]);
      }
      const chunk = table.rows.slice(start, start + BATCH);
      const valid: { rowNo: number; row: ImportRow }[] = [];
      const rejected: { rowNo: number; reason: Rejection; cells: string[] }[] = [];
      chunk.forEach((cells, i) => {
        const rowNo = start + i + 2; // the header is row 1, as in Excel
        const result = validateRow(table.headers, cells, mapping, lookups);
        if (typeof result === 'string') rejected.push({ rowNo, reason: result, cells });
        else if (seenPhones.has(result.phone) || (result.cardNo && seenCards.has(result.cardNo))) {
          rejected.push({ rowNo, reason: 'DUPLICATE_IN_FILE', cells });
        } else {
          seenPhones.add(result.phone);
          if (result.cardNo) seenCards.add(result.cardNo);
          valid.push({ rowNo, row: result });
        }
      });
      await ctx.db.transaction().execute(async (trx) => {
        const tx: Ctx = { ...ctx, db: trx as unknown as Db };
        const phones = valid.map((v) => v.row.phone);
        const existing = new Set(
          phones.length
            ? (
                await trx
                  .selectFrom('members')
                  .select('phone')
                  .where('tenant_id', '=', ctx.tenantId)
                  .where('phone', 'in', phones)
                  .execute()
              ).map((m) => m.phone)
            : [],
        );
        const cardNos = valid.map((v) => v.row.cardNo).filter((c): c is string => !!c);
        const takenCards = new Set(
          cardNos.length
            ? (
                await trx
                  .selectFrom('members')
                  .select('card_no')
                  .where('tenant_id', '=', ctx.tenantId)
                  .where('card_no', 'in', cardNos)
                  .execute()
              ).map((m) => m.card_no)
            : [],
        );
        const fresh: ImportRow[] = [];
        let skipped = 0;
        for (const v of valid) {
          if (existing.has(v.row.phone)) skipped++;
          else if (v.row.cardNo && takenCards.has(v.row.cardNo)) {
            rejected.push({ rowNo: v.rowNo, reason: 'CARD_NO_TAKEN', cells: table.rows[v.rowNo - 2] ?? [] });
          } else fresh.push(v.row);
        }
        if (!dryRun) await writeBatch(tx, jobId, fresh, profile);
        if (rejected.length) {
          await trx
            .insertInto('import_rejections')
            .values(
              rejected.map((r) => ({
                tenant_id: ctx.tenantId,
                job_id: jobId,
                row_no: r.rowNo,
                reason: r.reason,
                raw: JSON.stringify(Object.fromEntries(table.headers.map((h, i) => [h, r.cells[i] ?? '']))),
              })),
            )
            .execute();
        }
        await trx
          .updateTable('import_jobs')
          .set({
            processed_rows: sql`processed_rows + ${chunk.length}`,
            imported_rows: sql`imported_rows + ${fresh.length}`,
            skipped_rows: sql`skipped_rows + ${skipped}`,
            rejected_rows: sql`rejected_rows + ${rejected.length}`,
          })
          .where('tenant_id', '=', ctx.tenantId)
          .where('id', '=', jobId)
          .execute();
      });
    }
    await progress(ctx.db, ctx.tenantId, jobId, { status: 'done', finished_at: new Date().toISOString() });
    const done = await ctx.db
      .selectFrom('import_jobs')
      .select(['imported_rows', 'skipped_rows', 'rejected_rows'])
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
