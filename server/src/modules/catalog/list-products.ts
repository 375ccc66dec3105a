import { sql } from 'kysely';
import { containsInsensitive, prefixRange } from '../../db/dialect.ts';
import type { ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requireCatalogRead } from './access.ts';
import { subtreeIds } from './categories.ts';
import { loadProduct, type ProductView, viewsOf } from './products.ts';

export interface ProductSearch {
  q?: string;
  categoryId?: string;
  kind?: ProductKind;
  status?: 'active' | 'archived';
  cursor?: string;
  limit?: number;
}

/**
 * Products by SKU order (unique per tenant, so the cursor is the last SKU). `q` matches a SKU
 * prefix, a pinyin-initials prefix (xjc → 洗剪吹), a barcode exactly, or any part of the name.
 */
export async function listProducts(ctx: Ctx, search: ProductSearch): Promise<Page<ProductView>> {
  requireCatalogRead(ctx.actor);
  const limit = Math.min(search.limit ?? 50, 200);
  const after = search.cursor ? decodeCursor<{ sku: string }>(search.cursor) : null;
  let q = ctx.db.selectFrom('products').selectAll().where('tenant_id', '=', ctx.tenantId);
  const text = search.q?.trim();
  if (text) {
    const lower = text.toLowerCase();
    q = q.where((eb) =>
      eb.or([
        prefixRange('sku', text),
        ...(text.toUpperCase() !== text ? [prefixRange('sku', text.toUpperCase())] : []),
        ...(/^[a-z]+$/.test(lower) ? [prefixRange('name_initials', lower)] : []),
        containsInsensitive(ctx.db, sql.ref('name'), text),
        eb(
          'id',
          'in',
          eb
            .selectFrom('product_barcodes')
            .select('product_id')
            .where('tenant_id', '=', ctx.tenantId)
            .where('barcode', '=', text),
        ),
      ]),
    );
  }
  if (search.categoryId) {
    const ids = await subtreeIds(ctx, search.categoryId);
    q = ids.length ? q.where('category_id', 'in', ids) : q.where(sql<boolean>`1 = 0`);
  }
  if (search.kind) q = q.where('kind', '=', search.kind);
  if (search.status) q = q.where('status', '=', search.status);
  if (after) q = q.where('sku', '>', after.sku);
  const rows = await q
    .orderBy('sku')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await viewsOf(ctx.db, ctx.tenantId, page),
    nextCursor: rows.length > limit && last ? encodeCursor({ sku: last.sku }) : null,
  };
}

export async function getProduct(ctx: Ctx, id: string): Promise<ProductView> {
  requireCatalogRead(ctx.actor);
  return loadProduct(ctx, id);
}
