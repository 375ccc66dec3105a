import { type RawBuilder, sql } from 'kysely';
import { dialectOf, localDay } from '../../db/dialect.ts';
import type { Db } from '../../db/schema.ts';

/** The span of purchases a report reads: instants [from, to), days counted at a fixed offset. */
export interface Span {
  /** Inclusive lower bound (ISO instant), or null for all history. */
  from: string | null;
  /** Exclusive upper bound: the end of the as-of day. */
  to: string;
  /** The as-of day, YYYY-MM-DD. */
  asOf: string;
  /** The tenant's UTC offset on the as-of day, in minutes: purchases are dated in that zone. */
  offsetMinutes: number;
}

/**
 * Whose purchases count: every store's live orders and the imported history ('all'), or only the
 * live orders of these stores (history orders belong to no store).
 */
export type StoreScope = readonly string[] | 'all';

/** `column in (stores)`, or true for every store. */
function inStores(column: string, stores: StoreScope) {
  if (stores === 'all') return sql`1 = 1`;
  if (stores.length === 0) return sql`1 = 0`;
  return sql`${sql.ref(column)} in (${sql.join(stores)})`;
}

/** The member's reference: the old system's customer id, else the member id (as text, code-point order). */
function memberRef(db: Db): RawBuilder<string> {
  return dialectOf(db) === 'postgres'
    ? sql<string>`(coalesce(m.member_ref, cast(m.id as text)) collate "C")`
    : sql<string>`coalesce(m.member_ref, m.id)`;
}

/** Whole days from `day` (a YYYY-MM-DD expression) to the as-of day. */
function daysUntil(db: Db, asOf: string, day: RawBuilder<string>): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`(cast(${asOf} as date) - cast(${day} as date))`
    : sql<number>`cast(julianday(${asOf}) - julianday(${day}) as integer)`;
}

/**
 * One row per member with a purchase in the span: the last purchase day, the number of purchase
 * orders, what they paid and what they returned. Purchases are history sales (imported) and live
 * orders; returns are history C invoices and live refunds, each dated when it happened.
 */
function memberActivity(db: Db, tenantId: string, span: Span, stores: StoreScope = 'all') {
  const within = (column: string) =>
    span.from === null
      ? sql`${sql.ref(column)} < ${span.to}`
      : sql`${sql.ref(column)} >= ${span.from} and ${sql.ref(column)} < ${span.to}`;
  const day = (column: string) => localDay(db, sql.ref(column), span.offsetMinutes);
  // One row per order or refund: who, which kind, which day, how much (returns negative).
  return sql`
    select member_id,
      max(case when kind = 'sale' then day end) as last_day,
      sum(case when kind = 'sale' then 1 else 0 end) as frequency,
      sum(case when kind = 'sale' then amount else 0 end) as gross_cents,
      sum(amount) as net_cents
    from (
      select o.member_id as member_id, o.kind as kind, ${day('o.occurred_at')} as day,
        (select sum(l.total_cents) from history_order_lines l
          where l.tenant_id = o.tenant_id and l.order_id = o.id) as amount
      from history_orders o
      where o.tenant_id = ${tenantId} and o.member_id is not null and ${within('o.occurred_at')}
        and ${stores === 'all' ? sql`1 = 1` : sql`1 = 0`}
      union all
      select s.member_id, 'sale', ${day('s.created_at')}, s.total_cents
      from orders s
      where s.tenant_id = ${tenantId} and s.member_id is not null and ${within('s.created_at')}
        and ${inStores('s.store_id', stores)}
      union all
      select s.member_id, 'return', ${day('r.created_at')}, -r.amount_cents
      from refunds r
      join orders s on s.tenant_id = r.tenant_id and s.id = r.order_id
      where r.tenant_id = ${tenantId} and s.member_id is not null and ${within('r.created_at')}
        and ${inStores('s.store_id', stores)}
    ) events
    group by member_id
    having sum(case when kind = 'sale' then 1 else 0 end) > 0`;
}

export interface RfmRow {
  member_id: string;
  member_ref: string;
  name: string;
  recency_days: number;
  frequency: number;
  monetary_cents: number;
  r_score: number;
  f_score: number;
  m_score: number;
}

