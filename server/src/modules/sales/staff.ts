import { z } from 'zod';
import type { Ctx } from '../../shared/context.ts';
import { IdSchema } from '../../shared/schemas.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { selectRolesOfUsers } from '../auth/queries.ts';

export const SaleStaffSchema = z
  .object({ userId: IdSchema, displayName: z.string(), roleCodes: z.array(z.string()) })
  .meta({ id: 'SaleStaff' });

export interface SaleStaff {
  userId: string;
  displayName: string;
  roleCodes: string[];
}

const SERVICE_ROLE = 'service_staff';
const byName = new Intl.Collator('zh-CN');

/**
 * Who the till may credit a line to (commission): the store's active users and the tenant-wide
 * ones, service staff (技师) first. Only names and role codes leave: this list is on every till.
 */
export async function listSaleStaff(ctx: Ctx, storeId: string): Promise<SaleStaff[]> {
  requirePermission(ctx.actor, 'pos.sell');
  requireStore(ctx.actor, storeId);
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
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
  const roles = await selectRolesOfUsers(
    ctx.db,
    ctx.tenantId,
    users.map((u) => u.id),
  );
  const list = users.map((u) => ({
    userId: u.id,
    displayName: u.display_name || u.username,
    roleCodes: roles.filter((r) => r.user_id === u.id).map((r) => r.code),
  }));
  const rank = (s: SaleStaff) => (s.roleCodes.includes(SERVICE_ROLE) ? 0 : 1);
  return list.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      byName.compare(a.displayName, b.displayName) ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
}
