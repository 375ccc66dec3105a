import { sql } from 'kysely';
import { dialectOf } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { ensureHistoryProducts, type HistoryItem } from '../catalog/ensure-history-products.ts';
import type { BatchOutcome, ImportKindSpec } from '../imports/import-kind.ts';
import { ensureImportedMembers, type ImportedCustomer } from '../members/ensure-imported-members.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import {
  HISTORY_FIELDS,
  HISTORY_REJECTION_LABELS,
  type HistoryRow,
  historyRowValidator,
} from './history-row.ts';

/**
 * A merchant's old transaction log as members (by the old customer id), products (by item code)
 * and history orders and returns (by invoice number, lines by their place in the invoice). Nothing
 * here moves a balance, points, stock or commission: those sales happened in the old system.
 * Running a file again finds every invoice line in place and adds nothing.
 */
export const historyImport: ImportKindSpec<HistoryRow> = {
  kind: 'history',
  permission: 'history.import',
  fields: HISTORY_FIELDS,
  rejectionLabels: HISTORY_REJECTION_LABELS,
  async prepare(ctx, jobId) {
    const { timezone } = await getTenantProfile(ctx);
    // Ids one millisecond apart, so they rise in file order and rows append to the end of the
    // B-tree indexes (ids of one millisecond are random among themselves).
    let idMs = ctx.now.getTime();
    const known: Known = {
      nextId: () => uuidv7(idMs++),
      // What earlier batches of this run created or found: most lines name known ones.
      members: new Map<string, string>(),
      products: new Map<string, string>(),
      orders: new Map<string, string>(),
    };
    return {
      validate: historyRowValidator(timezone),
      keys: () => [],
      write: (tx, rows, dryRun) => writeHistoryBatch(tx, jobId, rows, dryRun, known),
      growingTables: ['members', 'products', 'history_orders', 'history_order_lines'],
    };
  },
};

interface Known {
  nextId: () => string;
  members: Map<string, string>;
  products: Map<string, string>;
  orders: Map<string, string>;
}

async function writeHistoryBatch(
  ctx: Ctx,
  jobId: string,
  rows: readonly HistoryRow[],
  dryRun: boolean,
  known: Known,
): Promise<BatchOutcome> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, rejected: [] };
  if (dryRun) return dryRunOutcome(ctx, rows);
  // PostgreSQL: this batch's commit need not wait for its WAL flush. A crash can only lose the last
  // batches, never corrupt, and a batch runs again unchanged; other transactions keep their
  // synchronous commit (it also flushes what came before it).
  if (dialectOf(ctx.db) === 'postgres') await sql`set local synchronous_commit = off`.execute(ctx.db);

  const customers = new Map<string, ImportedCustomer>();
  const items = new Map<string, HistoryItem>();
  const invoices = new Map<string, HistoryRow>();
  for (const r of rows) {
    if (r.customerRef && !known.members.has(r.customerRef) && !customers.has(r.customerRef))
      customers.set(r.customerRef, { ref: r.customerRef, country: r.country });
    if (!known.products.has(r.sku) && !items.has(r.sku))
      items.set(r.sku, { sku: r.sku, name: r.name, priceCents: Math.abs(r.unitPriceCents) });
    if (!known.orders.has(r.invoiceNo) && !invoices.has(r.invoiceNo)) invoices.set(r.invoiceNo, r);
  }
  for (const [ref, id] of await ensureImportedMembers(ctx, [...customers.values()], known.nextId))
    known.members.set(ref, id);
  for (const [sku, id] of await ensureHistoryProducts(ctx, [...items.values()], known.nextId))
    known.products.set(sku, id);

  // The invoice header comes from its first line; an invoice already imported keeps its own.
  const at = ctx.now.toISOString();
  const newInvoices = [...invoices.values()];
  for (let i = 0; i < newInvoices.length; i += 500) {
    const chunk = newInvoices.slice(i, i + 500);
    const created = await ctx.db
      .insertInto('history_orders')
      .values(
        chunk.map((r) => ({
          tenant_id: ctx.tenantId,
          id: known.nextId(),
          invoice_no: r.invoiceNo,
          kind: r.kind,
          member_id: r.customerRef ? (known.members.get(r.customerRef) ?? null) : null,
          occurred_at: r.occurredAt,
          country: r.country,
          import_job_id: jobId,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'invoice_no']).doNothing())
      .returning(['id', 'invoice_no'])
      .execute();
    for (const o of created) known.orders.set(o.invoice_no, o.id);
    // Invoices an earlier run (or file) brought in are looked up.
    const existing = chunk.filter((r) => !known.orders.has(r.invoiceNo)).map((r) => r.invoiceNo);
    if (existing.length === 0) continue;
    const found = await ctx.db
      .selectFrom('history_orders')
      .select(['id', 'invoice_no'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('invoice_no', 'in', existing)
      .execute();
    for (const o of found) known.orders.set(o.invoice_no, o.id);
  }

  const inserted = await ctx.db
    .insertInto('history_order_lines')
    .values(
      rows.map((r) => ({
        tenant_id: ctx.tenantId,
        order_id: known.orders.get(r.invoiceNo)!,
        line_no: r.lineNo,
        product_id: known.products.get(r.sku)!,
        qty: r.qty,
        unit_price_cents: r.unitPriceCents,
        total_cents: r.totalCents,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'order_id', 'line_no']).doNothing())
    .executeTakeFirst();
  const created = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  return { created, updated: 0, unchanged: rows.length - created, rejected: [] };
}

/** A dry run writes nothing: a line of an invoice already imported counts as unchanged. */
async function dryRunOutcome(ctx: Ctx, rows: readonly HistoryRow[]): Promise<BatchOutcome> {
  const numbers = [...new Set(rows.map((r) => r.invoiceNo))];
  const existing = new Set(
    (
      await ctx.db
        .selectFrom('history_orders')
        .select('invoice_no')
        .where('tenant_id', '=', ctx.tenantId)
        .where('invoice_no', 'in', numbers)
        .execute()
    ).map((o) => o.invoice_no),
  );
  const unchanged = rows.filter((r) => existing.has(r.invoiceNo)).length;
  return { created: rows.length - unchanged, updated: 0, unchanged, rejected: [] };
}
