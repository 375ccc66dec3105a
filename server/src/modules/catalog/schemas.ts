import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Fen = z.number().int().min(0).max(100_000_000);
/** SKUs double as the item codes counted cards name, so they stay plain: letters, digits, . _ - */
export const SkuSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, 'Letters, digits, dot, dash or underscore, at most 40');
const Barcode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,40}$/, 'Letters, digits, dot, dash or underscore, at most 40');
const ProductKind = z.enum(['goods', 'service', 'card', 'gift_card']);
const ProductStatus = z.enum(['active', 'archived']);

export const CategorySchema = z
  .object({
    id: IdSchema,
    parentId: IdSchema.nullable(),
    name: z.string(),
    sort: z.number().int(),
    pointsPerYuan: z.number().int().nullable().describe('Points per ¥1 paid; null = the tenant’s rate'),
    productCount: z.number().int().describe('Products directly in this category'),
  })
  .meta({ id: 'Category' });

const categoryFields = {
  name: z.string().trim().min(1).max(40),
  parentId: IdSchema.nullable().optional(),
  sort: z.number().int().min(0).max(100_000).optional(),
  pointsPerYuan: z.number().int().min(0).max(1000).nullable().optional(),
};
export const CreateCategoryBody = z.strictObject(categoryFields);
export const UpdateCategoryBody = z.strictObject({ ...categoryFields, name: categoryFields.name.optional() });

export const ProductSchema = z
  .object({
    id: IdSchema,
    kind: ProductKind,
    sku: z.string(),
    name: z.string(),
    nameInitials: z.string().describe('Pinyin initials of the name (洗剪吹 → xjc)'),
    categoryId: IdSchema.nullable(),
    unit: z.string(),
    priceCents: z.number().int(),
    memberPriceCents: z.number().int().nullable(),
    costCents: z.number().int().describe('Standard cost, fen'),
    trackStock: z.boolean(),
    levelDiscount: z.boolean().describe('Whether the member’s level discount applies'),
    durationMinutes: z.number().int().nullable(),
    cardProductId: IdSchema.nullable(),
    lowStockThreshold: z.number().int().nullable(),
    status: ProductStatus,
    barcodes: z.array(z.string()),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Product' });

const productFields = {
  sku: SkuSchema,
  name: z.string().trim().min(1).max(60),
  categoryId: IdSchema.nullable().optional(),
  unit: z.string().trim().min(1).max(10).optional(),
  priceCents: Fen.optional().describe('Required except for a card product (defaults to its price)'),
  memberPriceCents: Fen.nullable().optional(),
  costCents: Fen.optional(),
  trackStock: z.boolean().optional(),
  levelDiscount: z.boolean().optional(),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullable()
    .optional(),
  cardProductId: IdSchema.nullable().optional(),
  lowStockThreshold: z.number().int().min(0).max(1_000_000).nullable().optional(),
  barcodes: z.array(Barcode).max(20).optional(),
};
export const CreateProductBody = z.strictObject({ kind: ProductKind, ...productFields });
export const UpdateProductBody = z.strictObject({
  ...productFields,
  sku: SkuSchema.optional(),
  name: productFields.name.optional(),
  status: ProductStatus.optional(),
});

export const ListProductsQuery = z.strictObject({
  q: z.string().trim().max(60).optional().describe('Name, SKU prefix, pinyin initials prefix or barcode'),
  categoryId: IdSchema.optional().describe('This category and every category under it'),
  kind: ProductKind.optional(),
  status: ProductStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ProductPageSchema = z.object({
  items: z.array(ProductSchema),
  nextCursor: z.string().nullable(),
});

export const LookupQuery = z.strictObject({
  code: z.string().trim().min(1).max(40).describe('A barcode or a SKU, exactly'),
  storeId: IdSchema.optional().describe('Also answer this store’s stock on hand'),
});

export const ProductLineSchema = z
  .object({
    id: IdSchema,
    kind: ProductKind,
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    priceCents: z.number().int(),
    memberPriceCents: z.number().int().nullable(),
    levelDiscount: z.boolean(),
    trackStock: z.boolean(),
    categoryId: IdSchema.nullable(),
    cardProductId: IdSchema.nullable(),
    matchedBy: z.enum(['barcode', 'sku']),
    onHand: z.number().int().nullable().describe('Stock in storeId; null when not asked or not tracked'),
  })
  .meta({ id: 'ProductLine' });
