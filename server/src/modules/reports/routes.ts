import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors } from '../../shared/schemas.ts';
import { getDashboard } from './dashboard.ts';
import { exportSalesReport } from './export-sales.ts';
import { getSalesReport } from './sales-report.ts';
import { DashboardQuery, DashboardSchema, SalesQuery, SalesReportSchema } from './schemas.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ = { auth: { permission: 'reports.read' } } as const;

/** The dashboard and the sales reports, read from the daily facts; store scope applies. */
export function reportRoutes(app: App): void {
  app.get(
    '/reports/dashboard',
    {
      config: READ,
      schema: {
        operationId: 'getDashboard',
        tags: ['reports'],
        summary:
          'Today, this week or this month against the period before, the 30-day trend, top items and stores',
        querystring: DashboardQuery,
        response: { 200: DashboardSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getDashboard(staffCtx(request), request.query),
  );

  app.get(
    '/reports/sales',
    {
      config: READ,
      schema: {
        operationId: 'getSalesReport',
        tags: ['reports'],
        summary: 'Sales, refunds, cost and gross profit by day, store, category, product, staff or payment',
        querystring: SalesQuery,
        response: { 200: SalesReportSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getSalesReport(staffCtx(request), request.query),
  );

  app.get(
    '/reports/sales.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportSalesReport',
        tags: ['reports'],
        summary: 'The sales report as Excel: the same rows and totals',
        querystring: SalesQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportSalesReport(staffCtx(request), request.query);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="sales-${request.query.by}.xlsx"`)
        .send(stream);
    },
  );
}
