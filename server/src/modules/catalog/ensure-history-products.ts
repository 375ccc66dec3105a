import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { namePinyin } from '../members/identity.ts';

export interface HistoryItem {
  /** The old system's item code. */
  sku: string;
  /** Its description in the file; the code when the file has none. */
  name: string;
  /** The first price the file shows for it. */
  priceCents: number;
}

/**
 * The products these old-system item codes name, creating the missing ones in the caller's
 * transaction. A code that is a product's SKU or barcode is that product (a code means one thing
 * at the till); a new one is archived goods that track no stock: it was sold in the old system,
 * and becomes sellable here only when the merchant reactivates it with a checked price. Answers
 * code → product id; an existing product is never changed.
 */
export async function ensureHistoryProducts(
  ctx: Ctx,
  items: readonly HistoryItem[],
  nextId: () => string = () => uuidv7(ctx.now.getTime()),
): Promise<Map<string, string>> {
  const codes = items.map((i) => i.sku);
  const ids = await findProductsByCode(ctx, codes);
  const missing = items.filter((i) => !ids.has(i.sku));
  const at = ctx.now.toISOString();
  for (let i = 0; i < missing.length; i += 200) {
    const created = await ctx.db
      .insertInto('products')
      .values(
        missing.slice(i, i + 200).map((item) => ({
          tenant_id: ctx.tenantId,
          id: nextId(),
          kind: 'goods' as const,
          sku: item.sku,
          name: item.name,
          name_initials: namePinyin(item.name).initials.slice(0, 40),
          category_id: null,
          unit: '件',
          price_cents: item.priceCents,
          member_price_cents: null,
          cost_cents: 0,
          track_stock: 0 as const,
          level_discount: 1 as const,
          duration_minutes: null,
          card_product_id: null,
          low_stock_threshold: null,
          status: 'archived' as const,
          created_at: at,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'sku']).doNothing())
      .returning(['id', 'sku'])
      .execute();
    for (const p of created) ids.set(p.sku, p.id);
  }
  // A product another import created meanwhile.
  const raced = missing.filter((m) => !ids.has(m.sku)).map((m) => m.sku);
  if (raced.length) for (const [code, id] of await findProductsByCode(ctx, raced)) ids.set(code, id);
  return ids;
}

async function findProductsByCode(ctx: Ctx, codes: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    const bySku = await ctx.db
      .selectFrom('products')
      .select(['id', 'sku'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('sku', 'in', chunk)
      .execute();
    for (const p of bySku) ids.set(p.sku, p.id);
    const rest = chunk.filter((c) => !ids.has(c));
    if (rest.length === 0) continue;
    const byBarcode = await ctx.db
      .selectFrom('product_barcodes')
      .select(['product_id', 'barcode'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('barcode', 'in', rest)
      .execute();
    for (const b of byBarcode) ids.set(b.barcode, b.product_id);
  }
  return ids;
}
