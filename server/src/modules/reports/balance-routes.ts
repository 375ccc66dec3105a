import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors } from '../../shared/schemas.ts';
import { exportLiability, exportMemberGrowth } from './balance-export.ts';
import { getLiability } from './balance-liability.ts';
import { getMemberGrowth } from './balance-member-growth.ts';
import {
  LiabilityQuery,
  LiabilitySchema,
  MemberGrowthQuery,
  MemberGrowthSchema,
  SettlementQuery,
  SettlementSchema,
} from './balance-schemas.ts';
import { getSettlement } from './settlement.ts';
import { exportSettlement } from './settlement-export.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ = { auth: { permission: 'reports.read' } } as const;

/** The finance reports (liability, cross-store settlement) and member growth; store scope applies. */
export function balanceReportRoutes(app: App): void {
  app.get(
    '/reports/liability',
    {
      config: READ,
      schema: {
        operationId: 'getLiability',
        tags: ['reports'],
        summary:
          'Stored value, points, card sessions and gift cards owed to members at the end of a day, by store',
        querystring: LiabilityQuery,
        response: { 200: LiabilitySchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getLiability(staffCtx(request), request.query),
  );

  app.get(
    '/reports/liability.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportLiability',
        tags: ['reports'],
        summary: 'The liability report as Excel',
        querystring: LiabilityQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="liability.xlsx"')
        .send(await exportLiability(staffCtx(request), request.query)),
  );

  app.get(
    '/reports/settlement',
    {
      config: READ,
      schema: {
        operationId: 'getSettlement',
        tags: ['reports'],
        summary:
          'Stored value recharged in one store and spent in another over a period, and what each store owes or is owed',
        querystring: SettlementQuery,
        response: { 200: SettlementSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getSettlement(staffCtx(request), request.query),
  );

  app.get(
    '/reports/settlement.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportSettlement',
        tags: ['reports'],
        summary: 'The settlement matrix and nets as Excel',
        querystring: SettlementQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="settlement.xlsx"')
        .send(await exportSettlement(staffCtx(request), request.query)),
  );

  app.get(
    '/reports/members',
    {
      config: READ,
      schema: {
        operationId: 'getMemberGrowth',
        tags: ['reports'],
        summary: 'New, active and repeat-buying members by day or month and by store',
        querystring: MemberGrowthQuery,
        response: { 200: MemberGrowthSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getMemberGrowth(staffCtx(request), request.query),
  );

  app.get(
    '/reports/members.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportMemberGrowth',
        tags: ['reports'],
        summary: 'Member growth as Excel',
        querystring: MemberGrowthQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="member-growth.xlsx"')
        .send(await exportMemberGrowth(staffCtx(request), request.query)),
  );
}
