import { type RawBuilder, sql } from 'kysely';
import { dialectOf } from '../../db/dialect.ts';
import type { Db } from '../../db/schema.ts';
import type { Span, StoreScope } from './queries.ts';

export type AffinitySort = 'lift' | 'confidence' | 'support';

export interface AffinityRow {
  a_id: string;
  a_sku: string;
  a_name: string;
  b_id: string;
  b_sku: string;
  b_name: string;
  /** Baskets holding both A and B. */
  pair_count: number;
  /** Baskets holding A; B. */
  a_count: number;
  b_count: number;
  support: number;
  confidence: number;
  lift: number;
}

/** A ratio of two integer expressions as a double on both dialects (the same IEEE division). */
function ratio(db: Db, num: RawBuilder<unknown>, den: RawBuilder<unknown>): RawBuilder<number> {
  const double = dialectOf(db) === 'postgres' ? sql.raw('double precision') : sql.raw('real');
  return sql<number>`(cast(${num} as ${double}) / cast(${den} as ${double}))`;
}

/**
 * The baskets of the span: one row per purchase order and product in it (history sales and live
 * orders, members' and walk-ins' alike; returns are not baskets). A product counts once per basket.
 */
function baskets(tenantId: string, span: Span, stores: StoreScope) {
  const within = (column: string) =>
    span.from === null
      ? sql`${sql.ref(column)} < ${span.to}`
      : sql`${sql.ref(column)} >= ${span.from} and ${sql.ref(column)} < ${span.to}`;
  const live =
    stores === 'all'
      ? sql`1 = 1`
      : stores.length === 0
        ? sql`1 = 0`
        : sql`s.store_id in (${sql.join(stores)})`;
  return sql`
    select o.id as basket, l.product_id as product
    from history_orders o
    join history_order_lines l on l.tenant_id = o.tenant_id and l.order_id = o.id
    where o.tenant_id = ${tenantId} and o.kind = 'sale' and ${within('o.occurred_at')}
      and ${stores === 'all' ? sql`1 = 1` : sql`1 = 0`}
    union
    select s.id, l.product_id
    from orders s
    join order_lines l on l.tenant_id = s.tenant_id and l.order_id = s.id
    where s.tenant_id = ${tenantId} and ${within('s.created_at')} and ${live}`;
}

export interface AffinityOptions {
  /** A product, and a pair, must be in at least this many baskets. */
  minSupport: number;
  sort: AffinitySort;
  limit: number;
}

/**
 * Pairs A → B bought in one basket, in SQL: only products in at least `minSupport` baskets enter
 * the self-join (that bounds its size), each unordered pair is counted once and read both ways,
 * and only pairs in as many baskets are kept.
 * support = both / baskets, confidence = both / baskets with A, lift = confidence / support of B.
 */
export async function selectAffinity(
  db: Db,
  tenantId: string,
  span: Span,
  stores: StoreScope,
  options: AffinityOptions,
): Promise<{ basketCount: number; pairCount: number; rows: AffinityRow[] }> {
  const order = {
    lift: sql`lift desc, pair_count desc`,
    confidence: sql`confidence desc, pair_count desc`,
    support: sql`pair_count desc, lift desc`,
  }[options.sort];
  const query = sql<AffinityRow & { basket_total: number; pair_total: number }>`
    with basket_items as (${baskets(tenantId, span, stores)}),
    totals as (select count(distinct basket) as n from basket_items),
    items as (
      select product, count(*) as cnt from basket_items group by product having count(*) >= ${options.minSupport}
    ),
    kept as (
      select b.basket, b.product from basket_items b join items i on i.product = b.product
    ),
    together as (
      select x.product as a, y.product as b, count(*) as pair_count
      from kept x join kept y on y.basket = x.basket and y.product > x.product
      group by x.product, y.product
      having count(*) >= ${options.minSupport}
    ),
    pairs as (
      select a, b, pair_count from together
      union all
      select b, a, pair_count from together
    ),
    measured as (
      select p.a as a_id, pa.sku as a_sku, pa.name as a_name, p.b as b_id, pb.sku as b_sku, pb.name as b_name,
        p.pair_count as pair_count, ia.cnt as a_count, ib.cnt as b_count, t.n as basket_total,
        ${ratio(db, sql`p.pair_count`, sql`t.n`)} as support,
        ${ratio(db, sql`p.pair_count`, sql`ia.cnt`)} as confidence,
        ${ratio(db, sql`p.pair_count * t.n`, sql`ia.cnt * ib.cnt`)} as lift,
        count(*) over () as pair_total
      from pairs p
      join items ia on ia.product = p.a
      join items ib on ib.product = p.b
      join products pa on pa.tenant_id = ${tenantId} and pa.id = p.a
      join products pb on pb.tenant_id = ${tenantId} and pb.id = p.b
      cross join totals t
    )
    select * from measured order by ${order}, a_sku, b_sku limit ${options.limit}`;
  const { rows } = await query.execute(db);
  // Without a single pair the basket count still tells how much was looked at.
  const basketCount =
    rows[0] !== undefined ? Number(rows[0].basket_total) : await countBaskets(db, tenantId, span, stores);
  return {
    basketCount,
    pairCount: Number(rows[0]?.pair_total ?? 0),
    rows: rows.map((r) => ({
      a_id: r.a_id,
      a_sku: r.a_sku,
      a_name: r.a_name,
      b_id: r.b_id,
      b_sku: r.b_sku,
      b_name: r.b_name,
      pair_count: Number(r.pair_count),
      a_count: Number(r.a_count),
      b_count: Number(r.b_count),
      support: Number(r.support),
      confidence: Number(r.confidence),
      lift: Number(r.lift),
    })),
  };
}

/** The number of purchase orders (baskets) in the span. */
export async function countBaskets(
  db: Db,
  tenantId: string,
  span: Span,
  stores: StoreScope,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct basket) as n from (${baskets(tenantId, span, stores)}) b`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
