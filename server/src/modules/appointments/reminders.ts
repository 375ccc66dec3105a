import type { Ctx } from '../../shared/context.ts';

export interface DueReminder {
  appointmentId: string;
  memberId: string;
  memberName: string;
  serviceName: string;
  storeName: string;
  staffName: string | null;
  startsAt: string;
}

/**
 * Booked appointments starting after now and no later than `until`, for the engagement module's
 * reminder automation (which makes each one a message once). Active members only.
 */
export async function appointmentsDueForReminder(ctx: Ctx, until: Date): Promise<DueReminder[]> {
  const rows = await ctx.db
    .selectFrom('appointments as a')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.member_id'),
    )
    .innerJoin('stores as s', (j) =>
      j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.store_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.staff_user_id'),
    )
    .select([
      'a.id',
      'a.member_id',
      'm.name as member_name',
      'a.service_name',
      's.name as store_name',
      'u.display_name',
      'u.username',
      'a.starts_at',
    ])
    .where('a.tenant_id', '=', ctx.tenantId)
    .where('a.status', '=', 'booked')
    .where('a.starts_at', '>', ctx.now.toISOString())
    .where('a.starts_at', '<=', until.toISOString())
    .where('m.status', '=', 'active')
    .orderBy('a.starts_at')
    .execute();
  return rows.map((r) => ({
    appointmentId: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    serviceName: r.service_name,
    storeName: r.store_name,
    staffName: r.display_name || r.username || null,
    startsAt: r.starts_at,
  }));
}
