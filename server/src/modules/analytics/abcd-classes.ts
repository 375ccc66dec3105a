import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { localDayOf } from '../../shared/time.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { pageOf } from './lifecycle-stages.ts';
import { type AbcdRow, selectAbcd } from './queries.ts';
import { spanOf } from './span.ts';
import { reportStores } from './store-scope.ts';

/** A high frequency & high amount, B high amount, C high frequency, D neither. */
export const ABCD_CLASSES = {
  A: { label: 'A 类（高频高额）', en: 'A (frequent, high spend)', frequent: true, spends: true },
  B: { label: 'B 类（低频高额）', en: 'B (occasional, high spend)', frequent: false, spends: true },
  C: { label: 'C 类（高频低额）', en: 'C (frequent, low spend)', frequent: true, spends: false },
  D: { label: 'D 类（低频低额）', en: 'D (occasional, low spend)', frequent: false, spends: false },
} as const;

export type AbcdClass = keyof typeof ABCD_CLASSES;
export const ABCD_CLASS_CODES = Object.keys(ABCD_CLASSES) as [AbcdClass, ...AbcdClass[]];

export interface AbcdInput {
  /** YYYY-MM-DD; today in the tenant's zone when left out. */
  asOf?: string;
  /** Only purchases of the N days ending with asOf; all history when left out. */
  windowDays?: number;
  /** High frequency is more purchase orders than this; the median member's by default. */
  frequencyAbove?: number;
  /** High amount is more than this many fen; the median member's by default. */
  amountAboveCents?: number;
  /** Amount net of returns; purchases only by default. */
  net?: boolean;
  storeId?: string;
  /** Rows of this class only (the drill-down); the counts are always of every class. */
  abcdClass?: AbcdClass;
  after?: string;
  limit?: number;
}

export interface AbcdMember {
  memberId: string;
  memberRef: string;
  name: string;
  frequency: number;
  amountCents: number;
  abcdClass: AbcdClass;
}

const toMember = (r: AbcdRow): AbcdMember => ({
  memberId: r.member_id,
  memberRef: r.member_ref,
  name: r.name,
  frequency: r.frequency,
  amountCents: r.amount_cents,
  abcdClass: r.abcd_class,
});

/**
 * Every member who bought in the span in one of four classes by purchase frequency and amount; the
 * counts and amounts per class (the amount share is a class's amount over the total), and a page of rows.
 */
export async function abcdClasses(ctx: Ctx, input: AbcdInput = {}) {
  requirePermission(ctx.actor, 'reports.read');
  for (const field of ['frequencyAbove', 'amountAboveCents'] as const) {
    const v = input[field];
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) {
      throw new AppError('VALIDATION_FAILED', `${field} must be a whole number ≥ 0`, { field });
    }
  }
  const { timezone } = await getTenantProfile(ctx);
  const asOf = input.asOf ?? localDayOf(ctx.now, timezone);
  const span = spanOf(asOf, input.windowDays ?? null, timezone);
  const net = input.net ?? false;
  const rows = await selectAbcd(
    ctx.db,
    ctx.tenantId,
    span,
    net,
    { frequencyAbove: input.frequencyAbove ?? null, amountAboveCents: input.amountAboveCents ?? null },
    reportStores(ctx, input.storeId),
  );
  const zero = () => Object.fromEntries(ABCD_CLASS_CODES.map((k) => [k, 0])) as Record<AbcdClass, number>;
  const classes = zero();
  const classAmountCents = zero();
  let amountCents = 0;
  const members = rows.map(toMember);
  for (const m of members) {
    classes[m.abcdClass]++;
    classAmountCents[m.abcdClass] += m.amountCents;
    amountCents += m.amountCents;
  }
  const shown =
    input.abcdClass === undefined ? members : members.filter((m) => m.abcdClass === input.abcdClass);
  return {
    asOf,
    windowDays: input.windowDays ?? null,
    net,
    // The cuts used: as given, else the median member's (null when nobody bought).
    frequencyAbove: input.frequencyAbove ?? rows[0]?.frequency_above ?? null,
    amountAboveCents: input.amountAboveCents ?? rows[0]?.amount_above_cents ?? null,
    memberCount: members.length,
    amountCents,
    classes,
    classAmountCents,
    ...pageOf(shown, input.after, input.limit),
  };
}
