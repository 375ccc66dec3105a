import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { ServingStaffBody } from '../commission/schemas.ts';

const Item = z.object({ itemCode: z.string(), itemName: z.string(), sessions: z.number().int().nullable() });

export const CardProductSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(['counted', 'time']),
    priceCents: z.number().int(),
    validity: z.enum(['days', 'fixed']),
    validDays: z.number().int().optional(),
    validUntil: TimestampSchema.optional(),
    status: z.enum(['active', 'archived']),
    items: z.array(Item),
  })
  .meta({ id: 'CardProduct' });

export const CreateCardProductBody = z.strictObject({
  name: z.string().trim().min(1).max(60),
  kind: z.enum(['counted', 'time']),
  priceCents: z.number().int().min(0).max(100_000_000),
  validity: z.enum(['days', 'fixed']),
  validDays: z.number().int().min(1).max(3650).optional(),
  validUntil: z.iso.datetime().optional(),
  items: z
    .array(
      z.strictObject({
        itemCode: z.string().trim().min(1).max(40),
        itemName: z.string().trim().min(1).max(60),
        sessions: z.number().int().min(1).max(10_000).nullable(),
      }),
    )
    .min(1)
    .max(30),
});

export const MemberCardSchema = z
  .object({
    id: IdSchema,
    memberId: IdSchema,
    cardProductId: IdSchema,
    name: z.string(),
    kind: z.enum(['counted', 'time']),
    status: z.enum(['active', 'paused', 'refunded']),
    storeId: IdSchema,
    priceCents: z.number().int(),
    issuedAt: TimestampSchema,
    expiresAt: TimestampSchema.nullable(),
    pausedAt: TimestampSchema.nullable(),
    refundedCents: z.number().int(),
    expired: z.boolean(),
    items: z.array(
      z.object({
        itemCode: z.string(),
        itemName: z.string(),
        sessionsTotal: z.number().int().nullable(),
        sessionsLeft: z.number().int().nullable(),
        sessionsReserved: z.number().int().describe('Held for booked appointments (not in sessionsLeft)'),
      }),
    ),
  })
  .meta({ id: 'MemberCard' });

export const IssueCardBody = z.strictObject({
  cardProductId: IdSchema,
  storeId: IdSchema,
  paymentMethod: z.enum(['cash', 'bank_card', 'wechat', 'alipay', 'other']),
  paymentRef: z.string().trim().max(100).optional(),
  staff: ServingStaffBody,
});

export const ConsumeBody = z.strictObject({
  itemCode: z.string().trim().min(1).max(40),
  storeId: IdSchema,
});

export const RefundCardBody = z.strictObject({
  storeId: IdSchema,
  reason: z.string().trim().min(1).max(200),
});
