import type { Ctx } from '../../shared/context.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';

export interface BookableStaff {
  userId: string;
  displayName: string;
  /** Service staff (技师) come first and are the calendar's default columns. */
  serviceStaff: boolean;
}

const byName = new Intl.Collator('zh-CN');

/** The store's active people (assigned to it, or to every store), service staff first. */
export async function selectStoreStaff(ctx: Ctx, storeId: string): Promise<BookableStaff[]> {
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('user_roles as ur')
            .innerJoin('roles as r', (j) =>
              j.onRef('r.tenant_id', '=', 'ur.tenant_id').onRef('r.id', '=', 'ur.role_id'),
            )
            .select('ur.user_id')
            .whereRef('ur.tenant_id', '=', 'users.tenant_id')
            .whereRef('ur.user_id', '=', 'users.id')
            .where('r.code', '=', 'service_staff'),
        )
        .as('service_staff'),
    )
    .where('tenant_id', '=', ctx.tenantId)
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('all_stores', '=', 1),
        eb(
          'id',
          'in',
          eb
            .selectFrom('user_stores')
            .select('user_id')
            .where('tenant_id', '=', ctx.tenantId)
            .where('store_id', '=', storeId),
        ),
      ]),
    )
    .execute();
  return users
    .map((u) => ({
      userId: u.id,
      displayName: u.display_name || u.username,
      serviceStaff: Boolean(u.service_staff),
    }))
    .sort(
      (a, b) =>
        Number(b.serviceStaff) - Number(a.serviceStaff) ||
        byName.compare(a.displayName, b.displayName) ||
        (a.userId < b.userId ? -1 : 1),
    );
}

export async function listBookableStaff(ctx: Ctx, storeId: string): Promise<BookableStaff[]> {
  requirePermission(ctx.actor, 'appointments.read');
  requireStore(ctx.actor, storeId);
  return selectStoreStaff(ctx, storeId);
}
