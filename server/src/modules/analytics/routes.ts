import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdSchema } from '../../shared/schemas.ts';
import { computeRfm, RFM_CLASSES, type RfmClass } from './compute-rfm.ts';
import { LIFECYCLE_STAGES, type LifecycleStage, lifecycleStages } from './lifecycle-stages.ts';

const READ = { auth: { permission: 'reports.read' } } as const;
const classKeys = Object.keys(RFM_CLASSES) as [RfmClass, ...RfmClass[]];
const stageKeys = Object.keys(LIFECYCLE_STAGES) as [LifecycleStage, ...LifecycleStage[]];

const AsOf = z.iso.date().optional().describe("YYYY-MM-DD; today in the tenant's time zone by default");
const Days = (max: number) =>
  z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));
const Page = {
  after: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Cursor: the memberRef of the last row of the previous page'),
  limit: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(10_000))
    .optional()
    .describe('Rows per page, 1000 by default'),
};

const RfmQuery = z.strictObject({
  asOf: AsOf,
  windowDays: Days(36_600)
    .pipe(z.number().min(1))
    .optional()
    .describe('Only purchases of the N days ending with asOf; all history by default'),
  net: z.enum(['true', 'false']).optional().describe('Monetary net of returns; purchases only by default'),
  ...Page,
});

const RfmReport = z
  .object({
    asOf: z.string(),
    windowDays: z.number().int().nullable(),
    net: z.boolean(),
    memberCount: z.number().int(),
    classes: z.record(z.enum(classKeys), z.number().int()),
    rows: z.array(
      z.object({
        memberId: IdSchema,
        memberRef: z
          .string()
          .describe("The old system's customer id of an imported member, else the member id"),
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

const LifecycleQuery = z.strictObject({
  asOf: AsOf,
  activeDays: Days(36_600).optional().describe('Active up to this many days since the last purchase (30)'),
  recentDays: Days(36_600).optional().describe('Recently lapsed up to this many days (90)'),
  midDays: Days(36_600).optional().describe('Lapsing up to this many days (180); dormant beyond'),
  ...Page,
});

const LifecycleReport = z
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
        memberId: IdSchema,
        memberRef: z.string(),
        daysSinceLastPurchase: z.number().int(),
        stage: z.enum(stageKeys),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'LifecycleReport' });

/** Member analytics over imported history and live sales: RFM and lifecycle stages. */
export function analyticsRoutes(app: App): void {
  app.get(
    '/analytics/rfm',
    {
      config: READ,
      schema: {
        operationId: 'getRfm',
        tags: ['analytics'],
        summary: 'RFM: quintile scores (1–5) and the 8 classes of every member who bought, a page of rows',
        querystring: RfmQuery,
        response: { 200: RfmReport, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      return computeRfm(staffCtx(request), {
        asOf: q.asOf,
        windowDays: q.windowDays,
        net: q.net === 'true',
        after: q.after,
        limit: q.limit ?? 1000,
      });
    },
  );

  app.get(
    '/analytics/lifecycle',
    {
      config: READ,
      schema: {
        operationId: 'getLifecycle',
        tags: ['analytics'],
        summary: 'Lifecycle stages (活跃/近期流失/中期流失/休眠) by days since the last purchase',
        querystring: LifecycleQuery,
        response: { 200: LifecycleReport, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      return lifecycleStages(staffCtx(request), {
        asOf: q.asOf,
        activeDays: q.activeDays,
        recentDays: q.recentDays,
        midDays: q.midDays,
        after: q.after,
        limit: q.limit ?? 1000,
      });
    },
  );
}
