import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { selectTenant } from './queries.ts';
import { parseSettings, type TenantSettings } from './settings.ts';

export interface TenantProfile {
  id: string;
  code: string;
  name: string;
  timezone: string;
  settings: TenantSettings;
}

const MEMO_KEY = 'tenantProfile';

/** The tenant's name, zone and settings; read once per request (a checkout asks many times). */
export async function getTenantProfile(ctx: Ctx): Promise<TenantProfile> {
  const memo = ctx.memo?.get(MEMO_KEY) as TenantProfile | undefined;
  if (memo) return memo;
  const tenant = await selectTenant(ctx.db, ctx.tenantId);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND', 'No such tenant');
  const profile = {
    id: tenant.tenant_id,
    code: tenant.code,
    name: tenant.name,
    timezone: tenant.timezone,
    settings: parseSettings(tenant.settings),
  };
  ctx.memo?.set(MEMO_KEY, profile);
  return profile;
}

/** After changing the tenant, the request's next read must see the change. */
export function forgetTenantProfile(ctx: Ctx): void {
  ctx.memo?.delete(MEMO_KEY);
}
