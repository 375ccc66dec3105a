import type { Db, ProductsTable } from '../src/db/schema.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { T0 } from './factories.ts';

let skuSeq = 0;

/**
 * A product inserted straight into `products` (the catalog's own use cases may not exist yet in a
 * test): stock-tracked goods unless told otherwise.
 */
export async function makeProduct(
  db: Db,
  tenantId: string,
  input: Partial<Omit<ProductsTable, 'tenant_id' | 'created_at' | 'updated_at'>> = {},
) {
  skuSeq++;
  const row = {
    tenant_id: tenantId,
    id: uuidv7(),
    kind: 'goods' as const,
    sku: `SKU${String(skuSeq).padStart(5, '0')}`,
    name: `商品${skuSeq}`,
    name_initials: `sp${skuSeq}`,
    category_id: null,
    unit: '件',
    price_cents: 1000,
    member_price_cents: null,
    cost_cents: 500,
    track_stock: 1 as const,
    level_discount: 1 as const,
    duration_minutes: null,
    card_product_id: null,
    low_stock_threshold: null,
    status: 'active' as const,
    ...input,
    created_at: T0.toISOString(),
    updated_at: T0.toISOString(),
  };
  await db.insertInto('products').values(row).execute();
  return row;
}
