import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { reserveSession } from '../cards/reserve-session.ts';
import { loadProductRow } from '../catalog/products.ts';
import { assertActive, loadMember } from '../members/access.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type AppointmentView, claimSlot, STORE_RESOURCE, viewOf } from './appointments.ts';
import { assertBookable, slotStarts } from './hours.ts';
import { assertStore, loadSchedule } from './schedule.ts';
import { selectStoreStaff } from './staff.ts';

const MINUTE = 60_000;
/** How far ahead a booking may be made. */
const HORIZON_DAYS = 180;
/** A store without a capacity of its own still gets a counter row per slot, never full. */
const UNLIMITED = 2_147_483_647;

export interface BookInput {
  /** The client may choose the id (UUIDv7), so a retried booking is recognisable. */
  id?: string;
  storeId: string;
  memberId: string;
  serviceId: string;
  /** Who serves; null = whoever is free (only the store's capacity applies). */
  staffUserId?: string | null;
  startsAt: string;
  /** A card of the member to hold one session of the service until arrival. */
  cardId?: string | null;
  /** The card's item; the service's SKU (its item code) when omitted. */
  cardItemCode?: string | null;
  note?: string;
}

/**
 * Who may book: staff with appointments.manage in that store. A member booking on the portal
 * will pass the same checks with `memberId` fixed to themself (the portal's actor), nothing else
 * changes below.
 */
function requireBooker(ctx: Ctx, storeId: string): void {
  requirePermission(ctx.actor, 'appointments.manage');
  requireStore(ctx.actor, storeId);
}

/**
 * Books a service for a member at a time in a store, optionally with one person: refused off the
 * slot grid, outside the store's (and the person's) hours, in the past, or when any slot it needs
 * is full for the person or the store. A named card holds one session until arrival. One
 * transaction: the booking, its slot places, the held session and the audit entry land together.
 */
export async function bookAppointment(ctx: Ctx, input: BookInput): Promise<AppointmentView> {
  requireBooker(ctx, input.storeId);
  return inTransaction(ctx, async (tx) => {
    await assertStore(tx, input.storeId);
    assertActive(await loadMember(tx, input.memberId));
    const service = await loadProductRow(tx, input.serviceId);
    if (service.kind !== 'service' || service.status !== 'active')
      throw new AppError('APPOINTMENT_SERVICE_INVALID', 'Only an active service can be booked', {
        serviceId: service.id,
      });
    const schedule = await loadSchedule(tx, input.storeId);
    const duration = service.duration_minutes ?? schedule.slotMinutes;
    const start = new Date(input.startsAt);
    if (start.getTime() < tx.now.getTime())
      throw new AppError('APPOINTMENT_IN_PAST', 'This time has passed', { startsAt: input.startsAt });
    if (start.getTime() > tx.now.getTime() + HORIZON_DAYS * 1440 * MINUTE)
      throw new AppError('VALIDATION_FAILED', `Book at most ${HORIZON_DAYS} days ahead`, {
        field: 'startsAt',
      });

    const staffId = input.staffUserId ?? null;
    if (staffId && !(await selectStoreStaff(tx, input.storeId)).some((s) => s.userId === staffId))
      throw new AppError('STAFF_NOT_FOUND', 'No such staff member in this store', { userId: staffId });
    const { timezone } = await getTenantProfile(tx);
    assertBookable(start, duration, schedule.slotMinutes, timezone, {
      store: schedule.hours,
      staff: staffId ? (schedule.staffHours.find((s) => s.userId === staffId)?.hours ?? null) : null,
    });

    const slots = slotStarts(start, duration, schedule.slotMinutes).map((d) => d.toISOString());
    for (const slot of slots) {
      if (staffId && !(await claimSlot(tx, input.storeId, staffId, slot, schedule.staffCapacity)))
        throw new AppError('APPOINTMENT_STAFF_BUSY', 'This person is booked at that time', {
          slotStart: slot,
        });
      if (!(await claimSlot(tx, input.storeId, STORE_RESOURCE, slot, schedule.storeCapacity ?? UNLIMITED)))
        throw new AppError('APPOINTMENT_STORE_FULL', 'The store is fully booked at that time', {
          slotStart: slot,
        });
    }

    const id = input.id ?? uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    const cardId = input.cardId ?? null;
    const itemCode = cardId ? (input.cardItemCode ?? service.sku) : null;
    const row = {
      tenant_id: tx.tenantId,
      id,
      store_id: input.storeId,
      member_id: input.memberId,
      service_product_id: service.id,
      service_name: service.name,
      duration_minutes: duration,
      staff_user_id: staffId,
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + duration * MINUTE).toISOString(),
      slot_minutes: schedule.slotMinutes,
      slot_until: new Date(start.getTime() + slots.length * schedule.slotMinutes * MINUTE).toISOString(),
      status: 'booked' as const,
      member_card_id: cardId,
      card_item_code: itemCode,
      session: cardId ? ('reserved' as const) : ('none' as const),
      note: input.note ?? '',
      cancel_reason: '',
      created_by: tx.actor.userId,
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    // The card is checked (and its session held) before the row that points at it is written.
    if (cardId && itemCode)
      await reserveSession(tx, {
        cardId,
        memberId: input.memberId,
        itemCode,
        storeId: input.storeId,
        refType: 'appointment',
        refId: id,
      });
    const landed = await tx.db
      .insertInto('appointments')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!landed) throw new AppError('VALIDATION_FAILED', 'This appointment id is taken', { field: 'id' });
    const view = await viewOf(tx, id);
    await recordAudit(tx, {
      action: 'appointment.book',
      entity: 'appointment',
      entityId: id,
      storeId: input.storeId,
      after: view,
    });
    return view;
  });
}
