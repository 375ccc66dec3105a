import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Qty = z.number().int().min(1).max(1_000_000);
const Cents = z.number().int().min(0).max(100_000_000_000);
const Note = z.string().trim().max(200);
const Cursor = {
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
};
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const StockEntryKindSchema = z.enum([
  'opening',
  'sale',
  'refund',
  'purchase',
  'transfer_out',
  'transfer_in',
  'stocktake',
  'adjustment',
]);

export const StockLevelSchema = z
  .object({
    storeId: IdSchema,
    storeName: z.string(),
    productId: IdSchema,
    sku: z.string(),
    productName: z.string(),
    unit: z.string(),
    categoryId: IdSchema.nullable(),
    onHand: z.number().int(),
    valueCents: z.number().int().describe('Moving-average value of what is on hand (fen)'),
    unitCostCents: z.number().int().nullable().describe('value / on hand (fen); null with nothing on hand'),
    lowStockThreshold: z.number().int().nullable(),
    low: z.boolean(),
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'StockLevel' });
export const StockLevelPage = page(StockLevelSchema);

export const StockQuery = z.strictObject({
  storeId: IdSchema.optional(),
  categoryId: IdSchema.optional(),
  q: z.string().trim().max(60).optional(),
  lowOnly: z.enum(['true', 'false']).optional(),
});

export const StockEntrySchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    storeId: IdSchema,
    productId: IdSchema,
    kind: StockEntryKindSchema,
    refType: z.string(),
    refId: z.string(),
    qtyDelta: z.number().int(),
    valueDeltaCents: z.number().int(),
    onHandAfter: z.number().int(),
    valueAfterCents: z.number().int(),
    actorUserId: IdSchema.nullable(),
    note: z.string(),
  })
  .meta({ id: 'StockEntry' });
export const StockEntryPage = page(StockEntrySchema);
export const LedgerQuery = z.strictObject({ productId: IdSchema, storeId: IdSchema.optional(), ...Cursor });

export const StockProductSchema = z
  .object({
    id: IdSchema,
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    categoryId: IdSchema.nullable(),
    costCents: z.number().int(),
    lowStockThreshold: z.number().int().nullable(),
  })
  .meta({ id: 'StockProduct' });

export const SupplierSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    contact: z.string(),
    phone: z.string(),
    note: z.string(),
    status: z.enum(['active', 'archived']),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Supplier' });
export const CreateSupplierBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  contact: z.string().trim().max(40).optional(),
  phone: z.string().trim().max(30).optional(),
  note: Note.optional(),
});
export const UpdateSupplierBody = CreateSupplierBody.partial().extend({
  status: z.enum(['active', 'archived']).optional(),
});

export const PurchaseOrderSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    storeName: z.string(),
    supplierId: IdSchema,
    supplierName: z.string(),
    status: z.enum(['open', 'partial', 'received', 'cancelled']),
    note: z.string(),
    createdBy: IdSchema.nullable(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    totalCents: z.number().int(),
    receivedCents: z.number().int(),
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        productId: IdSchema,
        sku: z.string(),
        productName: z.string(),
        unit: z.string(),
        qtyOrdered: z.number().int(),
        qtyReceived: z.number().int(),
        unitCostCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'PurchaseOrder' });
export const PurchaseOrderPage = page(PurchaseOrderSchema);
export const PurchaseOrderQuery = z.strictObject({
  storeId: IdSchema.optional(),
  status: z.enum(['open', 'partial', 'received', 'cancelled']).optional(),
  ...Cursor,
});
export const CreatePurchaseOrderBody = z.strictObject({
  storeId: IdSchema,
  supplierId: IdSchema,
  note: Note.optional(),
  lines: z
    .array(z.strictObject({ productId: IdSchema, qty: Qty, unitCostCents: Cents }))
    .min(1)
    .max(200),
});
export const ReceivePurchaseOrderBody = z.strictObject({
  /** Omitted: receive everything still outstanding. */
  lines: z
    .array(z.strictObject({ lineNo: z.number().int().min(1), qty: Qty }))
    .min(1)
    .max(200)
    .optional(),
  note: Note.optional(),
});
export const PurchaseReceiptSchema = z
  .object({
    receiptId: IdSchema,
    lines: z.array(
      z.object({
        lineNo: z.number().int(),
        productId: IdSchema,
        qty: z.number().int(),
        valueCents: z.number().int(),
      }),
    ),
    purchaseOrder: PurchaseOrderSchema,
  })
  .meta({ id: 'PurchaseReceipt' });
export const ReasonBody = z.strictObject({ reason: z.string().trim().min(1).max(200) });

const TransferStatus = z.enum(['in_transit', 'received', 'cancelled']);
export const TransferSchema = z
  .object({
    id: IdSchema,
    fromStoreId: IdSchema,
    fromStoreName: z.string(),
    toStoreId: IdSchema,
    toStoreName: z.string(),
    status: TransferStatus,
    note: z.string(),
    createdBy: IdSchema.nullable(),
    createdAt: TimestampSchema,
    receivedBy: IdSchema.nullable(),
    receivedAt: TimestampSchema.nullable(),
    valueCents: z.number().int().describe('The value the goods left the sender with (fen)'),
    lines: z.array(
      z.object({
        productId: IdSchema,
        sku: z.string(),
        productName: z.string(),
        unit: z.string(),
        qty: z.number().int(),
        valueCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'StockTransfer' });
export const TransferPage = page(TransferSchema);
export const TransferQuery = z.strictObject({
  storeId: IdSchema.optional(),
  status: TransferStatus.optional(),
  ...Cursor,
});
export const SendTransferBody = z.strictObject({
  fromStoreId: IdSchema,
  toStoreId: IdSchema,
  note: Note.optional(),
  lines: z
    .array(z.strictObject({ productId: IdSchema, qty: Qty }))
    .min(1)
    .max(200),
});

const StocktakeStatus = z.enum(['open', 'posted', 'cancelled']);
export const StocktakeSchema = z
  .object({
    id: IdSchema,
    storeId: IdSchema,
    storeName: z.string(),
    status: StocktakeStatus,
    note: z.string(),
    createdBy: IdSchema.nullable(),
    createdAt: TimestampSchema,
    postedBy: IdSchema.nullable(),
    postedAt: TimestampSchema.nullable(),
    lines: z.array(
      z.object({
        productId: IdSchema,
        sku: z.string(),
        productName: z.string(),
        unit: z.string(),
        countedQty: z.number().int(),
        expectedQty: z.number().int().describe('On hand when posted; until then, on hand now'),
        difference: z.number().int(),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: 'Stocktake' });
export const StocktakePage = page(StocktakeSchema);
export const StocktakeQuery = z.strictObject({
  storeId: IdSchema.optional(),
  status: StocktakeStatus.optional(),
  ...Cursor,
});
export const OpenStocktakeBody = z.strictObject({ storeId: IdSchema, note: Note.optional() });
export const StocktakeLinesBody = z.strictObject({
  lines: z
    .array(
      z.strictObject({
        productId: IdSchema,
        countedQty: z.number().int().min(0).max(10_000_000).nullable(),
        reason: Note.optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const AdjustStockBody = z.strictObject({
  storeId: IdSchema,
  productId: IdSchema,
  qtyDelta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((n) => n !== 0, 'not zero'),
  reason: z.string().trim().min(1).max(200),
  unitCostCents: Cents.optional(),
});
export const StockAdjustmentSchema = z
  .object({
    adjustmentId: IdSchema,
    onHand: z.number().int(),
    valueCents: z.number().int(),
    valueDeltaCents: z.number().int(),
  })
  .meta({ id: 'StockAdjustment' });
