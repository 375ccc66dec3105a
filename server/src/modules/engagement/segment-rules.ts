import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import { dialectOf } from '../../db/dialect.ts';
import type { DB, Db, MembersTable } from '../../db/schema.ts';
import {
  ABCD_CLASS_CODES,
  type AsOfNow,
  LIFECYCLE_STAGE_CODES,
  membersInAbcdClasses,
  membersInLifecycleStages,
  membersInRfmClasses,
  RFM_CLASS_CODES,
} from '../analytics/segment-filters.ts';

const Ids = z.array(z.uuid()).min(1).max(200);
const Cents = z.number().int().min(0).max(1e13);
const Days = z.number().int().min(1).max(3650);

/** A segment's rules: every given rule must hold (AND); a list inside a rule is any-of (OR). */
export const SegmentRulesSchema = z
  .strictObject({
    levelIds: Ids.optional(),
    /** The member has at least one of these tags. */
    tagsAny: z.array(z.string().min(1).max(50)).min(1).max(50).optional(),
    /** The member has every one of these tags. */
    tagsAll: z.array(z.string().min(1).max(50)).min(1).max(50).optional(),
    spendMinCents: Cents.optional(),
    spendMaxCents: Cents.optional(),
    /** Orders (visits) counted over the last `visitWindowDays` days, or all time. */
    visitsMin: z.number().int().min(0).max(1_000_000).optional(),
    visitsMax: z.number().int().min(0).max(1_000_000).optional(),
    visitWindowDays: Days.optional(),
    /** Visited within the last N days. */
    lastVisitWithinDays: Days.optional(),
    /** No visit in the last N days (dormant; members who never visited included). */
    noVisitWithinDays: Days.optional(),
    /** Birthday month(s), 1–12, of the member's birthday as recorded (a lunar birthday by its lunar month). */
    birthdayMonths: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
    homeStoreIds: Ids.optional(),
    smsConsent: z.boolean().optional(),
    emailConsent: z.boolean().optional(),
    /** RFM class(es) as the analytics RFM report has them by default: all history, as of today. */
    rfmClasses: z.array(z.enum(RFM_CLASS_CODES)).min(1).max(8).optional(),
    /** Lifecycle stage(s) by days since the last purchase, the analytics default thresholds. */
    lifecycleStages: z.array(z.enum(LIFECYCLE_STAGE_CODES)).min(1).max(4).optional(),
    /** ABCD class(es) as the analytics ABCD report has them by default: all history, median cuts, as of today. */
    abcdClasses: z.array(z.enum(ABCD_CLASS_CODES)).min(1).max(4).optional(),
  })
  .meta({ id: 'SegmentRules' });

export type SegmentRules = z.infer<typeof SegmentRulesSchema>;

type MDB = DB & { m: MembersTable };
export type MemberQuery = SelectQueryBuilder<MDB, 'm', object>;

function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** Orders that count as visits: a fully refunded order was not a visit. */
function visits(eb: ExpressionBuilder<MDB, 'm'>, since: string | null) {
  let q = eb
    .selectFrom('orders as o')
    .whereRef('o.tenant_id', '=', 'm.tenant_id')
    .whereRef('o.member_id', '=', 'm.id')
    .where('o.status', '!=', 'refunded');
  if (since) q = q.where('o.created_at', '>=', since);
  return q;
}

/**
 * Adds a segment's rules to a query over `members as m` as parameterised where-clauses, the same
 * on both dialects but for the JSON tag test. Active and frozen members only; erased never. RFM
 * classes and lifecycle stages are the analytics module's subqueries, as of today in `at.timeZone`.
 */
export function applySegmentRules(
  db: Db,
  query: MemberQuery,
  rules: SegmentRules,
  at: AsOfNow,
  tenantId: string,
): MemberQuery {
  const now = at.now;
  const pg = dialectOf(db) === 'postgres';
  let q = query.where('m.status', '!=', 'erased');
  if (rules.levelIds) q = q.where('m.level_id', 'in', rules.levelIds);
  if (rules.homeStoreIds) q = q.where('m.home_store_id', 'in', rules.homeStoreIds);
  if (rules.spendMinCents !== undefined) q = q.where('m.cumulative_spend_cents', '>=', rules.spendMinCents);
  if (rules.spendMaxCents !== undefined) q = q.where('m.cumulative_spend_cents', '<=', rules.spendMaxCents);
  if (rules.smsConsent !== undefined) q = q.where('m.sms_consent', '=', rules.smsConsent ? 1 : 0);
  if (rules.emailConsent !== undefined) q = q.where('m.email_consent', '=', rules.emailConsent ? 1 : 0);
  if (rules.birthdayMonths) {
    const months = rules.birthdayMonths.map((n) => String(n).padStart(2, '0'));
    q = q.where(sql<string>`substr(m.birthday, 6, 2)`, 'in', months);
  }
  if (rules.tagsAny) {
    const tags = rules.tagsAny;
    q = q.where(
      pg
        ? sql<boolean>`jsonb_exists_any(m.tags::jsonb, ${sql.val(tags)}::text[])`
        : sql<boolean>`exists (select 1 from json_each(m.tags) where value in (${sql.join(tags)}))`,
    );
  }
  if (rules.tagsAll) {
    const tags = [...new Set(rules.tagsAll)];
    q = q.where(
      pg
        ? sql<boolean>`jsonb_exists_all(m.tags::jsonb, ${sql.val(tags)}::text[])`
        : sql<boolean>`(select count(distinct value) from json_each(m.tags) where value in (${sql.join(tags)})) = ${tags.length}`,
    );
  }
  if (rules.visitsMin !== undefined || rules.visitsMax !== undefined) {
    const since = rules.visitWindowDays ? daysAgo(now, rules.visitWindowDays) : null;
    const count = (eb: ExpressionBuilder<MDB, 'm'>) =>
      visits(eb, since).select((e) => e.fn.countAll<number>().as('n'));
    if (rules.visitsMin !== undefined) {
      const min = rules.visitsMin;
      q = q.where((eb) => eb(count(eb), '>=', min));
    }
    if (rules.visitsMax !== undefined) {
      const max = rules.visitsMax;
      q = q.where((eb) => eb(count(eb), '<=', max));
    }
  }
  if (rules.lastVisitWithinDays) {
    const since = daysAgo(now, rules.lastVisitWithinDays);
    q = q.where((eb) => eb.exists(visits(eb, since).select('o.id')));
  }
  if (rules.noVisitWithinDays) {
    const since = daysAgo(now, rules.noVisitWithinDays);
    q = q.where((eb) => eb.not(eb.exists(visits(eb, since).select('o.id'))));
  }
  if (rules.rfmClasses) {
    q = q.where(sql<boolean>`m.id in (${membersInRfmClasses(db, tenantId, at, rules.rfmClasses)})`);
  }
  if (rules.lifecycleStages) {
    q = q.where(sql<boolean>`m.id in (${membersInLifecycleStages(db, tenantId, at, rules.lifecycleStages)})`);
  }
  if (rules.abcdClasses) {
    q = q.where(sql<boolean>`m.id in (${membersInAbcdClasses(db, tenantId, at, rules.abcdClasses)})`);
  }
  return q;
}

/** The segment's members; `at` is now and the tenant's time zone (days are the tenant's days). */
export function membersInSegment(db: Db, tenantId: string, rules: SegmentRules, at: AsOfNow): MemberQuery {
  return applySegmentRules(
    db,
    db.selectFrom('members as m').where('m.tenant_id', '=', tenantId),
    rules,
    at,
    tenantId,
  );
}
