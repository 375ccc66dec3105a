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

export async function getTenantProfile(ctx: Ctx): Promise<TenantProfile> {
  const tenant = await selectTenant(ctx.db, ctx.tenantId);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND', 'No such tenant');
  return {
    id: tenant.tenant_id,
    code: tenant.code,
    name: tenant.name,
    timezone: tenant.timezone,
    settings: parseSettings(tenant.settings),
  };
}
