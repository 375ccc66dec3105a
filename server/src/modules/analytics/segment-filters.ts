import type { RawBuilder } from 'kysely';
import type { Db } from '../../db/schema.ts';
import { localDayOf } from '../../shared/time.ts';
import type { AbcdClass } from './abcd-classes.ts';
import { HIGH_SCORE, RFM_CLASSES, type RfmClass } from './compute-rfm.ts';
import { DEFAULT_THRESHOLDS, LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle-stages.ts';
import { abcdClassMemberIds, type DayRange, lastPurchaseMemberIds, rfmClassMemberIds } from './queries.ts';
import { spanOf } from './span.ts';

export const RFM_CLASS_CODES = Object.keys(RFM_CLASSES) as [RfmClass, ...RfmClass[]];
export { ABCD_CLASS_CODES } from './abcd-classes.ts';
export const LIFECYCLE_STAGE_CODES = Object.keys(LIFECYCLE_STAGES) as [LifecycleStage, ...LifecycleStage[]];

/** When a filter looks from: today in the tenant's zone. */
export interface AsOfNow {
  now: Date;
  timeZone: string;
}

/**
 * Member ids in any of `classes`, as the RFM report shows them by default (all history, purchases
 * only, as of today): a subquery for `m.id in (…)` in another module's member query.
 */
export function membersInRfmClasses(
  db: Db,
  tenantId: string,
  at: AsOfNow,
  classes: readonly RfmClass[],
): RawBuilder<string> {
  const span = spanOf(localDayOf(at.now, at.timeZone), null, at.timeZone);
  return rfmClassMemberIds(
    db,
    tenantId,
    span,
    false,
    HIGH_SCORE,
    classes.map((c) => RFM_CLASSES[c]),
  );
}

/** The day ranges of each stage under the default thresholds (inclusive upper bounds). */
function stageRange(stage: LifecycleStage): DayRange {
  const t = DEFAULT_THRESHOLDS;
  switch (stage) {
    case 'active':
      return { min: 0, max: t.activeDays };
    case 'recent_churn':
      return { min: t.activeDays + 1, max: t.recentDays };
    case 'mid_churn':
      return { min: t.recentDays + 1, max: t.midDays };
    case 'dormant':
      return { min: t.midDays + 1, max: null };
  }
}

/**
 * Member ids in any of `stages`, as the lifecycle report shows them by default (default thresholds,
 * as of today): a subquery for `m.id in (…)`. Members who never bought are in no stage.
 */
export function membersInLifecycleStages(
  db: Db,
  tenantId: string,
  at: AsOfNow,
  stages: readonly LifecycleStage[],
): RawBuilder<string> {
  const span = spanOf(localDayOf(at.now, at.timeZone), null, at.timeZone);
  return lastPurchaseMemberIds(db, tenantId, span, stages.map(stageRange));
}

/**
 * Member ids in any of `classes`, as the ABCD report shows them by default (all history, purchases
 * only, cut at the median member, as of today): a subquery for `m.id in (…)`.
 */
export function membersInAbcdClasses(
  db: Db,
  tenantId: string,
  at: AsOfNow,
  classes: readonly AbcdClass[],
): RawBuilder<string> {
  const span = spanOf(localDayOf(at.now, at.timeZone), null, at.timeZone);
  return abcdClassMemberIds(db, tenantId, span, { frequencyAbove: null, amountAboveCents: null }, classes);
}
