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
function memberActivity(db: Db, tenantId: string, span: Span) {
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
      union all
      select s.member_id, 'sale', ${day('s.created_at')}, s.total_cents
      from orders s
      where s.tenant_id = ${tenantId} and s.member_id is not null and ${within('s.created_at')}
      union all
      select s.member_id, 'return', ${day('r.created_at')}, -r.amount_cents
      from refunds r
      join orders s on s.tenant_id = r.tenant_id and s.id = r.order_id
      where r.tenant_id = ${tenantId} and s.member_id is not null and ${within('r.created_at')}
    ) events
    group by member_id
    having sum(case when kind = 'sale' then 1 else 0 end) > 0`;
}

export interface RfmRow {
  member_id: string;
  member_ref: string;
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
export async function selectRfm(db: Db, tenantId: string, span: Span, net: boolean): Promise<RfmRow[]> {
  const query = sql<RfmRow>`${rfmScores(db, tenantId, span, net)} order by member_ref`;
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
function rfmScores(db: Db, tenantId: string, span: Span, net: boolean) {
  const money = net ? sql.ref('a.net_cents') : sql.ref('a.gross_cents');
  return sql`
    with activity as (${memberActivity(db, tenantId, span)}),
    measured as (
      select a.member_id as member_id, ${memberRef(db)} as member_ref,
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
    select member_id, member_ref, recency_days, frequency, monetary_cents,
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
  days_since: number;
}

/** Days since each member's last purchase in the span. */
export async function selectLastPurchases(db: Db, tenantId: string, span: Span): Promise<LastPurchaseRow[]> {
  const query = sql<LastPurchaseRow>`
    with activity as (${memberActivity(db, tenantId, span)})
    select a.member_id as member_id, ${memberRef(db)} as member_ref,
      ${daysUntil(db, span.asOf, sql`a.last_day`)} as days_since
    from activity a
    join members m on m.tenant_id = ${tenantId} and m.id = a.member_id
    order by member_ref`;
  const { rows } = await query.execute(db);
  return rows.map((r) => ({ ...r, days_since: Number(r.days_since) }));
}
