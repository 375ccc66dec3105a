import type { Db } from '../../db/schema.ts';
import { selectFirstTenants, selectTenantByCode } from './queries.ts';

/**
 * The tenant a sign-in is for: by code, or — in a one-tenant deployment such as a single shop —
 * the only one, so the shop never has to type a tenant code.
 */
export async function resolveTenantForSignIn(db: Db, code: string | undefined) {
  if (code) {
    const tenant = await selectTenantByCode(db, code.trim().toLowerCase());
    return tenant?.status === 'active' ? tenant : null;
  }
  const tenants = await selectFirstTenants(db);
  return tenants.length === 1 && tenants[0]?.status === 'active' ? tenants[0] : null;
}
