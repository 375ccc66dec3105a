import { type Expression, sql } from 'kysely';
import { localDay } from '../../db/dialect.ts';
import type { Ctx } from '../../shared/context.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { dayRange } from './balance-period.ts';

export type GrowthBucket = 'day' | 'month';

export interface GrowthFigures {
  /** Members registered (history imports excluded), counted at their home store. */
  newMembers: number;
  /** Distinct members with at least one sale order. */
  activeMembers: number;
  /** Of those, members with two or more orders in the same bucket (or period, for totals). */
  repeatBuyers: number;
}

export interface MemberGrowth {
  from: string;
  to: string;
  by: GrowthBucket;
  /** Every day or month of the period, zero-filled, oldest first, over the stores shown. */
  series: (GrowthFigures & { bucket: string })[];
  byStore: (GrowthFigures & { storeId: string; storeCode: string; storeName: string })[];
  /** The whole period over the stores shown (a member active in two stores counts once). */
  total: GrowthFigures;
}

/**
 * Member growth and activity from the raw rows: new members by their registration day and home
 * store, active and repeat buyers by their sale orders (refunded later or not: a visit is a visit).
 * Days are the tenant's, cut at the UTC offset in force at the period's start.
 */
export async function getMemberGrowth(
  ctx: Ctx,
  q: { from?: string; to?: string; by?: GrowthBucket; storeId?: string },
): Promise<MemberGrowth> {
  requirePermission(ctx.actor, 'reports.read');
  if (q.storeId) requireStore(ctx.actor, q.storeId);
  const by = q.by ?? 'day';
  const range = await dayRange(ctx, q, by === 'day' ? 366 : 3_700);
  const scope: readonly string[] | 'all' = q.storeId ? [q.storeId] : ctx.actor.storeIds;
  const offset = zoneOffsetMinutes(new Date(range.fromAt), range.timeZone);
  const bucketOf = (column: Expression<string>) => {
    const day = localDay(ctx.db, column, offset);
    return by === 'day' ? day : sql<string>`substr(${day}, 1, 7)`;
  };
  const t = ctx.tenantId;
  const inScope = (column: string) =>
    scope === 'all'
      ? sql`1 = 1`
      : scope.length === 0
        ? sql`1 = 0`
        : sql`${sql.ref(column)} in (${sql.join(scope)})`;

  const members = sql`select id, home_store_id, ${bucketOf(sql.ref('created_at'))} as bucket from members
    where tenant_id = ${t} and created_at >= ${range.fromAt} and created_at < ${range.toAt}
      and member_ref is null and ${inScope('home_store_id')}`;
  const orders = sql`select member_id, store_id, ${bucketOf(sql.ref('created_at'))} as bucket from orders
    where tenant_id = ${t} and created_at >= ${range.fromAt} and created_at < ${range.toAt}
      and member_id is not null and ${inScope('store_id')}`;
  const newByBucket = await sql<{ bucket: string; n: number }>`
    select bucket, count(*) as n from (${members}) x group by bucket`.execute(ctx.db);
  const newByStore = await sql<{ store_id: string | null; n: number }>`
    select home_store_id as store_id, count(*) as n from (${members}) x group by home_store_id`.execute(
    ctx.db,
  );
  const activeByBucket = await sql<{ bucket: string; active: number; repeaters: number }>`
    select bucket, count(*) as active, sum(case when n >= 2 then 1 else 0 end) as repeaters
    from (select bucket, member_id, count(*) as n from (${orders}) o group by bucket, member_id) x
    group by bucket`.execute(ctx.db);
  const activeByStore = await sql<{ store_id: string; active: number; repeaters: number }>`
    select store_id, count(*) as active, sum(case when n >= 2 then 1 else 0 end) as repeaters
    from (select store_id, member_id, count(*) as n from (${orders}) o group by store_id, member_id) x
    group by store_id`.execute(ctx.db);
  const activeTotal = await sql<{ active: number; repeaters: number }>`
    select count(*) as active, coalesce(sum(case when n >= 2 then 1 else 0 end), 0) as repeaters
    from (select member_id, count(*) as n from (${orders}) o group by member_id) x`.execute(ctx.db);

  const num = (v: unknown) => Number(v ?? 0);
  const news = new Map(newByBucket.rows.map((r) => [r.bucket, num(r.n)]));
  const actives = new Map(activeByBucket.rows.map((r) => [r.bucket, r]));
  const series = bucketsOf(range.from, range.to, by).map((bucket) => ({
    bucket,
    newMembers: news.get(bucket) ?? 0,
    activeMembers: num(actives.get(bucket)?.active),
    repeatBuyers: num(actives.get(bucket)?.repeaters),
  }));
  const stores = await ctx.db
    .selectFrom('stores')
    .select(['id', 'code', 'name'])
    .where('tenant_id', '=', t)
    .orderBy('code')
    .orderBy('id')
    .execute();
  const byStore = stores
    .filter((s) => scope === 'all' || scope.includes(s.id))
    .map((s) => {
      const a = activeByStore.rows.find((r) => r.store_id === s.id);
      return {
        storeId: s.id,
        storeCode: s.code,
        storeName: s.name,
        newMembers: num(newByStore.rows.find((r) => r.store_id === s.id)?.n),
        activeMembers: num(a?.active),
        repeatBuyers: num(a?.repeaters),
      };
    });
  const total = {
    newMembers: series.reduce((s, b) => s + b.newMembers, 0),
    activeMembers: num(activeTotal.rows[0]?.active),
    repeatBuyers: num(activeTotal.rows[0]?.repeaters),
  };
  return { from: range.from, to: range.to, by, series, byStore, total };
}

/** The days (YYYY-MM-DD) or months (YYYY-MM) from `from` to `to`. */
export function bucketsOf(from: string, to: string, by: GrowthBucket): string[] {
  const out: string[] = [];
  if (by === 'day') {
    for (let ms = Date.parse(from); ms <= Date.parse(to); ms += 86_400_000)
      out.push(new Date(ms).toISOString().slice(0, 10));
    return out;
  }
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let i = 0; ; i++) {
    const month = new Date(Date.UTC(y0, m0 - 1 + i, 1)).toISOString().slice(0, 7);
    if (month > last) return out;
    out.push(month);
  }
}
