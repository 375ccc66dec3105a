import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { ServingStaffBody } from '../commission/schemas.ts';

const Cents = z.number().int().describe('fen (1/100 yuan)');

export const BalancesSchema = z.object({ principalCents: Cents, bonusCents: Cents });
export const StoredValueSchema = BalancesSchema.extend({
  totalCents: Cents,
  low: z.boolean().describe('Below the tenant’s balance-low threshold'),
});

export const RechargePlanSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    payCents: Cents,
    bonusCents: Cents,
    points: z.number().int().describe('Points credited with each recharge on this plan'),
    couponTemplateId: IdSchema.nullable().describe('Coupons given with each recharge on this plan'),
    couponCount: z.number().int().describe('How many coupons of that template'),
    status: z.enum(['active', 'archived']),
    sort: z.number().int(),
  })
  .meta({ id: 'RechargePlan' });

export const CreateRechargePlanBody = z.strictObject({
  name: z.string().trim().min(1).max(50),
  payCents: z.number().int().min(1).max(100_000_000),
  bonusCents: z.number().int().min(0).max(100_000_000),
  points: z.number().int().min(0).max(10_000_000).optional(),
  sort: z.number().int().min(0).max(9999).optional(),
  couponTemplateId: IdSchema.nullable().optional(),
  couponCount: z.number().int().min(0).max(20).optional(),
});

export const UpdateRechargePlanBody = z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  sort: z.number().int().min(0).max(9999).optional(),
  status: z.enum(['active', 'archived']).optional(),
  couponTemplateId: IdSchema.nullable().optional(),
  couponCount: z.number().int().min(0).max(20).optional(),
});

const PaymentMethod = z.enum(['cash', 'bank_card', 'wechat', 'alipay', 'other']);

export const RechargeSchema = z
  .object({
    id: IdSchema,
    memberId: IdSchema,
    storeId: IdSchema,
    planId: IdSchema.nullable(),
    principalCents: Cents,
    bonusCents: Cents,
    points: z.number().int(),
    paymentMethod: PaymentMethod,
    paymentRef: z.string(),
    status: z.enum(['completed', 'refunded']),
    refundedPrincipalCents: Cents,
    forfeitedBonusCents: Cents,
    createdAt: TimestampSchema,
    refundedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Recharge' });

export const RechargeBody = z.strictObject({
  storeId: IdSchema,
  planId: IdSchema.optional(),
  amountCents: z
    .number()
    .int()
    .min(1)
    .max(100_000_000)
    .optional()
    .describe('Custom amount (principal only), instead of a plan'),
  paymentMethod: PaymentMethod,
  paymentRef: z.string().trim().max(100).optional().describe('Terminal or QR-payment reference'),
  staff: ServingStaffBody,
});

export const RefundRechargeBody = z.strictObject({
  storeId: IdSchema,
  reason: z.string().trim().min(1).max(200),
});

export const StoredValueEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  storeId: IdSchema.nullable(),
  kind: z.string(),
  refType: z.string(),
  refId: z.string(),
  principalDelta: Cents,
  bonusDelta: Cents,
  principalAfter: Cents,
  bonusAfter: Cents,
  note: z.string(),
});
