import { ApiError } from '../../../api/client.ts';

// The contract of GET /reports/dashboard and GET /reports/sales (server/src/modules/reports).
// Every money field is integer fen; days are the tenant's calendar days, `from`/`to` inclusive.

export type Period = 'today' | 'week' | 'month';
export type SalesDimension = 'day' | 'store' | 'category' | 'product' | 'staff' | 'payment';
export const SALES_DIMENSIONS: readonly SalesDimension[] = [
  'day',
  'store',
  'category',
  'product',
  'staff',
  'payment',
];

export interface DashboardTotals {
  salesCents: number;
  orderCount: number;
  refundCents: number;
  netCents: number;
  rechargeCents: number;
  rechargeCount: number;
  newMembers: number;
  activeMembers: number;
}

export interface Dashboard {
  period: Period;
  from: string;
  to: string;
  totals: DashboardTotals;
  previous: DashboardTotals;
  trend: {
    day: string;
    salesCents: number;
    refundCents: number;
    rechargeCents: number;
    orderCount: number;
  }[];
  topItems: { productId: string; name: string; quantity: number; salesCents: number }[];
  byStore: {
    storeId: string;
    storeCode: string;
    storeName: string;
    salesCents: number;
    orderCount: number;
    rechargeCents: number;
  }[];
}

export interface SalesFigures {
  orderCount: number;
  quantity: number;
  salesCents: number;
  refundCents: number;
  netCents: number;
  costCents: number;
  grossProfitCents: number;
}
export interface SalesRow extends SalesFigures {
  key: string;
  label: string;
}
export interface SalesReport {
  by: SalesDimension;
  from: string;
  to: string;
  rows: SalesRow[];
  totals: SalesFigures;
}

export interface SalesQuery {
  from: string;
  to: string;
  by: SalesDimension;
  storeId?: string;
}

async function getJson<T>(path: string, query: Record<string, string | undefined>): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}?${params.toString()}`);
  } catch (cause) {
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : String(cause));
  }
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; details?: unknown } }
    | undefined;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? response.statusText);
  }
  return body as T;
}

export function loadDashboard(period: Period, storeId: string | undefined): Promise<Dashboard> {
  return getJson('/reports/dashboard', { period, storeId });
}

export function loadSales(query: SalesQuery): Promise<SalesReport> {
  return getJson('/reports/sales', { ...query });
}

/** The Excel download of the same report: the browser follows the link with the session cookie. */
export function salesXlsxHref(query: SalesQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  if (query.storeId) params.set('storeId', query.storeId);
  return `/api/v1/reports/sales.xlsx?${params.toString()}`;
}
