import type { Ctx } from '../../shared/context.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { listStores } from '../tenancy/list-stores.ts';
import type { Store } from '../tenancy/stores.ts';
import { hasPermission, PERMISSIONS, type Permission } from './permissions.ts';
import { loadUserView, type StaffUserView } from './users.ts';

export interface Me {
  user: StaffUserView;
  tenant: { id: string; code: string; name: string; timezone: string };
  permissions: Permission[];
  stores: Pick<Store, 'id' | 'code' | 'name' | 'status'>[];
}

/** What the web shell needs after sign-in: who I am, what I may do, which stores I can switch to. */
export async function getMe(ctx: Ctx): Promise<Me> {
  const [user, tenant] = await Promise.all([
    loadUserView(ctx.db, ctx.tenantId, ctx.actor.userId ?? ''),
    getTenantProfile(ctx),
  ]);
  const stores = hasPermission(ctx.actor, 'stores.read') ? await listStores(ctx) : [];
  return {
    user,
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name, timezone: tenant.timezone },
    permissions: PERMISSIONS.filter((p) => ctx.actor.permissions.has(p)),
    stores: stores.map(({ id, code, name, status }) => ({ id, code, name, status })),
  };
}
