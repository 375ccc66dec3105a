import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { localDayOf } from '../../shared/time.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { selectLastPurchases } from './queries.ts';
import { spanOf } from './span.ts';
import { reportStores } from './store-scope.ts';

/** 活跃 / 近期流失 / 中期流失 / 休眠, by days since the last purchase. */
export const LIFECYCLE_STAGES = {
  active: { label: '活跃', en: 'Active' },
  recent_churn: { label: '近期流失', en: 'Recently lapsed' },
  mid_churn: { label: '中期流失', en: 'Lapsing' },
  dormant: { label: '休眠', en: 'Dormant' },
} as const;

export type LifecycleStage = keyof typeof LIFECYCLE_STAGES;

/** Upper bounds in days, inclusive: ≤ activeDays is active, ≤ recentDays recently lapsed, ≤ midDays lapsing, beyond dormant. */
export interface LifecycleThresholds {
  activeDays: number;
  recentDays: number;
  midDays: number;
}

export const DEFAULT_THRESHOLDS: LifecycleThresholds = { activeDays: 30, recentDays: 90, midDays: 180 };

export function lifecycleStageOf(daysSince: number, t: LifecycleThresholds): LifecycleStage {
  if (daysSince <= t.activeDays) return 'active';
  if (daysSince <= t.recentDays) return 'recent_churn';
  if (daysSince <= t.midDays) return 'mid_churn';
  return 'dormant';
}

export interface LifecycleInput extends Partial<LifecycleThresholds> {
  asOf?: string;
  storeId?: string;
  /** Rows of this stage only (the drill-down); the counts are always of every stage. */
  stage?: LifecycleStage;
  after?: string;
  limit?: number;
}

/** Every member who ever bought (up to asOf), in a lifecycle stage; counts per stage and a page of rows. */
export async function lifecycleStages(ctx: Ctx, input: LifecycleInput = {}) {
  requirePermission(ctx.actor, 'reports.read');
  const thresholds: LifecycleThresholds = {
    activeDays: input.activeDays ?? DEFAULT_THRESHOLDS.activeDays,
    recentDays: input.recentDays ?? DEFAULT_THRESHOLDS.recentDays,
    midDays: input.midDays ?? DEFAULT_THRESHOLDS.midDays,
  };
  const { activeDays, recentDays, midDays } = thresholds;
  if (!(activeDays >= 0 && recentDays > activeDays && midDays > recentDays)) {
    throw new AppError('VALIDATION_FAILED', 'Thresholds must rise: activeDays < recentDays < midDays', {
      field: 'recentDays',
    });
  }
  const { timezone } = await getTenantProfile(ctx);
  const asOf = input.asOf ?? localDayOf(ctx.now, timezone);
  const rows = await selectLastPurchases(
    ctx.db,
    ctx.tenantId,
    spanOf(asOf, null, timezone),
    reportStores(ctx, input.storeId),
  );
  const members = rows.map((r) => ({
    memberId: r.member_id,
    memberRef: r.member_ref,
    name: r.name,
    daysSinceLastPurchase: r.days_since,
    stage: lifecycleStageOf(r.days_since, thresholds),
  }));
  const stages = Object.fromEntries(
    (Object.keys(LIFECYCLE_STAGES) as LifecycleStage[]).map((k) => [k, 0]),
  ) as Record<LifecycleStage, number>;
  for (const m of members) stages[m.stage]++;
  const shown = input.stage === undefined ? members : members.filter((m) => m.stage === input.stage);
  const page = pageOf(shown, input.after, input.limit);
  return { asOf, thresholds, memberCount: members.length, stages, ...page };
}

/** A page of rows ordered by memberRef, after a cursor. */
export function pageOf<T extends { memberRef: string }>(all: readonly T[], after?: string, limit?: number) {
  const start = after === undefined ? 0 : all.findIndex((m) => m.memberRef > after);
  const from = start < 0 ? all.length : start;
  const rows = limit === undefined ? all.slice(from) : all.slice(from, from + limit);
  const last = rows.at(-1);
  return { rows, nextCursor: last && from + rows.length < all.length ? last.memberRef : null };
}
