import type { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors } from '../../shared/schemas.ts';
import { abcdClasses } from './abcd-classes.ts';
import { computeRfm } from './compute-rfm.ts';
import { exportAbcd, exportAffinity, exportLifecycle, exportRfm } from './export-reports.ts';
import { lifecycleStages } from './lifecycle-stages.ts';
import { productAffinity } from './product-affinity.ts';
import {
  AbcdExportQuery,
  AbcdQuery,
  AbcdReport,
  AffinityQuery,
  AffinityReport,
  LifecycleExportQuery,
  LifecycleQuery,
  LifecycleReport,
  RfmExportQuery,
  RfmQuery,
  RfmReport,
} from './schemas.ts';

const READ = { auth: { permission: 'reports.read' } } as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(reply: FastifyReply, name: string, stream: PassThrough) {
  return reply.type(XLSX).header('content-disposition', `attachment; filename="${name}.xlsx"`).send(stream);
}

/** Member analytics over imported history and live sales: RFM, lifecycle, ABCD and product affinity. */
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
      return computeRfm(staffCtx(request), { ...q, net: q.net === 'true', limit: q.limit ?? 1000 });
    },
  );

  app.get(
    '/analytics/rfm.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportRfm',
        tags: ['analytics'],
        summary: 'The RFM members (of one class when asked) as Excel, streamed',
        querystring: RfmExportQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const q = request.query;
      return sendXlsx(reply, 'rfm', await exportRfm(staffCtx(request), { ...q, net: q.net === 'true' }));
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
    async (request) =>
      lifecycleStages(staffCtx(request), { ...request.query, limit: request.query.limit ?? 1000 }),
  );

  app.get(
    '/analytics/lifecycle.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportLifecycle',
        tags: ['analytics'],
        summary: 'The members by lifecycle stage (of one stage when asked) as Excel, streamed',
        querystring: LifecycleExportQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) =>
      sendXlsx(reply, 'lifecycle', await exportLifecycle(staffCtx(request), request.query)),
  );

  app.get(
    '/analytics/abcd',
    {
      config: READ,
      schema: {
        operationId: 'getAbcd',
        tags: ['analytics'],
        summary: 'ABCD classes by purchase frequency and amount: counts, amounts, a page of rows',
        querystring: AbcdQuery,
        response: { 200: AbcdReport, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      return abcdClasses(staffCtx(request), { ...q, net: q.net === 'true', limit: q.limit ?? 1000 });
    },
  );

  app.get(
    '/analytics/abcd.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportAbcd',
        tags: ['analytics'],
        summary: 'The ABCD members (of one class when asked) as Excel, streamed',
        querystring: AbcdExportQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const q = request.query;
      return sendXlsx(reply, 'abcd', await exportAbcd(staffCtx(request), { ...q, net: q.net === 'true' }));
    },
  );

  app.get(
    '/analytics/affinity',
    {
      config: READ,
      schema: {
        operationId: 'getAffinity',
        tags: ['analytics'],
        summary: 'Product affinity: bought A → also bought B, with support, confidence and lift',
        querystring: AffinityQuery,
        response: { 200: AffinityReport, ...errors(400, 401, 403) },
      },
    },
    async (request) => productAffinity(staffCtx(request), request.query),
  );

  app.get(
    '/analytics/affinity.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportAffinity',
        tags: ['analytics'],
        summary: 'The affinity pairs as Excel, streamed',
        querystring: AffinityQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) =>
      sendXlsx(reply, 'affinity', await exportAffinity(staffCtx(request), request.query)),
  );
}
