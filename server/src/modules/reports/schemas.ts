import { z } from 'zod';
import { IdSchema } from '../../shared/schemas.ts';

const Day = z.iso.date().describe("A calendar day in the tenant's time zone, YYYY-MM-DD");
const StoreFilter = IdSchema.optional().describe('One store; all the stores you may see when omitted');
const Fen = z.number().int();

export const PERIODS = ['today', 'week', 'month'] as const;
export type DashboardPeriod = (typeof PERIODS)[number];

export const DashboardQuery = z.strictObject({
  period: z.enum(PERIODS).default('today').describe('today, this week (from Monday) or this month, to today'),
  storeId: StoreFilter,
});

const DashboardTotals = z
  .object({
    salesCents: Fen.describe('What sales orders charged: order totals after every discount, before refunds'),
    orderCount: z.number().int(),
    refundCents: Fen.describe('Refunded in the period (of orders of any day)'),
    netCents: Fen.describe('salesCents − refundCents'),
    rechargeCents: Fen.describe('Stored value recharged: the principal paid, bonus excluded'),
    rechargeCount: z.number().int(),
    rechargeRefundCents: Fen.describe('Principal paid back by recharge refunds in the period'),
    newMembers: z.number().int().describe('Members registered in the period (history imports excluded)'),
    activeMembers: z.number().int().describe('Distinct members who bought in the period'),
  })
  .meta({ id: 'DashboardTotals' });

export const DashboardSchema = z
  .object({
    period: z.enum(PERIODS),
    from: Day,
    to: Day,
    previous: DashboardTotals.describe(
      'The previous period of equal length: yesterday, last week or last month to the same day',
    ),
    previousFrom: Day,
    previousTo: Day,
    totals: DashboardTotals,
    trend: z
      .array(
        z.object({
          day: Day,
          salesCents: Fen,
          refundCents: Fen,
          rechargeCents: Fen,
          orderCount: z.number().int(),
        }),
      )
      .describe('Every day of the 30 days ending `to`, zero-filled, oldest first'),
    topItems: z
      .array(z.object({ productId: IdSchema, name: z.string(), quantity: z.number().int(), salesCents: Fen }))
      .describe('The 10 products with the most sales in the period'),
    byStore: z
      .array(
        z.object({
          storeId: IdSchema,
          storeCode: z.string(),
          storeName: z.string(),
          salesCents: Fen,
          orderCount: z.number().int(),
          rechargeCents: Fen,
        }),
      )
      .describe('Every store in scope, by code'),
  })
  .meta({ id: 'Dashboard' });

export const SALES_DIMENSIONS = ['day', 'store', 'category', 'product', 'staff', 'payment'] as const;
export type SalesDimension = (typeof SALES_DIMENSIONS)[number];

export const SalesQuery = z.strictObject({
  from: Day.describe('First day, inclusive'),
  to: Day.describe('Last day, inclusive'),
  by: z.enum(SALES_DIMENSIONS).default('day'),
  storeId: StoreFilter,
});

const Figures = {
  orderCount: z
    .number()
    .int()
    .describe('Orders with a line (or a payment) in this row; in totals every order once'),
  quantity: z
    .number()
    .int()
    .describe('Units sold; by=staff units split by share; by=payment the number of payments'),
  salesCents: Fen.describe('Sold (line totals after every discount); by=payment paid with it'),
  refundCents: Fen.describe('Refunded in the period; by=payment refunded to it'),
  netCents: Fen.describe('salesCents − refundCents'),
  costCents: Fen.describe('Net cost: moving-average cost at sale time less what refunds took back'),
  grossProfitCents: Fen.describe('netCents − costCents'),
};

export const SalesRowSchema = z
  .object({
    key: z
      .string()
      .describe(
        'The day, store id, category id, product id, staff user id or tender method; "none" for none',
      ),
    label: z
      .string()
      .describe(
        'The day, store name, category name, product name or staff name; the method for payment; "" for none',
      ),
    ...Figures,
  })
  .meta({ id: 'SalesReportRow' });

export const SalesReportSchema = z
  .object({
    by: z.enum(SALES_DIMENSIONS),
    from: Day,
    to: Day,
    rows: z.array(SalesRowSchema),
    totals: z.object(Figures).meta({ id: 'SalesReportTotals' }),
  })
  .meta({ id: 'SalesReport' });

export type SalesRow = z.infer<typeof SalesRowSchema>;
export type SalesReport = z.infer<typeof SalesReportSchema>;
export type Dashboard = z.infer<typeof DashboardSchema>;
export type DashboardTotalsView = z.infer<typeof DashboardTotals>;
