import { z } from 'zod';
import { IdSchema } from '../../shared/schemas.ts';

const Day = z.iso.date().describe("A calendar day in the tenant's time zone, YYYY-MM-DD");
const Fen = z.number().int();
const Count = z.number().int();

export const LiabilityQuery = z.strictObject({
  storeId: IdSchema.optional().describe('One store; all the stores you may see when omitted'),
  asOf: Day.optional().describe('Balances at the end of this day; today when omitted'),
});

const LiabilityFigures = z.object({
  principalCents: Fen.describe('Stored value principal: paid in by members, not yet spent'),
  bonusCents: Fen.describe('Stored value bonus still to be honoured'),
  points: Count,
  pointsValueCents: Fen.describe('The points at the redemption rate, rounded down'),
  cardSessions: Count.describe('Unused sessions of unexpired counted cards'),
  cardValueCents: Fen.describe('Their share of the card price (price × unused ÷ sold, rounded down)'),
  giftCardCents: Fen.describe('Unspent balances of unexpired gift cards'),
});

export const LiabilitySchema = z
  .object({
    asOf: Day,
    rows: z.array(
      LiabilityFigures.extend({
        storeId: IdSchema.nullable().describe('null: value with no store (member without a home store)'),
        storeCode: z.string(),
        storeName: z.string(),
      }),
    ),
    total: LiabilityFigures,
  })
  .meta({ id: 'Liability' });

const Period = {
  from: Day.optional().describe('First day; the 1st of this month when omitted'),
  to: Day.optional().describe('Last day, inclusive; today when omitted'),
};

export const SettlementQuery = z.strictObject(Period);

export const SettlementSchema = z
  .object({
    from: Day,
    to: Day,
    stores: z.array(z.object({ storeId: IdSchema, code: z.string(), name: z.string() })),
    cells: z
      .array(
        z.object({
          rechargeStoreId: IdSchema.describe('Where the money was recharged: it owes…'),
          spendStoreId: IdSchema.describe('…the store where it was spent or paid back'),
          principalCents: Fen.describe('Settled: principal spent less principal refunded back'),
          bonusCents: Fen.describe('Bonus spent, shown, not settled'),
        }),
      )
      .describe('Recharge store × spend store; a store’s own money spent in it included'),
    nets: z.array(
      z.object({
        storeId: IdSchema,
        receivableCents: Fen.describe('Other stores’ principal spent here'),
        payableCents: Fen.describe('This store’s principal spent elsewhere'),
        netCents: Fen.describe('receivable − payable: positive is paid to the store'),
      }),
    ),
    totalNetCents: Fen.describe('Σ net of the stores shown: 0 when every store is shown'),
  })
  .meta({ id: 'Settlement' });

export const MemberGrowthQuery = z.strictObject({
  ...Period,
  by: z.enum(['day', 'month']).default('day'),
  storeId: IdSchema.optional().describe('One store; all the stores you may see when omitted'),
});

const GrowthFigures = z.object({
  newMembers: Count.describe('Registered in the period at this home store (history imports excluded)'),
  activeMembers: Count.describe('Distinct members with a sale order'),
  repeatBuyers: Count.describe('Members with two or more orders in the bucket or period'),
});

export const MemberGrowthSchema = z
  .object({
    from: Day,
    to: Day,
    by: z.enum(['day', 'month']),
    series: z.array(GrowthFigures.extend({ bucket: z.string().describe('YYYY-MM-DD or YYYY-MM') })),
    byStore: z.array(
      GrowthFigures.extend({ storeId: IdSchema, storeCode: z.string(), storeName: z.string() }),
    ),
    total: GrowthFigures,
  })
  .meta({ id: 'MemberGrowth' });
