import { zoneOffsetMinutes } from '../../shared/time.ts';

/** The instant local midnight of the 1st of `at`'s month (+`add` months) begins in `timeZone`. */
export function startOfLocalMonth(at: Date, timeZone: string, add = 0): Date {
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000);
  const guess = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + add, 1));
  return new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
}
