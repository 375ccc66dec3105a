import { AppError } from '../../shared/errors.ts';
import { addDays } from '../../shared/time.ts';
import type { DashboardPeriod } from './schemas.ts';

const DAY_MS = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Days from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toMs(from); ms <= toMs(to); ms += DAY_MS) out.push(fromMs(ms));
  return out;
}

/** A valid range of at most `maxDays` days, `from` not after `to`. */
export function checkRange(from: string, to: string, maxDays = 3_700): void {
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (Number.isNaN(toMs(day)) || fromMs(toMs(day)) !== day)
      throw new AppError('VALIDATION_FAILED', `${field} must be a date YYYY-MM-DD`, { field });
  }
  if (from > to) throw new AppError('VALIDATION_FAILED', 'The period ends after it starts', { field: 'to' });
  if ((toMs(to) - toMs(from)) / DAY_MS + 1 > maxDays)
    throw new AppError('VALIDATION_FAILED', `A report covers at most ${maxDays} days`, { field: 'from' });
}

/**
 * The dashboard's period to date and the one before it of equal length: today and yesterday; this
 * week from Monday and last week to the same weekday; this month from the 1st and last month to
 * the same day (its last day when shorter).
 */
export function dashboardPeriods(period: DashboardPeriod, today: string) {
  const d = new Date(toMs(today));
  if (period === 'today')
    return { from: today, to: today, previousFrom: addDays(today, -1), previousTo: addDays(today, -1) };
  if (period === 'week') {
    const from = addDays(today, -((d.getUTCDay() + 6) % 7));
    return { from, to: today, previousFrom: addDays(from, -7), previousTo: addDays(today, -7) };
  }
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const from = fromMs(Date.UTC(y, m, 1));
  const previousFrom = fromMs(Date.UTC(y, m - 1, 1));
  const lastOfPrevious = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const previousTo = fromMs(Date.UTC(y, m - 1, Math.min(d.getUTCDate(), lastOfPrevious)));
  return { from, to: today, previousFrom, previousTo };
}
