import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { CouponSchema } from '../coupons/schemas.ts';

const Cents = z.number().int();

export const GiftCardSchema = z
  .object({
    id: IdSchema,
    last4: z.string().describe('The code’s last four digits (the code itself is never stored)'),
    faceValueCents: Cents,
    balanceCents: Cents,
    status: z.enum(['active', 'void']),
    expiresAt: TimestampSchema.nullable(),
    storeId: IdSchema.describe('Where it was issued or sold'),
    source: z.enum(['sale', 'manual', 'points_exchange']),
    soldOrderId: IdSchema.nullable(),
    soldLineNo: z.number().int().nullable(),
    memberId: IdSchema.nullable(),
    issuedAt: TimestampSchema,
    voidedAt: TimestampSchema.nullable(),
    voidReason: z.string(),
    note: z.string(),
  })
  .meta({ id: 'GiftCard' });

export const GiftCardEntrySchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    storeId: IdSchema.nullable(),
    kind: z.enum(['issue', 'spend', 'spend_reversal', 'void']),
    refType: z.string(),
    refId: z.string(),
    deltaCents: Cents,
    balanceAfterCents: Cents,
    note: z.string(),
    createdBy: IdSchema.nullable(),
  })
  .meta({ id: 'GiftCardEntry' });

export const GiftCardDetailSchema = GiftCardSchema.extend({ ledger: z.array(GiftCardEntrySchema) }).meta({
  id: 'GiftCardDetail',
});

export const IssuedGiftCardSchema = z
  .object({
    card: GiftCardSchema,
    code: z.string().describe('The full code: shown once, to print or hand over'),
  })
  .meta({ id: 'IssuedGiftCard' });

export const GiftCardCheckSchema = GiftCardSchema.extend({
  usable: z.boolean(),
  unusableCode: z
    .string()
    .nullable()
    .describe('Why it cannot pay now (GIFT_CARD_NOT_ACTIVE, GIFT_CARD_EXPIRED)'),
}).meta({ id: 'GiftCardCheck' });

export const GiftCardListQuery = z.strictObject({
  last4: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe('The last four digits of the code'),
  status: z.enum(['active', 'void']).optional(),
  storeId: IdSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const GiftCardPageSchema = z.object({
  items: z.array(GiftCardSchema),
  nextCursor: z.string().nullable(),
});

export const IssueGiftCardBody = z.strictObject({
  faceValueCents: z.number().int().min(1).max(10_000_000),
  storeId: IdSchema,
  expiresAt: z.iso.datetime().nullable().optional(),
  reason: z.string().trim().min(1).max(200),
});

export const VoidGiftCardBody = z.strictObject({ reason: z.string().trim().min(1).max(200) });

export const CheckGiftCardBody = z.strictObject({
  code: z.string().trim().min(1).max(40).describe('What the scanner read'),
});

export const ExchangeItemSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(['coupon', 'product', 'gift_card']),
    couponTemplateId: IdSchema.nullable(),
    productId: IdSchema.nullable(),
    giftCardValueCents: Cents.nullable(),
    pointsCost: z.number().int(),
    stock: z.number().int().nullable().describe('Total units to give; null = unlimited'),
    exchangedCount: z.number().int(),
    left: z.number().int().nullable(),
    status: z.enum(['active', 'archived']),
    sort: z.number().int(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'ExchangeItem' });

const itemFields = {
  name: z.string().trim().min(1).max(60),
  pointsCost: z.number().int().min(1).max(100_000_000),
  stock: z.number().int().min(0).max(100_000_000).nullable().optional(),
  sort: z.number().int().min(0).max(100_000).optional(),
};

export const CreateExchangeItemBody = z.strictObject({
  ...itemFields,
  kind: z.enum(['coupon', 'product', 'gift_card']),
  couponTemplateId: IdSchema.nullable().optional(),
  productId: IdSchema.nullable().optional(),
  giftCardValueCents: z.number().int().min(1).max(10_000_000).nullable().optional(),
});

export const UpdateExchangeItemBody = z.strictObject({
  name: itemFields.name.optional(),
  pointsCost: itemFields.pointsCost.optional(),
  stock: itemFields.stock,
  sort: itemFields.sort,
  status: z.enum(['active', 'archived']).optional(),
});

export const ExchangeBody = z.strictObject({
  itemId: IdSchema,
  storeId: IdSchema,
  qty: z.number().int().min(1).max(20).optional(),
});

export const ExchangeRecordSchema = z
  .object({
    id: IdSchema,
    itemId: IdSchema,
    itemName: z.string(),
    kind: z.enum(['coupon', 'product', 'gift_card']),
    qty: z.number().int(),
    points: z.number().int(),
    storeId: IdSchema,
    createdAt: TimestampSchema,
  })
  .meta({ id: 'PointsExchangeRecord' });

export const ExchangeResultSchema = z
  .object({
    id: IdSchema,
    item: ExchangeItemSchema,
    memberId: IdSchema,
    storeId: IdSchema,
    qty: z.number().int(),
    points: z.number().int(),
    pointsBalance: z.number().int().describe('The member’s points after the exchange'),
    coupons: z.array(CouponSchema),
    giftCards: z.array(IssuedGiftCardSchema),
    productId: IdSchema.nullable(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'PointsExchange' });

export const GiftCardLiabilitySchema = z
  .object({
    activeCount: z.number().int(),
    outstandingCents: Cents.describe('Balance of every active card: owed to card holders'),
    byStore: z.array(z.object({ storeId: IdSchema, activeCount: z.number().int(), outstandingCents: Cents })),
  })
  .meta({ id: 'GiftCardLiability' });
