import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { addDays, localDayOf } from '../../shared/time.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { dashboardPeriods, daysBetween } from './period.ts';
import { factsOf, namesOf, num, type Stores, storeNames, total } from './queries.ts';
import type { Dashboard, DashboardPeriod, DashboardTotalsView } from './schemas.ts';
import { reportStores } from './scope.ts';

const TREND_DAYS = 30;
const TOP_ITEMS = 10;

/**
 * Today, this week or this month to date against the period before, the 30-day trend, the top
 * items and each store's figures — all read from the daily facts.
 */
export async function getDashboard(
  ctx: Ctx,
  query: { period: DashboardPeriod; storeId?: string },
): Promise<Dashboard> {
  const stores = reportStores(ctx, query.storeId);
  const { timezone } = await getTenantProfile(ctx);
  const p = dashboardPeriods(query.period, localDayOf(ctx.now, timezone));
  const [totals, previous, trend, topItems, byStore] = await Promise.all([
    periodTotals(ctx, p.from, p.to, stores),
    periodTotals(ctx, p.previousFrom, p.previousTo, stores),
    dailyTrend(ctx, addDays(p.to, 1 - TREND_DAYS), p.to, stores),
    topProducts(ctx, p.from, p.to, stores),
    storeFigures(ctx, p.from, p.to, stores),
  ]);
  return { period: query.period, ...p, totals, previous, trend, topItems, byStore };
}

export async function periodTotals(
  ctx: Ctx,
  from: string,
  to: string,
  stores: Stores,
): Promise<DashboardTotalsView> {
  const row = await factsOf(ctx.db, 'fact_store_days', ctx.tenantId, from, to, stores)
    .select([
      total('sales_cents').as('sales'),
      total('order_count').as('orders'),
      total('refund_cents').as('refunds'),
      total('recharge_cents').as('recharges'),
      total('recharge_count').as('rechargeCount'),
      total('recharge_refund_cents').as('rechargeRefunds'),
      total('new_members').as('newMembers'),
    ])
    .executeTakeFirstOrThrow();
  const active = await ctx.db
    .selectFrom(
      factsOf(ctx.db, 'fact_member_days', ctx.tenantId, from, to, stores)
        .select('member_id')
        .where('order_count', '>', sql.lit(0)) // a literal, so the partial buyers index applies
        .distinct()
        .as('m'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const sales = num(row.sales);
  const refunds = num(row.refunds);
  return {
    salesCents: sales,
    orderCount: num(row.orders),
    refundCents: refunds,
    netCents: sales - refunds,
    rechargeCents: num(row.recharges),
    rechargeCount: num(row.rechargeCount),
    rechargeRefundCents: num(row.rechargeRefunds),
    newMembers: num(row.newMembers),
    activeMembers: num(active.n),
  };
}

async function dailyTrend(ctx: Ctx, from: string, to: string, stores: Stores) {
  const rows = await factsOf(ctx.db, 'fact_store_days', ctx.tenantId, from, to, stores)
    .select([
      'day',
      total('sales_cents').as('sales'),
      total('refund_cents').as('refunds'),
      total('recharge_cents').as('recharges'),
      total('order_count').as('orders'),
    ])
    .groupBy('day')
    .execute();
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return daysBetween(from, to).map((day) => {
    const r = byDay.get(day);
    return {
      day,
      salesCents: num(r?.sales),
      refundCents: num(r?.refunds),
      rechargeCents: num(r?.recharges),
      orderCount: num(r?.orders),
    };
  });
}

async function topProducts(ctx: Ctx, from: string, to: string, stores: Stores) {
  const rows = await factsOf(ctx.db, 'fact_product_days', ctx.tenantId, from, to, stores)
    .select(['product_id', total('quantity').as('qty'), total('sales_cents').as('sales')])
    .groupBy('product_id')
    .orderBy('sales', 'desc')
    .orderBy('product_id')
    .limit(TOP_ITEMS)
    .execute();
  const names = await namesOf(
    ctx.db,
    ctx.tenantId,
    'products',
    rows.map((r) => r.product_id),
  );
  return rows.map((r) => ({
    productId: r.product_id,
    name: names.get(r.product_id) ?? '',
    quantity: num(r.qty),
    salesCents: num(r.sales),
  }));
}

async function storeFigures(ctx: Ctx, from: string, to: string, stores: Stores) {
  let q = ctx.db
    .selectFrom('stores')
    .select(['id', 'code', 'name'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active');
  if (stores !== 'all') q = stores.length ? q.where('id', 'in', stores) : q.where((eb) => eb.lit(false));
  const list = await q.orderBy('code').execute();
  const rows = await factsOf(ctx.db, 'fact_store_days', ctx.tenantId, from, to, stores)
    .select([
      'store_id',
      total('sales_cents').as('sales'),
      total('order_count').as('orders'),
      total('recharge_cents').as('recharges'),
    ])
    .groupBy('store_id')
    .execute();
  const figures = new Map(rows.map((r) => [r.store_id, r]));
  // A closed store still shows while it has figures in the period.
  const closed = rows.filter((r) => r.store_id !== '' && !list.some((s) => s.id === r.store_id));
  const more = await storeNames(
    ctx.db,
    ctx.tenantId,
    closed.map((r) => r.store_id),
  );
  const all = [...list, ...[...more].map(([id, s]) => ({ id, ...s }))];
  return all.map((s) => {
    const f = figures.get(s.id);
    return {
      storeId: s.id,
      storeCode: s.code,
      storeName: s.name,
      salesCents: num(f?.sales),
      orderCount: num(f?.orders),
      rechargeCents: num(f?.recharges),
    };
  });
}
