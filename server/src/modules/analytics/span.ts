import { AppError } from '../../shared/errors.ts';
import { startOfLocalDay, zoneOffsetMinutes } from '../../shared/time.ts';
import type { Span } from './queries.ts';

const DAY_MS = 86_400_000;

/**
 * What a report as of `asOf` reads: purchases up to the end of that day in the tenant's zone, and
 * with a window of N days only those of the N days ending with it (as of 2011-12-10 with 30 days:
 * 2011-11-11 … 2011-12-10).
 */
export function spanOf(asOf: string, windowDays: number | null, timeZone: string): Span {
  const at = Date.parse(`${asOf}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(asOf) ||
    Number.isNaN(at) ||
    new Date(at).toISOString().slice(0, 10) !== asOf
  ) {
    throw new AppError('VALIDATION_FAILED', 'asOf must be a date YYYY-MM-DD', { field: 'asOf' });
  }
  if (windowDays !== null && (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 36_600)) {
    throw new AppError('VALIDATION_FAILED', 'windowDays must be a whole number from 1 to 36600', {
      field: 'windowDays',
    });
  }
  const nextDay = new Date(at + DAY_MS).toISOString().slice(0, 10);
  const firstDay =
    windowDays === null ? null : new Date(at - (windowDays - 1) * DAY_MS).toISOString().slice(0, 10);
  const end = startOfLocalDay(nextDay, timeZone);
  return {
    asOf,
    from: firstDay === null ? null : startOfLocalDay(firstDay, timeZone).toISOString(),
    to: end.toISOString(),
    offsetMinutes: zoneOffsetMinutes(new Date(end.getTime() - 1), timeZone),
  };
}
