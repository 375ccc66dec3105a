import { sql } from 'kysely';
import type { ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requireStore } from '../auth/permissions.ts';
import { requireCatalogRead } from './access.ts';

export interface ProductLine {
  id: string;
  kind: ProductKind;
  sku: string;
  name: string;
  unit: string;
  priceCents: number;
  memberPriceCents: number | null;
  levelDiscount: boolean;
  trackStock: boolean;
  categoryId: string | null;
  cardProductId: string | null;
  matchedBy: 'barcode' | 'sku';
  onHand: number | null;
}

/**
 * The scanner path: a code is a barcode or a SKU, exactly. One query — each branch of the union is
 * a primary-key or unique-index probe — with the store's stock read by its key when a store is given. A
 * barcode wins over a SKU. Archived products are refused, not sold.
 */
export async function lookupProduct(
  ctx: Ctx,
  input: { code: string; storeId?: string },
): Promise<ProductLine> {
  requireCatalogRead(ctx.actor);
  if (input.storeId) requireStore(ctx.actor, input.storeId);
  const code = input.code.trim();
  const storeId = input.storeId ?? null;
  const matches = ctx.db
    .selectFrom('product_barcodes')
    .select(['product_id', sql<number>`0`.as('rank')])
    .where('tenant_id', '=', ctx.tenantId)
    .where('barcode', '=', code)
    .unionAll(
      ctx.db
        .selectFrom('products')
        .select(['id as product_id', sql<number>`1`.as('rank')])
        .where('tenant_id', '=', ctx.tenantId)
        .where('sku', '=', code),
    );
  const row = await ctx.db
    .selectFrom(matches.as('m'))
    .innerJoin('products as p', (j) =>
      j.on('p.tenant_id', '=', ctx.tenantId).onRef('p.id', '=', 'm.product_id'),
    )
    .selectAll('p')
    .select((eb) => [
      'm.rank',
      storeId
        ? eb
            .selectFrom('stock_levels as s')
            .select('s.on_hand')
            .where('s.tenant_id', '=', ctx.tenantId)
            .where('s.store_id', '=', storeId)
            .whereRef('s.product_id', '=', 'p.id')
            .as('on_hand')
        : sql<number | null>`null`.as('on_hand'),
    ])
    .orderBy('m.rank')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new AppError('PRODUCT_NOT_FOUND', 'No product has this barcode or SKU', { code });
  if (row.status === 'archived') {
    throw new AppError('PRODUCT_ARCHIVED', 'This product is no longer sold', { productId: row.id, code });
  }
  const tracked = row.track_stock === 1;
  return {
    id: row.id,
    kind: row.kind,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    priceCents: row.price_cents,
    memberPriceCents: row.member_price_cents,
    levelDiscount: row.level_discount === 1,
    trackStock: tracked,
    categoryId: row.category_id,
    cardProductId: row.card_product_id,
    matchedBy: Number(row.rank) === 0 ? 'barcode' : 'sku',
    onHand: storeId && tracked ? (row.on_hand ?? 0) : null,
  };
}