/**
 * RFM of every member with a purchase in the span, scored in SQL. A score is the quintile of the
 * member's rank: 1 + floor(5 × (rank − 1) / n), where rank is RANK() (ties share the lowest rank,
 * so equal values always get equal scores), ordered so that better is higher — recency from the
 * longest ago, frequency and money from the least.
 */
export async function selectRfm(
  db: Db,
  tenantId: string,
  span: Span,
  net: boolean,
  stores: StoreScope = 'all',
): Promise<RfmRow[]> {
  const query = sql<RfmRow>`${rfmScores(db, tenantId, span, net, stores)} order by member_ref`;
  const { rows } = await query.execute(db);
  return rows.map((r) => ({
    ...r,
    recency_days: Number(r.recency_days),
    frequency: Number(r.frequency),
    monetary_cents: Number(r.monetary_cents),
    r_score: Number(r.r_score),
    f_score: Number(r.f_score),
    m_score: Number(r.m_score),
  }));
}

/** The scored RFM rows of `selectRfm`, unordered, as a statement to select from. */
function rfmScores(db: Db, tenantId: string, span: Span, net: boolean, stores: StoreScope = 'all') {
  const money = net ? sql.ref('a.net_cents') : sql.ref('a.gross_cents');
  return sql`
    with activity as (${memberActivity(db, tenantId, span, stores)}),
    measured as (
      select a.member_id as member_id, ${memberRef(db)} as member_ref, m.name as name,
        ${daysUntil(db, span.asOf, sql`a.last_day`)} as recency_days,
        a.frequency as frequency, ${money} as monetary_cents
      from activity a
      join members m on m.tenant_id = ${tenantId} and m.id = a.member_id
    ),
    ranked as (
      select measured.*,
        rank() over (order by recency_days desc) as r_rank,
        rank() over (order by frequency) as f_rank,
        rank() over (order by monetary_cents) as m_rank,
        count(*) over () as n
      from measured
    )
    select member_id, member_ref, name, recency_days, frequency, monetary_cents,
      1 + (5 * (r_rank - 1)) / n as r_score,
      1 + (5 * (f_rank - 1)) / n as f_score,
      1 + (5 * (m_rank - 1)) / n as m_score
    from ranked`;
}

/** Which of R, F and M are high (score ≥ high) in each wanted class. */
export interface ScoreHighs {
  r: boolean;
  f: boolean;
  m: boolean;
}

/**
 * The ids of the members whose RFM class is one of `classes` (each given by which scores are high),
 * as a subquery for `m.id in (…)`: the same scores as `selectRfm`, filtered in SQL.
 */
export function rfmClassMemberIds(
  db: Db,
  tenantId: string,
  span: Span,
  net: boolean,
  high: number,
  classes: readonly ScoreHighs[],
): RawBuilder<string> {
  const side = (column: string, isHigh: boolean) =>
    isHigh ? sql`${sql.ref(column)} >= ${high}` : sql`${sql.ref(column)} < ${high}`;
  const anyClass = sql.join(
    classes.map(
      (c) => sql`(${side('s.r_score', c.r)} and ${side('s.f_score', c.f)} and ${side('s.m_score', c.m)})`,
    ),
    sql` or `,
  );
  return sql<string>`select s.member_id from (${rfmScores(db, tenantId, span, net)}) s where ${anyClass}`;
}

/** Days-since-last-purchase ranges, inclusive; `max` null for no upper bound. */
export interface DayRange {
  min: number;
  max: number | null;
}

/**
 * The ids of the members whose days since their last purchase in the span fall in one of
 * `ranges`, as a subquery for `m.id in (…)`; members who never bought are in none.
 */
export function lastPurchaseMemberIds(
  db: Db,
  tenantId: string,
  span: Span,
  ranges: readonly DayRange[],
): RawBuilder<string> {
  const days = daysUntil(db, span.asOf, sql`a.last_day`);
  const anyRange = sql.join(
    ranges.map((r) =>
      r.max === null ? sql`(${days} >= ${r.min})` : sql`(${days} >= ${r.min} and ${days} <= ${r.max})`,
    ),
    sql` or `,
  );
  return sql<string>`select a.member_id from (${memberActivity(db, tenantId, span)}) a where ${anyRange}`;
}

export interface LastPurchaseRow {
  member_id: string;
  member_ref: string;
  name: string;
  days_since: number;
}

