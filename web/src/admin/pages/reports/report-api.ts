import { api, type Schemas, unwrap } from '../../../api/client.ts';

// GET /reports/dashboard and GET /reports/sales (server/src/modules/reports): every money field is
// integer fen; days are the tenant's calendar days, `from`/`to` inclusive.

export type Dashboard = Schemas['Dashboard'];
export type DashboardTotals = Schemas['DashboardTotals'];
export type Period = Dashboard['period'];
export type SalesReport = Schemas['SalesReport'];
export type SalesRow = Schemas['SalesReportRow'];
export type SalesFigures = Schemas['SalesReportTotals'];
export type SalesDimension = SalesReport['by'];
export const SALES_DIMENSIONS: readonly SalesDimension[] = [
  'day',
  'store',
  'category',
  'product',
  'staff',
  'payment',
];

export interface SalesQuery {
  from: string;
  to: string;
  by: SalesDimension;
  storeId?: string;
}

export function loadDashboard(period: Period, storeId: string | undefined): Promise<Dashboard> {
  return unwrap(
    api.GET('/api/v1/reports/dashboard', { params: { query: { period, ...(storeId ? { storeId } : {}) } } }),
  );
}

export function loadSales(query: SalesQuery): Promise<SalesReport> {
  return unwrap(api.GET('/api/v1/reports/sales', { params: { query } }));
}

/** The Excel download of the same report: the browser follows the link with the session cookie. */
export function salesXlsxHref(query: SalesQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  if (query.storeId) params.set('storeId', query.storeId);
  return `/api/v1/reports/sales.xlsx?${params.toString()}`;
}
