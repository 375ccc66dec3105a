import type { Selectable } from 'kysely';
import type { Db, ProductsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';

export interface ProductView {
  id: string;
  kind: ProductsTable['kind'];
  sku: string;
  name: string;
  nameInitials: string;
  categoryId: string | null;
  unit: string;
  priceCents: number;
  memberPriceCents: number | null;
  costCents: number;
  trackStock: boolean;
  levelDiscount: boolean;
  durationMinutes: number | null;
  cardProductId: string | null;
  lowStockThreshold: number | null;
  status: ProductsTable['status'];
  barcodes: string[];
  createdAt: string;
  updatedAt: string;
}

export function toProductView(row: Selectable<ProductsTable>, barcodes: string[]): ProductView {
  return {
    id: row.id,
    kind: row.kind,
    sku: row.sku,
    name: row.name,
    nameInitials: row.name_initials,
    categoryId: row.category_id,
    unit: row.unit,
    priceCents: row.price_cents,
    memberPriceCents: row.member_price_cents,
    costCents: row.cost_cents,
    trackStock: row.track_stock === 1,
    levelDiscount: row.level_discount === 1,
    durationMinutes: row.duration_minutes,
    cardProductId: row.card_product_id,
    lowStockThreshold: row.low_stock_threshold,
    status: row.status,
    barcodes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Barcodes of many products in one query, grouped by product id (sorted, for stable output). */
export async function barcodesOf(db: Db, tenantId: string, productIds: readonly string[]) {
  const byProduct = new Map<string, string[]>();
  if (productIds.length === 0) return byProduct;
  const rows = await db
    .selectFrom('product_barcodes')
    .select(['product_id', 'barcode'])
    .where('tenant_id', '=', tenantId)
    .where('product_id', 'in', productIds)
    .orderBy('barcode')
    .execute();
  for (const r of rows) byProduct.set(r.product_id, [...(byProduct.get(r.product_id) ?? []), r.barcode]);
  return byProduct;
}

export async function viewsOf(db: Db, tenantId: string, rows: Selectable<ProductsTable>[]) {
  const barcodes = await barcodesOf(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toProductView(r, barcodes.get(r.id) ?? []));
}

/** A product of this tenant, or PRODUCT_NOT_FOUND (the same answer as for another tenant's id). */
export async function loadProductRow(ctx: Ctx, id: string) {
  const row = await ctx.db
    .selectFrom('products')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('PRODUCT_NOT_FOUND', 'No such product', { productId: id });
  return row;
}

export async function loadProduct(ctx: Ctx, id: string): Promise<ProductView> {
  const [view] = await viewsOf(ctx.db, ctx.tenantId, [await loadProductRow(ctx, id)]);
  return view!;
}
