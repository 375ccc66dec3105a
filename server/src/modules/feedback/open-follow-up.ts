import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { mainStaffOf } from './queries.ts';

const DAY_MS = 86_400_000;

export interface VisitToFollowUp {
  id: string;
  store_id: string;
  member_id: string;
  cashier_user_id: string | null;
  created_at: string;
}

/**
 * Opens the 回访 task of one visit, for the person who served it (the staff credited with most
 * of the order, else its cashier), due `dueDays` from now. Runs inside the caller's transaction
 * (the engagement automation, after its run row landed); a visit never gets a second task.
 */
export async function openFollowUp(ctx: Ctx, visit: VisitToFollowUp, dueDays: number): Promise<boolean> {
  const staff = (await mainStaffOf(ctx.db, ctx.tenantId, [visit])).get(visit.id) ?? null;
  const id = uuidv7(ctx.now.getTime());
  const dueAt = new Date(ctx.now.getTime() + dueDays * DAY_MS).toISOString();
  const landed = await ctx.db
    .insertInto('follow_up_tasks')
    .values({
      tenant_id: ctx.tenantId,
      id,
      order_id: visit.id,
      store_id: visit.store_id,
      member_id: visit.member_id,
      staff_user_id: staff,
      visit_at: visit.created_at,
      due_at: dueAt,
      status: 'open',
      outcome: null,
      note: '',
      complaint_id: null,
      created_at: ctx.now.toISOString(),
      closed_at: null,
      closed_by: null,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'order_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!landed) return false;
  await recordAudit(ctx, {
    action: 'follow_up.open',
    entity: 'follow_up',
    entityId: id,
    storeId: visit.store_id,
    after: { orderId: visit.id, staffUserId: staff, dueAt },
  });
  return true;
}
