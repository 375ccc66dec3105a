import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { addDays, localDayOf, startOfLocalDay } from '../../shared/time.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(day: string, field: string): void {
  if (!DAY.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day)
    throw new AppError('VALIDATION_FAILED', `${field} must be a date YYYY-MM-DD`, { field });
}

export interface DayRange {
  /** First and last day, inclusive, in the tenant's zone. */
  from: string;
  to: string;
  /** The instants they cover: [fromAt, toAt). */
  fromAt: string;
  toAt: string;
  timeZone: string;
}

/** A period of whole local days; this month to today when not given. */
export async function dayRange(
  ctx: Ctx,
  q: { from?: string; to?: string },
  maxDays = 3_700,
): Promise<DayRange> {
  const { timezone } = await getTenantProfile(ctx);
  const today = localDayOf(ctx.now, timezone);
  const from = q.from ?? `${today.slice(0, 8)}01`;
  const to = q.to ?? today;
  checkDay(from, 'from');
  checkDay(to, 'to');
  if (from > to) throw new AppError('VALIDATION_FAILED', 'The period ends after it starts', { field: 'to' });
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > maxDays)
    throw new AppError('VALIDATION_FAILED', `A report covers at most ${maxDays} days`, { field: 'from' });
  return {
    from,
    to,
    fromAt: startOfLocalDay(from, timezone).toISOString(),
    toAt: startOfLocalDay(addDays(to, 1), timezone).toISOString(),
    timeZone: timezone,
  };
}

/** The end of a local day (the instant the next begins); today when not given. */
export async function endOfDay(ctx: Ctx, asOf: string | undefined): Promise<{ asOf: string; at: string }> {
  const { timezone } = await getTenantProfile(ctx);
  const day = asOf ?? localDayOf(ctx.now, timezone);
  checkDay(day, 'asOf');
  return { asOf: day, at: startOfLocalDay(addDays(day, 1), timezone).toISOString() };
}
