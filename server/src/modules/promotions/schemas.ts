import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Amount = z.number().int().min(0).max(100_000_000_00);

const MemberDay = z.strictObject({
  weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7).describe('0 = Sunday … 6 = Saturday'),
  percentOff: z.number().int().min(0).max(99).describe('Extra percent off the order for members'),
  pointsMultiplierPercent: z.number().int().min(100).max(1000).describe('200 = double points'),
});
const SpecialPrice = z.strictObject({
  items: z
    .array(z.strictObject({ productId: IdSchema, priceCents: Amount }))
    .min(1)
    .max(500),
});
const OrderTiers = z.strictObject({
  tiers: z
    .array(z.strictObject({ thresholdCents: Amount.min(1), offCents: Amount.min(1) }))
    .min(1)
    .max(10),
});
const BuyXGetY = z.strictObject({
  productIds: z.array(IdSchema).min(1).max(500),
  buyQty: z.number().int().min(1).max(100),
  getQty: z.number().int().min(1).max(100),
  percentOff: z.number().int().min(1).max(100).describe('Off each "get" unit: 100 = free'),
});

const Common = {
  name: z.string().trim().min(1).max(60),
  storeIds: z.array(IdSchema).max(500).describe('[] = every store'),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
};

export const PromotionBody = z.discriminatedUnion('kind', [
  z.strictObject({ ...Common, kind: z.literal('member_day'), rules: MemberDay }),
  z.strictObject({ ...Common, kind: z.literal('special_price'), rules: SpecialPrice }),
  z.strictObject({ ...Common, kind: z.literal('order_tiers'), rules: OrderTiers }),
  z.strictObject({ ...Common, kind: z.literal('buy_x_get_y'), rules: BuyXGetY }),
]);

export const UpdatePromotionBody = z.strictObject({
  promotion: PromotionBody.optional().describe('New terms (the kind stays)'),
  status: z.enum(['active', 'archived']).optional(),
});

const Meta = { id: IdSchema, status: z.enum(['active', 'archived']), createdAt: TimestampSchema };
export const PromotionSchema = z
  .discriminatedUnion('kind', [
    z.object({
      ...Common,
      ...Meta,
      startsAt: TimestampSchema,
      endsAt: TimestampSchema.nullable(),
      kind: z.literal('member_day'),
      rules: MemberDay,
    }),
    z.object({
      ...Common,
      ...Meta,
      startsAt: TimestampSchema,
      endsAt: TimestampSchema.nullable(),
      kind: z.literal('special_price'),
      rules: SpecialPrice,
    }),
    z.object({
      ...Common,
      ...Meta,
      startsAt: TimestampSchema,
      endsAt: TimestampSchema.nullable(),
      kind: z.literal('order_tiers'),
      rules: OrderTiers,
    }),
    z.object({
      ...Common,
      ...Meta,
      startsAt: TimestampSchema,
      endsAt: TimestampSchema.nullable(),
      kind: z.literal('buy_x_get_y'),
      rules: BuyXGetY,
    }),
  ])
  .meta({ id: 'Promotion' });
