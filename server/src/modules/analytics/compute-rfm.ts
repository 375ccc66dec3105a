import type { Ctx } from '../../shared/context.ts';
import { localDayOf } from '../../shared/time.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { pageOf } from './lifecycle-stages.ts';
import { type RfmRow, selectRfm } from './queries.ts';
import { spanOf } from './span.ts';
import { reportStores } from './store-scope.ts';

/** The 8 classic RFM classes, by R, F and M each high (score ≥ 3) or low. */
export const RFM_CLASSES = {
  important_value: { label: '重要价值', en: 'Important value', r: true, f: true, m: true },
  important_development: { label: '重要发展', en: 'Important to develop', r: true, f: false, m: true },
  important_retain: { label: '重要保持', en: 'Important to retain', r: false, f: true, m: true },
  important_win_back: { label: '重要挽留', en: 'Important to win back', r: false, f: false, m: true },
  general_value: { label: '一般价值', en: 'General value', r: true, f: true, m: false },
  general_development: { label: '一般发展', en: 'General to develop', r: true, f: false, m: false },
  general_retain: { label: '一般保持', en: 'General to retain', r: false, f: true, m: false },
  general_win_back: { label: '一般挽留', en: 'General to win back', r: false, f: false, m: false },
} as const;

export type RfmClass = keyof typeof RFM_CLASSES;

/** A score of 3 or more (the upper three quintiles) is high. */
export const HIGH_SCORE = 3;

export function rfmClassOf(r: number, f: number, m: number): RfmClass {
  const [hr, hf, hm] = [r >= HIGH_SCORE, f >= HIGH_SCORE, m >= HIGH_SCORE];
  const found = (Object.keys(RFM_CLASSES) as RfmClass[]).find((k) => {
    const c = RFM_CLASSES[k];
    return c.r === hr && c.f === hf && c.m === hm;
  });
  return found!;
}

export interface RfmInput {
  /** YYYY-MM-DD; today in the tenant's zone when left out. */
  asOf?: string;
  /** Only purchases of the N days ending with asOf; all history when left out. */
  windowDays?: number;
  /** Monetary net of returns (purchases minus returns in the span); purchases only by default. */
  net?: boolean;
  /** Only the live orders of this store (the actor's stores by default). */
  storeId?: string;
  /** Rows of this class only (the drill-down); the counts are always of every class. */
  rfmClass?: RfmClass;
  /** Page by member_ref: rows after this one. */
  after?: string;
  limit?: number;
}

export interface RfmMember {
  memberId: string;
  /** The old system's customer id for an imported member, else the member id. */
  memberRef: string;
  name: string;
  recencyDays: number;
  frequency: number;
  monetaryCents: number;
  rScore: number;
  fScore: number;
  mScore: number;
  rfmClass: RfmClass;
}

function toMember(r: RfmRow): RfmMember {
  return {
    memberId: r.member_id,
    memberRef: r.member_ref,
    name: r.name,
    recencyDays: r.recency_days,
    frequency: r.frequency,
    monetaryCents: r.monetary_cents,
    rScore: r.r_score,
    fScore: r.f_score,
    mScore: r.m_score,
    rfmClass: rfmClassOf(r.r_score, r.f_score, r.m_score),
  };
}

/**
 * RFM of every member who bought in the span (imported history and live sales together), with
 * quintile scores and the 8 classes; the summary counts every member, the rows come a page at a time.
 */
export async function computeRfm(ctx: Ctx, input: RfmInput = {}) {
  requirePermission(ctx.actor, 'reports.read');
  const { timezone } = await getTenantProfile(ctx);
  const asOf = input.asOf ?? localDayOf(ctx.now, timezone);
  const span = spanOf(asOf, input.windowDays ?? null, timezone);
  const net = input.net ?? false;
  const all = await selectRfm(ctx.db, ctx.tenantId, span, net, reportStores(ctx, input.storeId));
  const classes = Object.fromEntries((Object.keys(RFM_CLASSES) as RfmClass[]).map((k) => [k, 0])) as Record<
    RfmClass,
    number
  >;
  const members = all.map(toMember);
  const monetary = { ...classes };
  let monetaryCents = 0;
  for (const m of members) {
    classes[m.rfmClass]++;
    monetary[m.rfmClass] += m.monetaryCents;
    monetaryCents += m.monetaryCents;
  }
  const shown = input.rfmClass === undefined ? members : members.filter((m) => m.rfmClass === input.rfmClass);
  return {
    asOf,
    windowDays: input.windowDays ?? null,
    net,
    memberCount: members.length,
    monetaryCents,
    classes,
    classMonetaryCents: monetary,
    ...pageOf(shown, input.after, input.limit),
  };
}
