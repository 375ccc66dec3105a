import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Working hours and bookings are local times in the tenant's zone, whatever the browser's. */
export const inZone = (iso: string, zone: string): Dayjs => dayjs(iso).tz(zone);

/** The instant a local day ('YYYY-MM-DD') and clock ('HH:mm') are in the zone. */
export const atLocal = (day: string, clock: string, zone: string): Dayjs => dayjs.tz(`${day} ${clock}`, zone);

export const todayIn = (zone: string): string => dayjs().tz(zone).format('YYYY-MM-DD');

export const addDays = (day: string, n: number): string => dayjs(day).add(n, 'day').format('YYYY-MM-DD');

/** 0 = Monday … 6 = Sunday, as the server's week of hours. */
export const weekdayOf = (day: string): number => (dayjs(day).day() + 6) % 7;

export const mondayOf = (day: string): string => addDays(day, -weekdayOf(day));

export const toMinutes = (clock: string): number =>
  Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export const toClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

type Hours = ({ open: string; close: string } | null)[];

/** The calendar's rows: every slot from the earliest opening to the latest closing of the given days. */
export function slotClocks(hours: Hours, weekdays: readonly number[], slotMinutes: number): string[] {
  const days = weekdays.map((w) => hours[w]).filter((d): d is { open: string; close: string } => !!d);
  if (days.length === 0) return [];
  const open = Math.min(...days.map((d) => toMinutes(d.open)));
  const close = Math.max(...days.map((d) => toMinutes(d.close)));
  const out: string[] = [];
  for (let m = open; m < close; m += slotMinutes) out.push(toClock(m));
  return out;
}

/** Whether a local day and clock fall in that day's hours. */
export function isOpen(hours: Hours, day: string, clock: string): boolean {
  const d = hours[weekdayOf(day)];
  return !!d && toMinutes(clock) >= toMinutes(d.open) && toMinutes(clock) < toMinutes(d.close);
}
