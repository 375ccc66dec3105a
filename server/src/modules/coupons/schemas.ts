import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Cents = z.number().int();
const Amount = z.number().int().min(0).max(100_000_000_00);

const TemplateFields = {
  name: z.string().trim().min(1).max(60),
  kind: z
    .enum(['fixed', 'percent', 'threshold'])
    .describe('fixed: value fen off; percent: value % off (cap maxOffCents); threshold: 满减, value fen off'),
  value: z.number().int().min(1).max(100_000_000_00).describe('Fen off, or percent off for kind percent'),
  maxOffCents: Amount.nullable().describe('Percent coupons: the most they take off (null = no cap)'),
  thresholdCents: Amount.describe('The lines in scope must cost at least this (0 = none)'),
  scope: z.enum(['all', 'products', 'categories']),
  scopeIds: z.array(IdSchema).max(500),
  storeIds: z.array(IdSchema).max(500).describe('Stores where it can be used; [] = every store'),
  validity: z.enum(['fixed', 'days']).describe('fixed: validFrom–validUntil; days: validDays from issue'),
  validFrom: z.iso.datetime().nullable(),
  validUntil: z.iso.datetime().nullable(),
  validDays: z.number().int().min(1).max(3650).nullable(),
  perMemberLimit: z.number().int().min(0).max(1000).describe('0 = no limit'),
  totalStock: z.number().int().min(1).max(100_000_000).nullable().describe('null = unlimited'),
};

export const CreateCouponTemplateBody = z.strictObject(TemplateFields);
export const UpdateCouponTemplateBody = CreateCouponTemplateBody.partial().extend({
  status: z.enum(['active', 'archived']).optional(),
});

export const CouponTemplateSchema = z
  .object({
    id: IdSchema,
    ...TemplateFields,
    validFrom: TimestampSchema.nullable(),
    validUntil: TimestampSchema.nullable(),
    issuedCount: z.number().int(),
    status: z.enum(['active', 'archived']),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'CouponTemplate' });

export const CouponSchema = z
  .object({
    id: IdSchema,
    code: z.string().describe('Short code for the phone and the scanner'),
    memberId: IdSchema,
    templateId: IdSchema,
    name: z.string(),
    kind: z.enum(['fixed', 'percent', 'threshold']),
    value: z.number().int(),
    maxOffCents: Cents.nullable(),
    thresholdCents: Cents,
    scope: z.enum(['all', 'products', 'categories']),
    scopeIds: z.array(IdSchema),
    storeIds: z.array(IdSchema),
    status: z.enum(['issued', 'redeemed', 'void']),
    state: z.enum(['usable', 'not_yet_valid', 'used', 'expired', 'void']),
    validFrom: TimestampSchema,
    expiresAt: TimestampSchema,
    source: z.enum(['manual', 'recharge', 'signup', 'birthday', 'campaign', 'points', 'points_exchange']),
    issuedAt: TimestampSchema,
    redeemedAt: TimestampSchema.nullable(),
    redeemedOrderId: IdSchema.nullable(),
    discountCents: Cents,
  })
  .meta({ id: 'Coupon' });

export const CartCouponSchema = CouponSchema.extend({
  applicable: z.boolean(),
  estimateCents: Cents.describe('What it would take off this cart (before points)'),
  reason: z.string().nullable().describe('Why not: store, no_items_in_scope, below_threshold'),
}).meta({ id: 'CartCoupon' });

export const IssueCouponsBody = z.strictObject({
  templateId: IdSchema,
  count: z.number().int().min(1).max(50).default(1),
  note: z.string().trim().max(200).optional(),
});
