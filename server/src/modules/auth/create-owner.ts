import type { Db } from '../../db/schema.ts';
import { systemCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { createUser } from './create-user.ts';
import type { StaffUserView } from './users.ts';

/** The first owner of a tenant (CLI `create-admin`, demo seed): owner role, every store. */
export async function createOwner(
  db: Db,
  tenantId: string,
  input: { username: string; password: string; displayName?: string },
  now: Date,
  actorName = 'cli',
): Promise<StaffUserView> {
  const owner = await db
    .selectFrom('roles')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('code', '=', 'owner')
    .executeTakeFirst();
  if (!owner) throw new AppError('ROLE_NOT_FOUND', 'The tenant has no owner role');
  return createUser(systemCtx(db, tenantId, now, actorName), {
    username: input.username,
    displayName: input.displayName ?? input.username,
    password: input.password,
    roleIds: [owner.id],
    storeIds: [],
    allStores: true,
  });
}
