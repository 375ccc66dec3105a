import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Cents = z.number().int();
const Reason = z.string().trim().min(1).max(200);

export const AdjustmentSchema = z
  .object({
    id: IdSchema,
    memberId: IdSchema,
    storeId: IdSchema,
    account: z.enum(['stored_value', 'points', 'card_sessions']),
    principalDeltaCents: Cents,
    bonusDeltaCents: Cents,
    pointsDelta: z.number().int(),
    memberCardId: IdSchema.nullable(),
    itemCode: z.string().nullable(),
    sessionsDelta: z.number().int(),
    valueCents: Cents.describe(
      'What the approval threshold compared: the amount, or the value of points or sessions',
    ),
    reason: z.string(),
    status: z.enum(['pending', 'applied', 'rejected']),
    requestedBy: IdSchema,
    requestedAt: TimestampSchema,
    decidedBy: IdSchema.nullable(),
    decidedAt: TimestampSchema.nullable(),
    decisionNote: z.string(),
  })
  .meta({ id: 'Adjustment' });

export const AdjustmentBody = z.strictObject({
  storeId: IdSchema,
  principalDeltaCents: z.number().int().min(-100_000_000).max(100_000_000),
  bonusDeltaCents: z.number().int().min(-100_000_000).max(100_000_000),
  reason: Reason,
});

export const PointsAdjustmentBody = z.strictObject({
  storeId: IdSchema,
  pointsDelta: z.number().int().min(-100_000_000).max(100_000_000),
  reason: Reason,
});

export const SessionsAdjustmentBody = z.strictObject({
  storeId: IdSchema,
  itemCode: z.string().trim().min(1).max(40),
  sessionsDelta: z.number().int().min(-10_000).max(10_000),
  reason: Reason,
});

export const DecisionBody = z.strictObject({ note: z.string().trim().max(200).optional() });