/** Days since each member's last purchase in the span. */
export async function selectLastPurchases(
  db: Db,
  tenantId: string,
  span: Span,
  stores: StoreScope = 'all',
): Promise<LastPurchaseRow[]> {
  const query = sql<LastPurchaseRow>`
    with activity as (${memberActivity(db, tenantId, span, stores)})
    select a.member_id as member_id, ${memberRef(db)} as member_ref, m.name as name,
      ${daysUntil(db, span.asOf, sql`a.last_day`)} as days_since
    from activity a
    join members m on m.tenant_id = ${tenantId} and m.id = a.member_id
    order by member_ref`;
  const { rows } = await query.execute(db);
  return rows.map((r) => ({ ...r, days_since: Number(r.days_since) }));
}

/** "High" means strictly above these; null means the median member's value in the span. */
export interface AbcdCuts {
  frequencyAbove: number | null;
  amountAboveCents: number | null;
}

export interface AbcdRow {
  member_id: string;
  member_ref: string;
  name: string;
  frequency: number;
  amount_cents: number;
  abcd_class: 'A' | 'B' | 'C' | 'D';
  frequency_above: number;
  amount_above_cents: number;
}

/**
 * Frequency and amount of every member who bought in the span, and their ABCD class, in SQL:
 * A high both, B high amount only, C high frequency only, D neither. An unset cut is the lower
 * median (the value at position ⌈n/2⌉ in ascending order), so "high" is above the typical member.
 */
function abcdClasses(db: Db, tenantId: string, span: Span, net: boolean, cuts: AbcdCuts, stores: StoreScope) {
  const money = net ? sql.ref('a.net_cents') : sql.ref('a.gross_cents');
  const cut = (value: number | null, median: string) =>
    value === null ? sql.ref(median) : sql`cast(${value} as bigint)`;
  return sql`
    with activity as (${memberActivity(db, tenantId, span, stores)}),
    measured as (
      select a.member_id as member_id, ${memberRef(db)} as member_ref, m.name as name,
        a.frequency as frequency, ${money} as amount_cents
      from activity a
      join members m on m.tenant_id = ${tenantId} and m.id = a.member_id
    ),
    positioned as (
      select frequency, amount_cents,
        row_number() over (order by frequency) as f_pos,
        row_number() over (order by amount_cents) as a_pos,
        count(*) over () as n
      from measured
    ),
    medians as (
      select max(case when f_pos = (n + 1) / 2 then frequency end) as f_median,
        max(case when a_pos = (n + 1) / 2 then amount_cents end) as a_median
      from positioned
    ),
    cuts as (
      select ${cut(cuts.frequencyAbove, 'medians.f_median')} as f_cut,
        ${cut(cuts.amountAboveCents, 'medians.a_median')} as a_cut
      from medians
    )
    select x.member_id, x.member_ref, x.name, x.frequency, x.amount_cents,
      case
        when x.frequency > c.f_cut and x.amount_cents > c.a_cut then 'A'
        when x.amount_cents > c.a_cut then 'B'
        when x.frequency > c.f_cut then 'C'
        else 'D'
      end as abcd_class,
      c.f_cut as frequency_above, c.a_cut as amount_above_cents
    from measured x cross join cuts c`;
}

/** Every member's ABCD class in the span, ordered by member_ref. */
export async function selectAbcd(
  db: Db,
  tenantId: string,
  span: Span,
  net: boolean,
  cuts: AbcdCuts,
  stores: StoreScope = 'all',
): Promise<AbcdRow[]> {
  const query = sql<AbcdRow>`${abcdClasses(db, tenantId, span, net, cuts, stores)} order by member_ref`;
  const { rows } = await query.execute(db);
  return rows.map((r) => ({
    ...r,
    frequency: Number(r.frequency),
    amount_cents: Number(r.amount_cents),
    frequency_above: Number(r.frequency_above),
    amount_above_cents: Number(r.amount_above_cents),
  }));
}

/** The ids of the members in any of `classes`, as a subquery for `m.id in (…)`. */
export function abcdClassMemberIds(
  db: Db,
  tenantId: string,
  span: Span,
  cuts: AbcdCuts,
  classes: readonly AbcdRow['abcd_class'][],
): RawBuilder<string> {
  return sql<string>`select s.member_id from (${abcdClasses(db, tenantId, span, false, cuts, 'all')}) s
    where s.abcd_class in (${sql.join(classes)})`;
}
