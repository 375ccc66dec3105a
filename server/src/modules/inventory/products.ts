import { containsInsensitive, prefixRange } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requirePermission } from '../auth/permissions.ts';

export interface StockProduct {
  id: string;
  sku: string;
  name: string;
  unit: string;
  categoryId: string | null;
  costCents: number;
  lowStockThreshold: number | null;
}

function toStockProduct(r: {
  id: string;
  sku: string;
  name: string;
  unit: string;
  category_id: string | null;
  cost_cents: number;
  low_stock_threshold: number | null;
}): StockProduct {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    categoryId: r.category_id,
    costCents: r.cost_cents,
    lowStockThreshold: r.low_stock_threshold,
  };
}

function baseQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('products')
    .select(['id', 'sku', 'name', 'unit', 'category_id', 'cost_cents', 'low_stock_threshold', 'status'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('kind', '=', 'goods')
    .where('track_stock', '=', 1);
}

/**
 * The stock-tracked goods behind a document's lines, by id. Anything else (a service, an archived
 * or unknown product) is refused with PRODUCT_NOT_FOUND before a unit moves.
 */
export async function loadStockProducts(
  ctx: Ctx,
  ids: readonly string[],
  opts: { allowArchived?: boolean } = {},
): Promise<Map<string, StockProduct>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await baseQuery(ctx).where('id', 'in', unique).execute() : [];
  const found = new Map(rows.map((r) => [r.id, r]));
  for (const id of unique) {
    const row = found.get(id);
    if (!row) throw new AppError('PRODUCT_NOT_FOUND', 'No such stock-tracked product', { productId: id });
    if (row.status !== 'active' && !opts.allowArchived)
      throw new AppError('PRODUCT_ARCHIVED', 'This product is archived', { productId: id });
  }
  return new Map(rows.map((r) => [r.id, toStockProduct(r)]));
}

/** Stock-tracked goods for the document pickers: by SKU prefix, barcode or name. */
export async function searchStockProducts(ctx: Ctx, q: string | undefined): Promise<StockProduct[]> {
  requirePermission(ctx.actor, 'inventory.read');
  let query = baseQuery(ctx).where('status', '=', 'active');
  const needle = q?.trim();
  if (needle) {
    query = query.where((eb) =>
      eb.or([
        prefixRange('sku', needle),
        containsInsensitive(ctx.db, eb.ref('name'), needle),
        prefixRange('name_initials', needle.toLowerCase()),
        eb(
          'id',
          'in',
          eb
            .selectFrom('product_barcodes')
            .select('product_id')
            .where('tenant_id', '=', ctx.tenantId)
            .where('barcode', '=', needle),
        ),
      ]),
    );
  }
  const rows = await query.orderBy('sku').limit(30).execute();
  return rows.map(toStockProduct);
}
