import type { Ctx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  assertStaffOfStore,
  assertStore,
  loadSchedule,
  requireSchedule,
  type Schedule,
  type ScheduleInput,
} from './schedule.ts';

/**
 * Replaces a store's hours, slot size, capacities and per-person hours. Bookings already made
 * stay as they are: a change applies to new bookings.
 */
export async function saveSchedule(ctx: Ctx, storeId: string, input: ScheduleInput): Promise<Schedule> {
  requireSchedule(ctx, storeId);
  return inTransaction(ctx, async (tx) => {
    await assertStore(tx, storeId);
    await assertStaffOfStore(
      tx,
      storeId,
      input.staffHours.map((s) => s.userId),
    );
    const before = await loadSchedule(tx, storeId);
    const at = tx.now.toISOString();
    const row = {
      hours: JSON.stringify(input.hours),
      slot_minutes: input.slotMinutes,
      staff_capacity: input.staffCapacity,
      store_capacity: input.storeCapacity,
      updated_at: at,
    };
    await tx.db
      .insertInto('appointment_schedules')
      .values({ tenant_id: tx.tenantId, store_id: storeId, ...row })
      .onConflict((oc) => oc.columns(['tenant_id', 'store_id']).doUpdateSet(row))
      .execute();
    await tx.db
      .deleteFrom('appointment_staff_hours')
      .where('tenant_id', '=', tx.tenantId)
      .where('store_id', '=', storeId)
      .execute();
    if (input.staffHours.length > 0)
      await tx.db
        .insertInto('appointment_staff_hours')
        .values(
          input.staffHours.map((s) => ({
            tenant_id: tx.tenantId,
            store_id: storeId,
            user_id: s.userId,
            hours: JSON.stringify(s.hours),
            updated_at: at,
          })),
        )
        .execute();
    const after = await loadSchedule(tx, storeId);
    await recordAudit(tx, {
      action: 'appointment.schedule.save',
      entity: 'appointment_schedule',
      entityId: storeId,
      storeId,
      before,
      after,
    });
    return after;
  });
}
