import type { Selectable } from 'kysely';
import type { AppointmentSession, AppointmentStatus, AppointmentsTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { consumeReservedSession, releaseSession } from '../cards/reserve-session.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type AppointmentView, loadAppointment, releaseSlots, viewOf } from './appointments.ts';

type Outcome = Exclude<AppointmentStatus, 'booked'>;
const HOUR = 3_600_000;

/** What happens to a held session: arrival uses it; a no-show or late cancel per the tenant's rule. */
async function settleSession(
  ctx: Ctx,
  a: Selectable<AppointmentsTable>,
  outcome: Outcome,
): Promise<AppointmentSession> {
  if (a.session !== 'reserved') return a.session;
  const ref = { refType: 'appointment', refId: a.id, storeId: a.store_id };
  let use = outcome === 'arrived';
  if (!use) {
    const { settings } = await getTenantProfile(ctx);
    const late =
      outcome === 'cancelled' &&
      settings.appointmentLateCancelHours > 0 &&
      new Date(a.starts_at).getTime() - ctx.now.getTime() < settings.appointmentLateCancelHours * HOUR;
    use = settings.appointmentNoShowForfeitsSession && (outcome === 'no_show' || late);
  }
  if (use) {
    await consumeReservedSession(ctx, ref);
    return outcome === 'arrived' ? 'consumed' : 'forfeited';
  }
  await releaseSession(ctx, ref);
  return 'released';
}

/**
 * Moves a booked appointment to its outcome with a guarded update (`status = 'booked'`), so an
 * arrival and a cancel racing each other settle it once. Cancelled and no-show bookings give their
 * slot places back; an arrival keeps them (the person is busy).
 */
async function closeAppointment(
  ctx: Ctx,
  id: string,
  outcome: Outcome,
  reason = '',
): Promise<AppointmentView> {
  requirePermission(ctx.actor, 'appointments.manage');
  return inTransaction(ctx, async (tx) => {
    const a = await loadAppointment(tx, id, true);
    if (a.status !== 'booked')
      throw new AppError('APPOINTMENT_NOT_BOOKED', `This appointment is already ${a.status}`, {
        status: a.status,
      });
    if (outcome === 'no_show' && tx.now.toISOString() < a.starts_at)
      throw new AppError('APPOINTMENT_NOT_STARTED', 'A no-show is marked after the start time', {
        startsAt: a.starts_at,
      });
    const session = await settleSession(tx, a, outcome);
    const at = tx.now.toISOString();
    const done = await tx.db
      .updateTable('appointments')
      .set({ status: outcome, session, closed_at: at, updated_at: at, cancel_reason: reason })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .where('status', '=', 'booked')
      .returning('id')
      .executeTakeFirst();
    if (!done) throw new AppError('APPOINTMENT_NOT_BOOKED', 'This appointment was settled meanwhile');
    if (outcome !== 'arrived') await releaseSlots(tx, a);
    const view = await viewOf(tx, id);
    await recordAudit(tx, {
      action: `appointment.${outcome}`,
      entity: 'appointment',
      entityId: id,
      storeId: a.store_id,
      before: { status: a.status, session: a.session },
      after: { status: outcome, session, reason: reason || undefined },
    });
    return view;
  });
}

/** The member came: the held card session (if any) is used. */
export function markArrived(ctx: Ctx, id: string): Promise<AppointmentView> {
  return closeAppointment(ctx, id, 'arrived');
}

/** Cancelled before the visit: places and the held session go back (a late cancel follows the no-show rule). */
export function cancelAppointment(ctx: Ctx, id: string, reason: string): Promise<AppointmentView> {
  return closeAppointment(ctx, id, 'cancelled', reason);
}

/** The member did not come: places go back; the held session is released or forfeited per the tenant's rule. */
export function markNoShow(ctx: Ctx, id: string): Promise<AppointmentView> {
  return closeAppointment(ctx, id, 'no_show');
}
