import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from './access.ts';

export interface TimelineEvent {
  id: string;
  at: string;
  /** Which ledger or history the event comes from. */
  source: 'stored_value' | 'points' | 'card' | 'level' | 'adjustment';
  kind: string;
  storeId: string | null;
  /** Money in fen for stored value, points for points, sessions for cards; 0 otherwise. */
  amount: number;
  bonusAmount: number;
  refType: string;
  refId: string;
  note: string;
}

/**
 * Everything that happened to a member's value, newest first, in one keyset-paginated list:
 * recharges, payments and refunds (stored value), points, card sessions, level changes and
 * adjustment requests. Orders, messages and complaints join as their modules arrive.
 */
export async function memberTimeline(
  ctx: Ctx,
  memberId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<TimelineEvent>> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const limit = Math.min(page.limit ?? 50, 200);
  const t = ctx.tenantId;
  const union = sql<{
    id: string;
    at: string;
    source: TimelineEvent['source'];
    kind: string;
    store_id: string | null;
    amount: number;
    bonus_amount: number;
    ref_type: string;
    ref_id: string;
    note: string;
  }>`(
    select cast(id as text) as id, at, 'stored_value' as source, kind, cast(store_id as text) as store_id,
           principal_delta as amount, bonus_delta as bonus_amount, ref_type, ref_id, note
      from stored_value_ledger where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), at, 'points', kind, cast(store_id as text), delta, 0, ref_type, ref_id, note
      from points_ledger where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), at, 'card', kind, cast(store_id as text), delta, 0, ref_type, ref_id, note
      from card_session_ledger where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), at, 'level', reason, null, 0, 0, 'level', cast(coalesce(to_level_id, from_level_id) as text), ''
      from member_level_history where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), requested_at, 'adjustment', status, cast(store_id as text), principal_delta, bonus_delta, 'adjustment', cast(id as text), reason
      from adjustment_requests where tenant_id = ${t} and member_id = ${memberId})`;
  const after = page.cursor ? decodeCursor<{ at: string; id: string }>(page.cursor) : null;
  const rows = await ctx.db
    .selectFrom(union.as('e'))
    .selectAll()
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([eb('e.at', '<', after!.at), eb.and([eb('e.at', '=', after!.at), eb('e.id', '<', after!.id)])]),
      ),
    )
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    source: r.source,
    kind: r.kind,
    storeId: r.store_id,
    amount: Number(r.amount),
    bonusAmount: Number(r.bonus_amount),
    refType: r.ref_type,
    refId: r.ref_id,
    note: r.note,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
