import type { Ctx } from '../../shared/context.ts';
import { checkRange, daysBetween } from './period.ts';
import { factsOf, namesOf, num, type Stores, staffNames, storeNames, total } from './queries.ts';
import type { SalesDimension, SalesReport, SalesRow } from './schemas.ts';
import { reportStores } from './scope.ts';

export interface SalesQuery {
  from: string;
  to: string;
  by: SalesDimension;
  storeId?: string;
}

type Raw = {
  key: string;
  orders: unknown;
  qty: unknown;
  sales: unknown;
  refunds: unknown;
  cost: unknown;
  refundCost: unknown;
};

/** Sales of a period by day, store, category, product, staff or tender method, from the daily facts. */
export async function getSalesReport(ctx: Ctx, query: SalesQuery): Promise<SalesReport> {
  checkRange(query.from, query.to);
  const stores = reportStores(ctx, query.storeId);
  const raw = await grouped(ctx, query, stores);
  const labels = await labelsFor(
    ctx,
    query.by,
    raw.map((r) => r.key),
  );
  let rows = raw.map((r) => toRow(r, labels.get(r.key) ?? (r.key === '' ? '' : r.key)));
  if (query.by === 'day') {
    const byDay = new Map(rows.map((r) => [r.key, r]));
    rows = daysBetween(query.from, query.to).map((day) => byDay.get(day) ?? toRow({ key: day } as Raw, day));
  } else {
    rows.sort(
      (a, b) => b.salesCents - a.salesCents || a.label.localeCompare(b.label) || a.key.localeCompare(b.key),
    );
  }
  const orders = await factsOf(ctx.db, 'fact_store_days', ctx.tenantId, query.from, query.to, stores)
    .select(total('order_count').as('n'))
    .executeTakeFirstOrThrow();
  const sum = (f: keyof SalesRow) => rows.reduce((s, r) => s + (r[f] as number), 0);
  return {
    by: query.by,
    from: query.from,
    to: query.to,
    rows,
    totals: {
      orderCount: num(orders.n),
      quantity: sum('quantity'),
      salesCents: sum('salesCents'),
      refundCents: sum('refundCents'),
      netCents: sum('netCents'),
      costCents: sum('costCents'),
      grossProfitCents: sum('grossProfitCents'),
    },
  };
}

function toRow(r: Raw, label: string): SalesRow {
  const sales = num(r.sales);
  const refunds = num(r.refunds);
  const cost = num(r.cost) - num(r.refundCost);
  return {
    key: r.key === '' ? 'none' : r.key,
    label,
    orderCount: num(r.orders),
    quantity: num(r.qty),
    salesCents: sales,
    refundCents: refunds,
    netCents: sales - refunds,
    costCents: cost,
    grossProfitCents: sales - refunds - cost,
  };
}

const SALES_SUMS = [
  total('order_count').as('orders'),
  total('quantity').as('qty'),
  total('sales_cents').as('sales'),
  total('refund_cents').as('refunds'),
  total('cost_cents').as('cost'),
  total('refund_cost_cents').as('refundCost'),
] as const;

async function grouped(ctx: Ctx, q: SalesQuery, stores: Stores): Promise<Raw[]> {
  const { db, tenantId } = ctx;
  switch (q.by) {
    case 'day':
    case 'store': {
      const col = q.by === 'day' ? 'day' : 'store_id';
      return factsOf(db, 'fact_store_days', tenantId, q.from, q.to, stores)
        .select([`${col} as key`, ...SALES_SUMS])
        .where('store_id', '!=', '')
        .groupBy(col)
        .execute();
    }
    case 'product':
      return factsOf(db, 'fact_product_days', tenantId, q.from, q.to, stores)
        .select(['product_id as key', ...SALES_SUMS])
        .groupBy('product_id')
        .execute();
    case 'category':
      return factsOf(db, 'fact_product_days', tenantId, q.from, q.to, stores)
        .select(['category_key as key', ...SALES_SUMS.slice(1), total('category_order_count').as('orders')])
        .groupBy('category_key')
        .execute();
    case 'staff':
      return factsOf(db, 'fact_staff_days', tenantId, q.from, q.to, stores)
        .select(['staff_key as key', ...SALES_SUMS])
        .groupBy('staff_key')
        .execute();
    case 'payment': {
      const rows = await factsOf(db, 'fact_payment_days', tenantId, q.from, q.to, stores)
        .select([
          'method as key',
          total('order_count').as('orders'),
          total('payment_count').as('qty'),
          total('paid_cents').as('sales'),
          total('refund_cents').as('refunds'),
        ])
        .groupBy('method')
        .execute();
      return rows.map((r) => ({ ...r, cost: 0, refundCost: 0 }));
    }
  }
}

async function labelsFor(ctx: Ctx, by: SalesDimension, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter((k) => k !== '');
  switch (by) {
    case 'day':
    case 'payment':
      return new Map(ids.map((k) => [k, k]));
    case 'store': {
      const names = await storeNames(ctx.db, ctx.tenantId, ids);
      return new Map([...names].map(([id, s]) => [id, s.name]));
    }
    case 'category':
      return namesOf(ctx.db, ctx.tenantId, 'categories', ids);
    case 'product':
      return namesOf(ctx.db, ctx.tenantId, 'products', ids);
    case 'staff':
      return staffNames(ctx.db, ctx.tenantId, ids);
  }
}
