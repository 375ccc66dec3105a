import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { scopedStores } from './access.ts';
import { type RatingView, ratingsQuery, toRatingView } from './record-rating.ts';

export interface RatingFilter {
  storeId?: string;
  staffUserId?: string;
  memberId?: string;
  /** [from, to) on when the rating was given. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/** Ratings of the actor's stores, newest first. */
export async function listRatings(ctx: Ctx, f: RatingFilter): Promise<Page<RatingView>> {
  requirePermission(ctx.actor, 'feedback.read');
  const stores = scopedStores(ctx, f.storeId);
  const limit = Math.min(f.limit ?? 50, 200);
  const after = f.cursor ? decodeCursor<{ at: string; id: string }>(f.cursor) : null;
  let q = ratingsQuery(ctx);
  if (stores !== 'all') q = q.where('r.store_id', 'in', stores.length ? stores : ['-']);
  if (f.staffUserId) q = q.where('r.staff_user_id', '=', f.staffUserId);
  if (f.memberId) q = q.where('r.member_id', '=', f.memberId);
  if (f.from) q = q.where('r.created_at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('r.created_at', '<', new Date(f.to).toISOString());
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.created_at', '<', after.at),
        eb.and([eb('r.created_at', '=', after.at), eb('r.id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toRatingView);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

export interface ScoreGroup {
  id: string | null;
  name: string | null;
  count: number;
  scoreSum: number;
  /** Mean stars, two decimals. */
  average: number;
}

export interface FeedbackSummary {
  from: string | null;
  to: string | null;
  ratings: { count: number; scoreSum: number; average: number; byScore: Record<string, number> };
  byStore: ScoreGroup[];
  byStaff: ScoreGroup[];
  complaints: { total: number; byStatus: Record<string, number>; byCategory: Record<string, number> };
}

const avg = (sum: number, count: number) => (count === 0 ? 0 : Math.round((sum * 100) / count) / 100);

/** Counts for reports: ratings (average per store and per person) and complaints by status and category. */
export async function feedbackSummary(
  ctx: Ctx,
  f: { storeId?: string; from?: string; to?: string },
): Promise<FeedbackSummary> {
  requirePermission(ctx.actor, 'feedback.read');
  const stores = scopedStores(ctx, f.storeId);
  const from = f.from ? new Date(f.from).toISOString() : null;
  const to = f.to ? new Date(f.to).toISOString() : null;
  const ratings = () => {
    let q = ctx.db.selectFrom('feedback_ratings as r').where('r.tenant_id', '=', ctx.tenantId);
    if (stores !== 'all') q = q.where('r.store_id', 'in', stores.length ? stores : ['-']);
    if (from) q = q.where('r.created_at', '>=', from);
    if (to) q = q.where('r.created_at', '<', to);
    return q;
  };
  const agg = [sql<number>`count(*)`.as('n'), sql<number>`coalesce(sum(r.score), 0)`.as('total')] as const;
  const byScore = await ratings()
    .select(['r.score', ...agg])
    .groupBy('r.score')
    .execute();
  const byStore = await ratings()
    .innerJoin('stores as s', (j) =>
      j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.store_id'),
    )
    .select(['r.store_id as id', 's.name', ...agg])
    .groupBy(['r.store_id', 's.name'])
    .execute();
  const byStaff = await ratings()
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.staff_user_id'),
    )
    .select(['r.staff_user_id as id', 'u.display_name as name', ...agg])
    .groupBy(['r.staff_user_id', 'u.display_name'])
    .execute();
  let cq = ctx.db.selectFrom('complaints as c').where('c.tenant_id', '=', ctx.tenantId);
  if (stores !== 'all') cq = cq.where('c.store_id', 'in', stores.length ? stores : ['-']);
  if (from) cq = cq.where('c.created_at', '>=', from);
  if (to) cq = cq.where('c.created_at', '<', to);
  const complaints = await cq
    .select(['c.status', 'c.category', sql<number>`count(*)`.as('n')])
    .groupBy(['c.status', 'c.category'])
    .execute();

  const group = (rows: { id: string | null; name: string | null; n: number; total: number }[]) =>
    rows
      .map((r) => ({
        id: r.id,
        name: r.name,
        count: Number(r.n),
        scoreSum: Number(r.total),
        average: avg(Number(r.total), Number(r.n)),
      }))
      .sort((a, b) => b.average - a.average || b.count - a.count);
  const count = byScore.reduce((s, r) => s + Number(r.n), 0);
  const scoreSum = byScore.reduce((s, r) => s + Number(r.total), 0);
  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  for (const c of complaints) {
    byStatus[c.status] = (byStatus[c.status] ?? 0) + Number(c.n);
    byCategory[c.category] = (byCategory[c.category] ?? 0) + Number(c.n);
  }
  return {
    from,
    to,
    ratings: {
      count,
      scoreSum,
      average: avg(scoreSum, count),
      byScore: Object.fromEntries(byScore.map((r) => [String(r.score), Number(r.n)])),
    },
    byStore: group(byStore),
    byStaff: group(byStaff),
    complaints: {
      total: complaints.reduce((s, c) => s + Number(c.n), 0),
      byStatus,
      byCategory,
    },
  };
}
