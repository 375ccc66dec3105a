import type { Db } from '../../db/schema.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { isTimeZone } from '../../shared/time.ts';
import { BUILTIN_ROLES } from '../auth/permissions.ts';
import { insertTenant, selectTenantByCode } from './queries.ts';
import { TenantSettingsSchema } from './settings.ts';

export interface NewTenant {
  code: string;
  name: string;
  timezone?: string;
}

/**
 * A tenant with the built-in roles. Run by the CLI, the demo seeder and sign-up; there is no HTTP
 * route because a tenant is created by whoever operates the deployment.
 */
export async function createTenant(db: Db, input: NewTenant, now: Date): Promise<{ tenantId: string }> {
  if (!/^[a-z0-9][a-z0-9-]{1,31}$/.test(input.code)) {
    throw new AppError('VALIDATION_FAILED', 'A tenant code is 2–32 lowercase letters, digits or dashes', {
      field: 'code',
    });
  }
  if (input.timezone !== undefined && !isTimeZone(input.timezone)) {
    throw new AppError('VALIDATION_FAILED', 'Not a known IANA time zone', { field: 'timezone' });
  }
  const run = (fn: (tx: Db) => Promise<{ tenantId: string }>) =>
    db.isTransaction ? fn(db) : db.transaction().execute((trx) => fn(trx as unknown as Db));
  return run(async (tx) => {
    if (await selectTenantByCode(tx, input.code)) {
      throw new AppError('TENANT_CODE_TAKEN', `Tenant code ${input.code} is already used`, { field: 'code' });
    }
    const tenantId = uuidv7(now.getTime());
    const at = now.toISOString();
    await insertTenant(tx, {
      tenant_id: tenantId,
      code: input.code,
      name: input.name,
      status: 'active',
      timezone: input.timezone ?? 'Asia/Shanghai',
      settings: JSON.stringify(TenantSettingsSchema.parse({})),
      created_at: at,
      updated_at: at,
    });
    await tx
      .insertInto('roles')
      .values(
        Object.entries(BUILTIN_ROLES).map(([code, role]) => ({
          tenant_id: tenantId,
          id: uuidv7(now.getTime()),
          code,
          name: role.name,
          permissions: JSON.stringify(role.permissions),
          builtin: 1 as const,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    return { tenantId };
  });
}
