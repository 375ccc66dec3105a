import type { Selectable } from 'kysely';
import type { MembersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { selectMember } from './queries.ts';

/**
 * The stores whose members the actor may serve: every store when the tenant shares members
 * across stores (the default) or the actor is tenant-wide; else the actor's own stores.
 */
export async function memberStoreScope(ctx: Ctx): Promise<readonly string[] | 'all'> {
  if (ctx.actor.storeIds === 'all') return 'all';
  const { settings } = await getTenantProfile(ctx);
  return settings.shareMembersAcrossStores ? 'all' : ctx.actor.storeIds;
}

/** A member the actor may see, or MEMBER_NOT_FOUND (the same answer as for another tenant's id). */
export async function loadMember(
  ctx: Ctx,
  memberId: string,
  opts: { lock?: boolean } = {},
): Promise<Selectable<MembersTable>> {
  const row = await selectMember(ctx.db, ctx.tenantId, memberId, opts);
  if (!row) throw new AppError('MEMBER_NOT_FOUND', 'No such member', { memberId });
  const scope = await memberStoreScope(ctx);
  if (scope !== 'all' && !(row.home_store_id && scope.includes(row.home_store_id))) {
    throw new AppError('MEMBER_NOT_FOUND', 'No such member', { memberId });
  }
  return row;
}

/** Value moves only for active members: a frozen card is frozen, an erased one is gone. */
export function assertActive(row: Selectable<MembersTable>): void {
  if (row.status === 'frozen')
    throw new AppError('MEMBER_FROZEN', 'This member is frozen', { memberId: row.id });
  if (row.status === 'erased')
    throw new AppError('MEMBER_ERASED', 'This member was erased', { memberId: row.id });
}
