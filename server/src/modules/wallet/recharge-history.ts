import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from '../members/access.ts';
import { type Recharge, toRecharge } from './recharges.ts';

/** A member's recharges, newest first, keyset-paginated over (created_at, id) (the member portal). */
export async function listRechargeHistory(
  ctx: Ctx,
  memberId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<Recharge>> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const limit = Math.min(page.limit ?? 20, 100);
  let q = ctx.db
    .selectFrom('recharges')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId);
  if (page.cursor) {
    const [at, id] = decodeCursor<[string, string]>(page.cursor);
    q = q.where((eb) =>
      eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toRecharge),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}
