import type { AppointmentStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { loadMember } from '../members/access.ts';
import { type AppointmentView, selectViews, toView } from './appointments.ts';

const MAX_RANGE_MS = 42 * 86_400_000;

export interface AppointmentSearch {
  storeId: string;
  from: string;
  to: string;
  staffUserId?: string;
  /** 我的预约: the bookings the signed-in person serves. */
  mine?: 'true' | 'false';
  status?: AppointmentStatus;
}

/** A store's appointments starting in [from, to) — a day or a week of the calendar — by start. */
export async function listAppointments(ctx: Ctx, q: AppointmentSearch): Promise<AppointmentView[]> {
  requirePermission(ctx.actor, 'appointments.read');
  requireStore(ctx.actor, q.storeId);
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (!(from < to) || to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new AppError('VALIDATION_FAILED', 'from must be before to, at most 42 days apart', { field: 'to' });
  let query = selectViews(ctx)
    .where('a.store_id', '=', q.storeId)
    .where('a.starts_at', '>=', from.toISOString())
    .where('a.starts_at', '<', to.toISOString());
  // Service staff read their own day first; mine wins over any staffUserId given with it.
  const staffUserId = q.mine === 'true' ? ctx.actor.userId : q.staffUserId;
  if (q.mine === 'true' && !staffUserId) return [];
  if (staffUserId) query = query.where('a.staff_user_id', '=', staffUserId);
  if (q.status) query = query.where('a.status', '=', q.status);
  const rows = await query.orderBy('a.starts_at').orderBy('a.id').limit(2000).execute();
  return rows.map(toView);
}

/** A member's appointments in the stores the actor may see, latest first (member 360). */
export async function listMemberAppointments(ctx: Ctx, memberId: string): Promise<AppointmentView[]> {
  requirePermission(ctx.actor, 'appointments.read');
  await loadMember(ctx, memberId);
  let query = selectViews(ctx).where('a.member_id', '=', memberId);
  const stores = ctx.actor.storeIds;
  if (stores !== 'all') {
    if (stores.length === 0) return [];
    query = query.where('a.store_id', 'in', stores);
  }
  const rows = await query.orderBy('a.starts_at', 'desc').orderBy('a.id').limit(100).execute();
  return rows.map(toView);
}
