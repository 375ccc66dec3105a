import { z } from 'zod';
import type { Ctx } from '../../shared/context.ts';
import { zoneOffsetMinutes } from '../../shared/time.ts';
import { appointmentsDueForReminder } from '../appointments/reminders.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';

const HOUR_MS = 3_600_000;

export const AppointmentReminderParamsSchema = z.strictObject({
  channel: z.enum(['sms', 'email', 'inbox']).default('sms'),
  subject: z.string().max(100).default('预约提醒'),
  text: z
    .string()
    .min(1)
    .max(500)
    .default('{{name}}，您预约的「{{service}}」将于 {{time}} 在{{store}}开始，期待您的光临。'),
  /** Remind this many hours before the start (an appointment booked later than that is reminded at once). */
  hoursBefore: z.number().int().min(1).max(72).default(24),
});
export type AppointmentReminderParams = z.infer<typeof AppointmentReminderParamsSchema>;

/** "03-05 14:30" in the tenant's zone: what a reminder tells the member. */
function localTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000).toISOString();
  return `${local.slice(5, 10)} ${local.slice(11, 16)}`;
}

/**
 * Booked appointments starting within `hoursBefore`: one candidate each, keyed by the appointment,
 * so the automation_runs key makes it one message per appointment however often the job runs.
 */
export async function appointmentReminderCandidates(ctx: Ctx, p: AppointmentReminderParams) {
  const { timezone } = await getTenantProfile(ctx);
  const due = await appointmentsDueForReminder(ctx, new Date(ctx.now.getTime() + p.hoursBefore * HOUR_MS));
  return due.map((a) => ({
    memberId: a.memberId,
    name: a.memberName,
    eventKey: `appointment:${a.appointmentId}`,
    vars: {
      service: a.serviceName,
      store: a.storeName,
      staff: a.staffName ?? '',
      time: localTime(a.startsAt, timezone),
    },
  }));
}
