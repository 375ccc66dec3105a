import { zoneOffsetMinutes } from '../../shared/time.ts';
import type { TenantSettings } from '../tenancy/settings.ts';

/**
 * Quiet hours (DESIGN §4): no marketing SMS between `start` and `end` local time. Answers the
 * instant the message may go, or null when it may go now. The window may wrap midnight (21→9).
 */
export function quietUntil(now: Date, timeZone: string, settings: TenantSettings): Date | null {
  const start = settings.marketingQuietStartHour;
  const end = settings.marketingQuietEndHour;
  if (start === end) return null;
  const offset = zoneOffsetMinutes(now, timeZone) * 60_000;
  const local = new Date(now.getTime() + offset);
  const hour = local.getUTCHours();
  const quiet = start < end ? hour >= start && hour < end : hour >= start || hour < end;
  if (!quiet) return null;
  const resume = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), end));
  if (resume.getTime() <= local.getTime()) resume.setUTCDate(resume.getUTCDate() + 1);
  return new Date(resume.getTime() - offset);
}
