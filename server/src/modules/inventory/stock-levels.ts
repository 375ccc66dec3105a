import { containsInsensitive, prefixRange } from '../../db/dialect.ts';
import type { StockEntryKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { divRound } from '../../shared/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';

export interface StockLevel {
  storeId: string;
  storeName: string;
  productId: string;
  sku: string;
  productName: string;
  unit: string;
  categoryId: string | null;
  onHand: number;
  valueCents: number;
  /** value / on hand, rounded to the fen; null with nothing on hand. */
  unitCostCents: number | null;
  lowStockThreshold: number | null;
  low: boolean;
  updatedAt: string;
}

export interface StockFilter {
  storeId?: string;
  categoryId?: string;
  q?: string;
  lowOnly?: boolean;
}

/** The stores a read may cover: the one asked for (if the actor may see it), else all of theirs. */
export function readableStores(ctx: Ctx, storeId?: string): readonly string[] | 'all' {
  if (storeId) {
    requireStore(ctx.actor, storeId);
    return [storeId];
  }
  return ctx.actor.storeIds;
}

export function stockQuery(ctx: Ctx, filter: StockFilter) {
  const stores = readableStores(ctx, filter.storeId);
  let q = ctx.db
    .selectFrom('stock_levels as l')
    .innerJoin('products as p', (j) =>
      j.onRef('p.tenant_id', '=', 'l.tenant_id').onRef('p.id', '=', 'l.product_id'),
    )
    .innerJoin('stores as s', (j) =>
      j.onRef('s.tenant_id', '=', 'l.tenant_id').onRef('s.id', '=', 'l.store_id'),
    )
    .select([
      'l.store_id',
      's.name as store_name',
      'l.product_id',
      'p.sku',
      'p.name as product_name',
      'p.unit',
      'p.category_id',
      'p.low_stock_threshold',
      'l.on_hand',
      'l.value_cents',
      'l.updated_at',
    ])
    .where('l.tenant_id', '=', ctx.tenantId);
  if (stores !== 'all') q = q.where('l.store_id', 'in', stores.length ? stores : ['-']);
  if (filter.categoryId) q = q.where('p.category_id', '=', filter.categoryId);
  const needle = filter.q?.trim();
  if (needle)
    q = q.where((eb) =>
      eb.or([prefixRange('p.sku', needle), containsInsensitive(ctx.db, eb.ref('p.name'), needle)]),
    );
  if (filter.lowOnly)
    q = q.where('p.low_stock_threshold', 'is not', null).whereRef('l.on_hand', '<=', 'p.low_stock_threshold');
  return q;
}

type StockRow = Awaited<ReturnType<ReturnType<typeof stockQuery>['execute']>>[number];

export function toStockLevel(r: StockRow): StockLevel {
  return {
    storeId: r.store_id,
    storeName: r.store_name,
    productId: r.product_id,
    sku: r.sku,
    productName: r.product_name,
    unit: r.unit,
    categoryId: r.category_id,
    onHand: r.on_hand,
    valueCents: r.value_cents,
    unitCostCents: r.on_hand > 0 ? divRound(r.value_cents, r.on_hand) : null,
    lowStockThreshold: r.low_stock_threshold,
    low: r.low_stock_threshold !== null && r.on_hand <= r.low_stock_threshold,
    updatedAt: r.updated_at,
  };
}

/** Stock per store and product, by SKU then store; `lowOnly` keeps what is at or under its threshold. */
export async function listStockLevels(
  ctx: Ctx,
  filter: StockFilter & { cursor?: string; limit?: number },
): Promise<Page<StockLevel>> {
  requirePermission(ctx.actor, 'inventory.read');
  const limit = Math.min(filter.limit ?? 50, 200);
  let q = stockQuery(ctx, filter);
  if (filter.cursor) {
    const [sku, storeId] = decodeCursor<[string, string]>(filter.cursor);
    q = q.where((eb) =>
      eb.or([eb('p.sku', '>', sku), eb.and([eb('p.sku', '=', sku), eb('l.store_id', '>', storeId)])]),
    );
  }
  const rows = await q
    .orderBy('p.sku')
    .orderBy('l.store_id')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toStockLevel);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.sku, last.storeId]) : null,
  };
}

export interface StockEntry {
  id: string;
  at: string;
  storeId: string;
  productId: string;
  kind: StockEntryKind;
  refType: string;
  refId: string;
  qtyDelta: number;
  valueDeltaCents: number;
  onHandAfter: number;
  valueAfterCents: number;
  actorUserId: string | null;
  note: string;
}

/** One product's stock ledger in one store (or every store the actor sees), newest first. */
export async function listStockLedger(
  ctx: Ctx,
  filter: { productId: string; storeId?: string; cursor?: string; limit?: number },
): Promise<Page<StockEntry>> {
  requirePermission(ctx.actor, 'inventory.read');
  const stores = readableStores(ctx, filter.storeId);
  const limit = Math.min(filter.limit ?? 50, 200);
  let q = ctx.db
    .selectFrom('stock_ledger')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('product_id', '=', filter.productId);
  if (stores !== 'all') q = q.where('store_id', 'in', stores.length ? stores : ['-']);
  if (filter.cursor) {
    const [at, id] = decodeCursor<[string, string]>(filter.cursor);
    q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  const rows = await q
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(
    (r): StockEntry => ({
      id: r.id,
      at: r.at,
      storeId: r.store_id,
      productId: r.product_id,
      kind: r.kind,
      refType: r.ref_type,
      refId: r.ref_id,
      qtyDelta: r.qty_delta,
      valueDeltaCents: r.value_delta_cents,
      onHandAfter: r.on_hand_after,
      valueAfterCents: r.value_after_cents,
      actorUserId: r.actor_user_id,
      note: r.note,
    }),
  );
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.at, last.id]) : null };
}
