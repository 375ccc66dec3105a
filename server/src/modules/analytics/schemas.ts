import { z } from 'zod';
import { IdSchema } from '../../shared/schemas.ts';
import { ABCD_CLASS_CODES } from './abcd-classes.ts';
import { RFM_CLASSES, type RfmClass } from './compute-rfm.ts';
import { LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle-stages.ts';

export const classKeys = Object.keys(RFM_CLASSES) as [RfmClass, ...RfmClass[]];
export const stageKeys = Object.keys(LIFECYCLE_STAGES) as [LifecycleStage, ...LifecycleStage[]];

const AsOf = z.iso.date().optional().describe("YYYY-MM-DD; today in the tenant's time zone by default");
const Whole = (max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));
const Days = Whole(36_600);
const WindowDays = Days.pipe(z.number().min(1))
  .optional()
  .describe('Only purchases of the N days ending with asOf; all history by default');
const Net = z
  .enum(['true', 'false'])
  .optional()
  .describe('Amounts net of returns; purchases only by default');
const StoreId = IdSchema.optional().describe(
  "Only this store's live orders (imported history belongs to no store); your stores by default",
);
const Page = {
  after: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Cursor: the memberRef of the last row of the previous page'),
  limit: Whole(10_000).pipe(z.number().min(1)).optional().describe('Rows per page, 1000 by default'),
};
const MemberCols = {
  memberId: IdSchema,
  memberRef: z.string().describe("The old system's customer id of an imported member, else the member id"),
  name: z.string(),
};

const RfmFilter = {
  asOf: AsOf,
  windowDays: WindowDays,
  net: Net,
  storeId: StoreId,
  rfmClass: z.enum(classKeys).optional().describe('Rows of this class only (the counts cover every class)'),
};
export const RfmQuery = z.strictObject({ ...RfmFilter, ...Page });
export const RfmExportQuery = z.strictObject(RfmFilter);

export const RfmReport = z
  .object({
    asOf: z.string(),
    windowDays: z.number().int().nullable(),
    net: z.boolean(),
    memberCount: z.number().int(),
    monetaryCents: z.number().int().describe('All members together'),
    classes: z.record(z.enum(classKeys), z.number().int()),
    classMonetaryCents: z.record(z.enum(classKeys), z.number().int()).describe('Monetary of each class'),
    rows: z.array(
      z.object({
        ...MemberCols,
        recencyDays: z.number().int(),
        frequency: z.number().int().describe('Distinct purchase orders'),
        monetaryCents: z.number().int(),
        rScore: z.number().int().min(1).max(5),
        fScore: z.number().int().min(1).max(5),
        mScore: z.number().int().min(1).max(5),
        rfmClass: z.enum(classKeys),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'RfmReport' });

const LifecycleFilter = {
  asOf: AsOf,
  activeDays: Days.optional().describe('Active up to this many days since the last purchase (30)'),
  recentDays: Days.optional().describe('Recently lapsed up to this many days (90)'),
  midDays: Days.optional().describe('Lapsing up to this many days (180); dormant beyond'),
  storeId: StoreId,
  stage: z.enum(stageKeys).optional().describe('Rows of this stage only (the counts cover every stage)'),
};
export const LifecycleQuery = z.strictObject({ ...LifecycleFilter, ...Page });
export const LifecycleExportQuery = z.strictObject(LifecycleFilter);

export const LifecycleReport = z
  .object({
    asOf: z.string(),
    thresholds: z.object({
      activeDays: z.number().int(),
      recentDays: z.number().int(),
      midDays: z.number().int(),
    }),
    memberCount: z.number().int(),
    stages: z.record(z.enum(stageKeys), z.number().int()),
    rows: z.array(
      z.object({
        ...MemberCols,
        daysSinceLastPurchase: z.number().int(),
        stage: z.enum(stageKeys),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'LifecycleReport' });

const AbcdFilter = {
  asOf: AsOf,
  windowDays: WindowDays,
  net: Net,
  frequencyAbove: Whole(1_000_000_000)
    .optional()
    .describe('High frequency is more purchase orders than this; the median member’s by default'),
  amountAboveCents: Whole(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('High amount is more than this (fen); the median member’s by default'),
  storeId: StoreId,
  abcdClass: z
    .enum(ABCD_CLASS_CODES)
    .optional()
    .describe('Rows of this class only (the counts cover every class)'),
};
export const AbcdQuery = z.strictObject({ ...AbcdFilter, ...Page });
export const AbcdExportQuery = z.strictObject(AbcdFilter);

export const AbcdReport = z
  .object({
    asOf: z.string(),
    windowDays: z.number().int().nullable(),
    net: z.boolean(),
    frequencyAbove: z.number().int().nullable().describe('The cut used (null when nobody bought)'),
    amountAboveCents: z.number().int().nullable(),
    memberCount: z.number().int(),
    amountCents: z.number().int().describe('All members together'),
    classes: z.record(z.enum(ABCD_CLASS_CODES), z.number().int()),
    classAmountCents: z.record(z.enum(ABCD_CLASS_CODES), z.number().int()),
    rows: z.array(
      z.object({
        ...MemberCols,
        frequency: z.number().int(),
        amountCents: z.number().int(),
        abcdClass: z.enum(ABCD_CLASS_CODES),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'AbcdReport' });

export const AffinityQuery = z.strictObject({
  from: z.iso.date().optional().describe('First day (tenant time zone); all history by default'),
  to: z.iso.date().optional().describe('Last day, inclusive; today by default'),
  storeId: StoreId,
  minSupport: Whole(1_000_000_000)
    .pipe(z.number().min(1))
    .optional()
    .describe('Baskets a product and a pair must be in; 1% of the baskets (at least 2) by default'),
  sort: z.enum(['lift', 'confidence', 'support']).optional().describe('Best first by this; lift by default'),
  limit: Whole(10_000).pipe(z.number().min(1)).optional().describe('Pairs to return, 100 by default'),
});

export const AffinityReport = z
  .object({
    from: z.string().nullable(),
    to: z.string(),
    minSupport: z.number().int(),
    sort: z.enum(['lift', 'confidence', 'support']),
    basketCount: z.number().int().describe('Purchase orders in the period'),
    pairCount: z.number().int().describe('Pairs A → B at or above minSupport (rows hold the best of them)'),
    rows: z.array(
      z.object({
        productAId: IdSchema,
        productASku: z.string(),
        productAName: z.string(),
        productBId: IdSchema,
        productBSku: z.string(),
        productBName: z.string(),
        pairBaskets: z.number().int().describe('Baskets with both'),
        productABaskets: z.number().int(),
        productBBaskets: z.number().int(),
        support: z.number().describe('pairBaskets / basketCount'),
        confidence: z.number().describe('pairBaskets / productABaskets'),
        lift: z.number().describe('confidence / (productBBaskets / basketCount)'),
      }),
    ),
  })
  .meta({ id: 'AffinityReport' });
