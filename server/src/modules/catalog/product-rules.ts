import type { Insertable } from 'kysely';
import type { ProductKind, ProductsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { fen } from '../../shared/money.ts';
import { loadCardProduct } from '../cards/card-products.ts';
import { namePinyin } from '../members/identity.ts';

export interface ProductFields {
  sku: string;
  name: string;
  categoryId?: string | null;
  unit?: string;
  priceCents?: number;
  memberPriceCents?: number | null;
  costCents?: number;
  trackStock?: boolean;
  levelDiscount?: boolean;
  durationMinutes?: number | null;
  cardProductId?: string | null;
  lowStockThreshold?: number | null;
  barcodes?: string[];
}

const DEFAULT_UNIT: Record<ProductKind, string> = { goods: '件', service: '次', card: '张', gift_card: '张' };

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { field });

/**
 * The row a product's fields make, with the rules of its kind: only goods track stock, only
 * services have a duration, only a card product points at a card product (and takes its price
 * unless one is given). Money goes through `fen`; a member price above the price is refused.
 */
export async function productRow(
  ctx: Ctx,
  kind: ProductKind,
  input: ProductFields,
): Promise<Omit<Insertable<ProductsTable>, 'tenant_id' | 'id' | 'status' | 'created_at' | 'updated_at'>> {
  let priceCents = input.priceCents;
  if (kind === 'card') {
    if (!input.cardProductId) throw invalid('cardProductId', 'A card product needs the card it sells');
    const card = await loadCardProduct(ctx, input.cardProductId);
    priceCents ??= card.priceCents;
  } else if (input.cardProductId) {
    throw invalid('cardProductId', 'Only a product of kind card sells a card product');
  }
  if (priceCents === undefined) throw invalid('priceCents', 'Give the price');
  // A gift card's price is its face value: it sells at that, never below (no member price).
  if (kind === 'gift_card' && priceCents <= 0) throw invalid('priceCents', 'A gift card has a face value');
  if (kind === 'gift_card' && input.memberPriceCents != null)
    throw invalid('memberPriceCents', 'A gift card sells at its face value');
  if (kind !== 'goods' && input.trackStock) throw invalid('trackStock', 'Only goods keep stock');
  if (kind !== 'service' && input.durationMinutes) {
    throw invalid('durationMinutes', 'Only services have a duration');
  }
  if (input.memberPriceCents != null && input.memberPriceCents > priceCents) {
    throw invalid('memberPriceCents', 'The member price cannot be above the price');
  }
  if (input.categoryId) {
    const category = await ctx.db
      .selectFrom('categories')
      .select('id')
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', '=', input.categoryId)
      .executeTakeFirst();
    if (!category) {
      throw new AppError('CATEGORY_NOT_FOUND', 'No such category', {
        field: 'categoryId',
        categoryId: input.categoryId,
      });
    }
  }
  const name = input.name.trim();
  return {
    kind,
    sku: input.sku.trim(),
    name,
    name_initials: namePinyin(name).initials,
    category_id: input.categoryId ?? null,
    unit: input.unit?.trim() || DEFAULT_UNIT[kind],
    price_cents: fen(priceCents),
    member_price_cents: input.memberPriceCents == null ? null : fen(input.memberPriceCents),
    cost_cents: fen(input.costCents ?? 0),
    track_stock: kind === 'goods' && (input.trackStock ?? true) ? 1 : 0,
    level_discount: kind !== 'gift_card' && (input.levelDiscount ?? true) ? 1 : 0,
    duration_minutes: kind === 'service' ? (input.durationMinutes ?? null) : null,
    card_product_id: kind === 'card' ? (input.cardProductId ?? null) : null,
    low_stock_threshold: kind === 'goods' ? (input.lowStockThreshold ?? null) : null,
  };
}

/** Barcodes trimmed and de-duplicated, in the order given. */
export function cleanBarcodes(barcodes: readonly string[] | undefined): string[] {
  return [...new Set((barcodes ?? []).map((b) => b.trim()).filter(Boolean))];
}

/**
 * A SKU and barcodes belong to one product of the tenant, and a code means one thing at the till:
 * a barcode may not be another product's SKU, nor a SKU another product's barcode (a product's own
 * EAN may be its SKU too).
 */
export async function assertCodesFree(
  ctx: Ctx,
  sku: string,
  barcodes: readonly string[],
  selfId?: string,
): Promise<void> {
  const codes = [sku, ...barcodes];
  const bySku = await ctx.db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('sku', 'in', codes)
    .execute();
  const byBarcode = await ctx.db
    .selectFrom('product_barcodes')
    .select(['product_id', 'barcode'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('barcode', 'in', codes)
    .execute();
  const skuOwner = [
    ...bySku.filter((r) => r.sku === sku).map((r) => r.id),
    ...byBarcode.filter((r) => r.barcode === sku).map((r) => r.product_id),
  ].find((id) => id !== selfId);
  if (skuOwner) {
    throw new AppError('SKU_TAKEN', 'Another product has this SKU or barcode', {
      field: 'sku',
      sku,
      productId: skuOwner,
    });
  }
  for (const code of barcodes) {
    const owner = [
      ...bySku.filter((r) => r.sku === code).map((r) => r.id),
      ...byBarcode.filter((r) => r.barcode === code).map((r) => r.product_id),
    ].find((id) => id !== selfId);
    if (owner) {
      throw new AppError('BARCODE_TAKEN', 'Another product has this barcode or SKU', {
        field: 'barcodes',
        barcode: code,
        productId: owner,
      });
    }
  }
}
