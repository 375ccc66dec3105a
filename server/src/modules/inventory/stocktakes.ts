import { forUpdate } from '../../db/dialect.ts';
import type { StocktakesTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { loadStockProducts } from './products.ts';
import { readableStores } from './stock-levels.ts';
import { productLabels, requireActiveStore, storeNames } from './stores.ts';

export type StocktakeStatus = StocktakesTable['status'];

export interface StocktakeLine {
  productId: string;
  sku: string;
  productName: string;
  unit: string;
  countedQty: number;
  /** On hand when posted; before that, what is on hand now (a preview). */
  expectedQty: number;
  difference: number;
  reason: string;
}

export interface Stocktake {
  id: string;
  storeId: string;
  storeName: string;
  status: StocktakeStatus;
  note: string;
  createdBy: string | null;
  createdAt: string;
  postedBy: string | null;
  postedAt: string | null;
  lines: StocktakeLine[];
}

export async function loadStocktakeRow(ctx: Ctx, id: string, lock = false) {
  const q = ctx.db
    .selectFrom('stocktakes')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row) throw new AppError('STOCKTAKE_NOT_FOUND', 'No such stock-take', { stocktakeId: id });
  requireStore(ctx.actor, row.store_id);
  return row;
}

type StocktakeRow = Awaited<ReturnType<typeof loadStocktakeRow>>;

async function toViews(ctx: Ctx, rows: StocktakeRow[], withLines: boolean): Promise<Stocktake[]> {
  const ids = rows.map((r) => r.id);
  const lines =
    withLines && ids.length
      ? await ctx.db
          .selectFrom('stocktake_lines as sl')
          .innerJoin('stocktakes as s', (j) =>
            j.onRef('s.tenant_id', '=', 'sl.tenant_id').onRef('s.id', '=', 'sl.stocktake_id'),
          )
          .leftJoin('stock_levels as l', (j) =>
            j
              .onRef('l.tenant_id', '=', 'sl.tenant_id')
              .onRef('l.store_id', '=', 's.store_id')
              .onRef('l.product_id', '=', 'sl.product_id'),
          )
          .select([
            'sl.stocktake_id',
            'sl.product_id',
            'sl.counted_qty',
            'sl.expected_qty',
            'sl.reason',
            'l.on_hand',
          ])
          .where('sl.tenant_id', '=', ctx.tenantId)
          .where('sl.stocktake_id', 'in', ids)
          .orderBy('sl.product_id')
          .execute()
      : [];
  const stores = await storeNames(
    ctx,
    rows.map((r) => r.store_id),
  );
  const products = await productLabels(
    ctx,
    lines.map((l) => l.product_id),
  );
  return rows.map((r) => ({
    id: r.id,
    storeId: r.store_id,
    storeName: stores.get(r.store_id) ?? '',
    status: r.status,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    postedBy: r.posted_by,
    postedAt: r.posted_at,
    lines: lines
      .filter((l) => l.stocktake_id === r.id)
      .map((l) => {
        const p = products.get(l.product_id);
        const expected = l.expected_qty ?? l.on_hand ?? 0;
        return {
          productId: l.product_id,
          sku: p?.sku ?? '',
          productName: p?.name ?? '',
          unit: p?.unit ?? '',
          countedQty: l.counted_qty,
          expectedQty: expected,
          difference: l.counted_qty - expected,
          reason: l.reason,
        };
      }),
  }));
}

export async function getStocktake(ctx: Ctx, id: string): Promise<Stocktake> {
  requirePermission(ctx.actor, 'inventory.read');
  const [view] = await toViews(ctx, [await loadStocktakeRow(ctx, id)], true);
  return view!;
}

/** Stock-takes of the actor's stores, newest first (without their lines). */
export async function listStocktakes(
  ctx: Ctx,
  filter: { storeId?: string; status?: StocktakeStatus; cursor?: string; limit?: number },
): Promise<Page<Stocktake>> {
  requirePermission(ctx.actor, 'inventory.read');
  const stores = readableStores(ctx, filter.storeId);
  const limit = Math.min(filter.limit ?? 50, 200);
  let q = ctx.db.selectFrom('stocktakes').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (stores !== 'all') q = q.where('store_id', 'in', stores.length ? stores : ['-']);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.cursor) q = q.where('id', '<', decodeCursor<string>(filter.cursor));
  const rows = await q
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = await toViews(ctx, rows.slice(0, limit), false);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

/** Opens an empty count sheet for a store. */
export async function openStocktake(ctx: Ctx, input: { storeId: string; note?: string }): Promise<Stocktake> {
  requirePermission(ctx.actor, 'inventory.manage');
  requireStore(ctx.actor, input.storeId);
  return inTransaction(ctx, async (tx) => {
    await requireActiveStore(tx, input.storeId);
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('stocktakes')
      .values({
        tenant_id: tx.tenantId,
        id,
        store_id: input.storeId,
        status: 'open',
        note: input.note ?? '',
        created_by: tx.actor.userId,
        posted_by: null,
        posted_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await recordAudit(tx, {
      action: 'stocktake.open',
      entity: 'stocktake',
      entityId: id,
      storeId: input.storeId,
      after: { note: input.note ?? '' },
    });
    return getStocktake(tx, id);
  });
}

/**
 * Writes counted quantities on an open sheet: each line replaces that product's count; a null
 * count takes the product off the sheet. Moves no stock until the sheet is posted.
 */
export async function saveStocktakeLines(
  ctx: Ctx,
  id: string,
  lines: { productId: string; countedQty: number | null; reason?: string }[],
): Promise<Stocktake> {
  requirePermission(ctx.actor, 'inventory.manage');
  if (new Set(lines.map((l) => l.productId)).size !== lines.length)
    throw new AppError('VALIDATION_FAILED', 'Name each product once', { field: 'lines' });
  if (lines.some((l) => l.countedQty !== null && (!Number.isSafeInteger(l.countedQty) || l.countedQty < 0)))
    throw new AppError('VALIDATION_FAILED', 'Counts are whole units, zero or more', {
      field: 'lines.countedQty',
    });
  return inTransaction(ctx, async (tx) => {
    const row = await loadStocktakeRow(tx, id, true);
    if (row.status !== 'open')
      throw new AppError('STOCKTAKE_CLOSED', 'This stock-take is closed', { status: row.status });
    const counted = lines.filter((l) => l.countedQty !== null);
    await loadStockProducts(
      tx,
      counted.map((l) => l.productId),
      { allowArchived: true },
    );
    for (const line of lines) {
      const countedQty = line.countedQty;
      if (countedQty === null) {
        await tx.db
          .deleteFrom('stocktake_lines')
          .where('tenant_id', '=', tx.tenantId)
          .where('stocktake_id', '=', id)
          .where('product_id', '=', line.productId)
          .execute();
        continue;
      }
      await tx.db
        .insertInto('stocktake_lines')
        .values({
          tenant_id: tx.tenantId,
          stocktake_id: id,
          product_id: line.productId,
          expected_qty: null,
          counted_qty: countedQty,
          reason: line.reason ?? '',
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'stocktake_id', 'product_id'])
            .doUpdateSet({ counted_qty: countedQty, reason: line.reason ?? '' }),
        )
        .execute();
    }
    await tx.db
      .updateTable('stocktakes')
      .set({ updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    return getStocktake(tx, id);
  });
}
