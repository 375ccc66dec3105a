import type { Db } from '../../db/schema.ts';
import { selectActiveTenantIds } from './queries.ts';

/** Active tenants, for scheduled jobs that run once per tenant (a suspended tenant is skipped). */
export async function listActiveTenantIds(db: Db): Promise<string[]> {
  return selectActiveTenantIds(db);
}
