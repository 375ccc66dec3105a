import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';

const Scope = z.enum(['product', 'category', 'kind', 'recharge']);
const Kind = z.enum(['goods', 'service', 'card', 'gift_card']);
const Basis = z.enum(['percent', 'fixed']);
const Value = z
  .number()
  .int()
  .min(0)
  .max(10_000_000)
  .describe('percent: basis points of the line’s paid amount (1000 = 10%); fixed: fen per unit');

const TierSchema = z
  .strictObject({
    fromCents: z.number().int().min(1).max(100_000_000_00).describe('Month-to-date volume, fen'),
    assignedValue: Value,
    requestedValue: Value,
  })
  .meta({ id: 'CommissionTier' });

export const CommissionRuleSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    scope: Scope,
    targetId: IdSchema.nullable(),
    kind: Kind.nullable(),
    targetName: z.string().nullable(),
    basis: Basis,
    assignedValue: z.number().int().describe('轮钟 (assigned) value'),
    requestedValue: z.number().int().describe('点钟 (requested) value'),
    tiers: z.array(TierSchema),
    status: z.enum(['active', 'archived']),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'CommissionRule' });

/** Who served a recharge or a card sold over the counter: a sale line's staff, the same shape. */
export const ServingStaffBody = z
  .array(
    z.strictObject({
      userId: IdSchema,
      sharePercent: z.number().int().min(1).max(100),
      requested: z.boolean().optional().describe('点钟: the member asked for this person'),
    }),
  )
  .max(10)
  .describe('Who served it (commission); shares add up to 100')
  .optional();

const Name = z.string().trim().min(1).max(40);
const Tiers = z.array(TierSchema).max(10);

export const CreateRuleBody = z.strictObject({
  name: Name,
  scope: Scope,
  targetId: IdSchema.nullable().optional().describe('The product or category (scope product / category)'),
  kind: Kind.nullable().optional().describe('The kind (scope kind)'),
  basis: Basis,
  assignedValue: Value,
  requestedValue: Value.optional().describe('点钟 value; the assigned value when omitted'),
  tiers: Tiers.optional(),
});

export const UpdateRuleBody = z.strictObject({
  name: Name.optional(),
  basis: Basis.optional(),
  assignedValue: Value.optional(),
  requestedValue: Value.optional(),
  tiers: Tiers.optional(),
});

export const RuleListQuery = z.strictObject({
  includeArchived: z.enum(['true', 'false']).optional(),
});

const Period = {
  from: z.iso.datetime().optional().describe('Inclusive; the current month by default'),
  to: z.iso.datetime().optional().describe('Exclusive'),
};

export const StatementQuery = z.strictObject({
  staffUserId: IdSchema.optional().describe('Yourself when omitted'),
  ...Period,
});

export const SummaryQuery = z.strictObject({ storeId: IdSchema.optional(), ...Period });

const Totals = z
  .object({
    saleCents: z.number().int(),
    refundCents: z.number().int().describe('Reversed by refunds (negative)'),
    netCents: z.number().int(),
    baseCents: z.number().int().describe('Commissionable volume, refunds netted'),
    lines: z.number().int().describe('Sale entries'),
  })
  .meta({ id: 'CommissionTotals' });

export const StatementSchema = z
  .object({
    staff: z.object({ userId: IdSchema, name: z.string() }),
    from: TimestampSchema,
    to: TimestampSchema,
    totals: Totals,
    entries: z.array(
      z.object({
        id: IdSchema,
        at: TimestampSchema,
        kind: z.enum(['sale', 'refund', 'recharge']),
        storeId: IdSchema,
        orderId: IdSchema.nullable(),
        orderNo: z.string(),
        lineNo: z.number().int().nullable(),
        refundId: z.string().nullable(),
        itemName: z.string(),
        qty: z.number().int(),
        sharePercent: z.number().int(),
        requested: z.boolean(),
        basis: Basis.nullable(),
        rate: z.number().int(),
        baseCents: z.number().int(),
        amountCents: z.number().int(),
        ruleId: IdSchema.nullable(),
      }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: 'CommissionStatement' });

export const SummarySchema = z
  .object({
    storeId: IdSchema.nullable(),
    from: TimestampSchema,
    to: TimestampSchema,
    rows: z.array(Totals.extend({ staffUserId: IdSchema, name: z.string() })),
    totals: Totals,
  })
  .meta({ id: 'CommissionSummary' });
