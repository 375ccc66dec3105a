import { sql } from 'kysely';
import { forUpdate } from '../../db/dialect.ts';
import type { AppointmentSession, AppointmentStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { canActInStore, requirePermission } from '../auth/permissions.ts';

export interface AppointmentView {
  id: string;
  storeId: string;
  memberId: string;
  memberName: string;
  serviceId: string;
  serviceName: string;
  durationMinutes: number;
  staffUserId: string | null;
  staffName: string | null;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  cardId: string | null;
  cardName: string | null;
  cardItemCode: string | null;
  session: AppointmentSession;
  note: string;
  cancelReason: string;
  createdAt: string;
  closedAt: string | null;
}

/** Appointments with the names a calendar shows (member, staff, card), read-only joins. */
export function selectViews(ctx: Ctx) {
  return ctx.db
    .selectFrom('appointments as a')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.member_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.staff_user_id'),
    )
    .leftJoin('member_cards as c', (j) =>
      j.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.member_card_id'),
    )
    .select([
      'a.id',
      'a.store_id',
      'a.member_id',
      'm.name as member_name',
      'a.service_product_id',
      'a.service_name',
      'a.duration_minutes',
      'a.staff_user_id',
      'u.display_name as staff_display_name',
      'u.username as staff_username',
      'a.starts_at',
      'a.ends_at',
      'a.status',
      'a.member_card_id',
      'c.name as card_name',
      'a.card_item_code',
      'a.session',
      'a.note',
      'a.cancel_reason',
      'a.created_at',
      'a.closed_at',
    ])
    .where('a.tenant_id', '=', ctx.tenantId);
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof selectViews>['execute']>>[number];

export function toView(r: ViewRow): AppointmentView {
  return {
    id: r.id,
    storeId: r.store_id,
    memberId: r.member_id,
    memberName: r.member_name,
    serviceId: r.service_product_id,
    serviceName: r.service_name,
    durationMinutes: r.duration_minutes,
    staffUserId: r.staff_user_id,
    staffName: r.staff_user_id ? r.staff_display_name || r.staff_username : null,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status,
    cardId: r.member_card_id,
    cardName: r.card_name,
    cardItemCode: r.card_item_code,
    session: r.session,
    note: r.note,
    cancelReason: r.cancel_reason,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}

export async function viewOf(ctx: Ctx, id: string): Promise<AppointmentView> {
  const row = await selectViews(ctx).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('APPOINTMENT_NOT_FOUND', 'No such appointment', { appointmentId: id });
  return toView(row);
}

/**
 * One appointment the actor may see: another store's booking answers NOT_FOUND, as another
 * tenant's would, so ids do not leak across stores.
 */
export async function loadAppointment(ctx: Ctx, id: string, lock = false) {
  const q = ctx.db
    .selectFrom('appointments')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id);
  const row = await (lock ? forUpdate(ctx.db, q) : q).executeTakeFirst();
  if (!row || !canActInStore(ctx.actor, row.store_id))
    throw new AppError('APPOINTMENT_NOT_FOUND', 'No such appointment', { appointmentId: id });
  return row;
}

export async function getAppointment(ctx: Ctx, id: string): Promise<AppointmentView> {
  requirePermission(ctx.actor, 'appointments.read');
  await loadAppointment(ctx, id);
  return viewOf(ctx, id);
}

/** 'store' counts the store's capacity; a staff user id counts that person's. */
export const STORE_RESOURCE = 'store';

/**
 * Takes one place in a slot: insert the counter at 1, or add one while it is below capacity —
 * one statement, so two desks racing for the last place cannot both get it (on PostgreSQL the
 * second waits on the row and then finds it full).
 */
export async function claimSlot(
  ctx: Ctx,
  storeId: string,
  resource: string,
  slotStart: string,
  capacity: number,
): Promise<boolean> {
  const row = await ctx.db
    .insertInto('appointment_slot_counts')
    .values({ tenant_id: ctx.tenantId, store_id: storeId, resource, slot_start: slotStart, booked: 1 })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'store_id', 'resource', 'slot_start'])
        .doUpdateSet({ booked: sql`appointment_slot_counts.booked + 1` })
        .where(sql<boolean>`appointment_slot_counts.booked < ${capacity}`),
    )
    .returning('booked')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives back the places a booking held (cancelled, no-show). */
export async function releaseSlots(
  ctx: Ctx,
  a: { store_id: string; staff_user_id: string | null; starts_at: string; slot_until: string },
): Promise<void> {
  const resources = [STORE_RESOURCE, ...(a.staff_user_id ? [a.staff_user_id] : [])];
  await ctx.db
    .updateTable('appointment_slot_counts')
    .set({ booked: sql`booked - 1` })
    .where('tenant_id', '=', ctx.tenantId)
    .where('store_id', '=', a.store_id)
    .where('resource', 'in', resources)
    .where('slot_start', '>=', a.starts_at)
    .where('slot_start', '<', a.slot_until)
    .where('booked', '>=', 1)
    .execute();
}
