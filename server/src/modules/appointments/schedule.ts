import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { DEFAULT_HOURS, DEFAULT_SLOT_MINUTES, parseHours, type WeekHours } from './hours.ts';
import { selectStoreStaff } from './staff.ts';

export interface Schedule {
  storeId: string;
  hours: WeekHours;
  slotMinutes: number;
  staffCapacity: number;
  storeCapacity: number | null;
  /** People with hours of their own in this store (others follow the store's). */
  staffHours: { userId: string; hours: WeekHours }[];
  updatedAt: string | null;
  /** The tenant's zone: hours are local times there. */
  timezone: string;
}

/** A store's hours and capacity, or the defaults (09:00–21:00 daily, 30-minute slots, one each). */
export async function loadSchedule(ctx: Ctx, storeId: string): Promise<Schedule> {
  const row = await ctx.db
    .selectFrom('appointment_schedules')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', storeId)
    .executeTakeFirst();
  const staff = await ctx.db
    .selectFrom('appointment_staff_hours')
    .select(['user_id', 'hours'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', storeId)
    .orderBy('user_id')
    .execute();
  return {
    storeId,
    hours: row ? parseHours(row.hours) : DEFAULT_HOURS,
    slotMinutes: row?.slot_minutes ?? DEFAULT_SLOT_MINUTES,
    staffCapacity: row?.staff_capacity ?? 1,
    storeCapacity: row ? row.store_capacity : null,
    staffHours: staff.map((s) => ({ userId: s.user_id, hours: parseHours(s.hours) })),
    updatedAt: row?.updated_at ?? null,
    timezone: (await getTenantProfile(ctx)).timezone,
  };
}

async function assertStore(ctx: Ctx, storeId: string): Promise<void> {
  const store = await ctx.db
    .selectFrom('stores')
    .select('id')
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (!store) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId });
}

export async function getSchedule(ctx: Ctx, storeId: string): Promise<Schedule> {
  requirePermission(ctx.actor, 'appointments.read');
  requireStore(ctx.actor, storeId);
  await assertStore(ctx, storeId);
  return loadSchedule(ctx, storeId);
}

export interface ScheduleInput {
  hours: WeekHours;
  slotMinutes: number;
  staffCapacity: number;
  storeCapacity: number | null;
  staffHours: { userId: string; hours: WeekHours }[];
}

export { assertStore };

/** Who may set hours: the store's managers (appointments.schedule) in their own stores. */
export function requireSchedule(ctx: Ctx, storeId: string): void {
  requirePermission(ctx.actor, 'appointments.schedule');
  requireStore(ctx.actor, storeId);
}

/** The store's staff listed in staffHours must work there; anyone else is refused. */
export async function assertStaffOfStore(
  ctx: Ctx,
  storeId: string,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  const known = new Set((await selectStoreStaff(ctx, storeId)).map((s) => s.userId));
  const missing = userIds.find((id) => !known.has(id));
  if (missing)
    throw new AppError('STAFF_NOT_FOUND', 'No such staff member in this store', { userId: missing });
}
