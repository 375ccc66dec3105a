import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';

const MINUTE = 60_000;
const Clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM');

export const DayHoursSchema = z
  .strictObject({ open: Clock, close: Clock })
  .refine((d) => toMinutes(d.open) < toMinutes(d.close), { message: 'open must be before close' })
  .nullable()
  .meta({ id: 'DayHours' });

/** Monday … Sunday; null = closed (or, for a person, off). */
export const WeekHoursSchema = z.array(DayHoursSchema).length(7).meta({ id: 'WeekHours' });
export type WeekHours = z.infer<typeof WeekHoursSchema>;

export const DEFAULT_HOURS: WeekHours = Array.from({ length: 7 }, () => ({ open: '09:00', close: '21:00' }));
export const DEFAULT_SLOT_MINUTES = 30;

export function toMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

export function parseHours(json: string): WeekHours {
  return WeekHoursSchema.parse(JSON.parse(json));
}

/** Where an instant falls in the tenant's time zone: weekday (0 = Monday) and minute of the day. */
export function localSlot(at: Date, timeZone: string): { weekday: number; minute: number; exact: boolean } {
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * MINUTE);
  return {
    weekday: (local.getUTCDay() + 6) % 7,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
    exact: local.getUTCSeconds() === 0 && local.getUTCMilliseconds() === 0,
  };
}

/** The slots a booking holds: from its start, whole slots until its duration is covered. */
export function slotStarts(start: Date, durationMinutes: number, slotMinutes: number): Date[] {
  const n = Math.max(1, Math.ceil(durationMinutes / slotMinutes));
  return Array.from({ length: n }, (_, i) => new Date(start.getTime() + i * slotMinutes * MINUTE));
}

/**
 * Refuses a start off the slot grid or a booking not inside the day's hours (the store's, and the
 * person's when they have their own). The service may end exactly at closing time.
 */
export function assertBookable(
  start: Date,
  durationMinutes: number,
  slotMinutes: number,
  timeZone: string,
  hours: { store: WeekHours; staff: WeekHours | null },
): void {
  const { weekday, minute, exact } = localSlot(start, timeZone);
  if (!exact || minute % slotMinutes !== 0)
    throw new AppError('APPOINTMENT_SLOT_INVALID', `Appointments start on the ${slotMinutes}-minute grid`, {
      slotMinutes,
    });
  for (const [who, week] of [
    ['store', hours.store],
    ['staff', hours.staff],
  ] as const) {
    if (!week) continue;
    const day = week[weekday];
    if (!day || minute < toMinutes(day.open) || minute + durationMinutes > toMinutes(day.close))
      throw new AppError('APPOINTMENT_OUTSIDE_HOURS', 'Outside working hours', { who, hours: day ?? null });
  }
}
