import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from './access.ts';

export const TIMELINE_SOURCES = [
  'stored_value',
  'points',
  'card',
  'level',
  'adjustment',
  'order',
  'refund',
  'message',
  'complaint',
  'rating',
  'follow_up',
  'coupon',
  // sales history brought over from an old system (history import)
  'history',
] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export interface TimelineEvent {
  id: string;
  at: string;
  /** Which ledger or history the event comes from. */
  source: TimelineSource;
  kind: string;
  storeId: string | null;
  /**
   * Money in fen for stored value, orders (total), refunds (negative), coupons redeemed (discount,
   * negative); points for points; sessions for cards; stars for ratings; 0 otherwise.
   */
  amount: number;
  bonusAmount: number;
  refType: string;
  refId: string;
  note: string;
}

/**
 * Everything that happened to a member, newest first, in one keyset-paginated list: recharges,
 * payments and refunds (stored value), points, card sessions, level changes, adjustment requests,
 * orders and their refunds, messages, complaints, ratings, follow-up calls, coupons issued and
 * redeemed, and imported history orders and returns (amount: their lines' total, negative on a return). Each part is filtered by (tenant_id, member_id) and served by an index leading with
 * those columns (a refund is found through the member's orders).
 */
export async function memberTimeline(
  ctx: Ctx,
  memberId: string,
  page: { cursor?: string; limit?: number },
): Promise<Page<TimelineEvent>> {
  requirePermission(ctx.actor, 'members.read');
  await loadMember(ctx, memberId);
  const limit = Math.min(page.limit ?? 50, 200);
  const after = page.cursor ? decodeCursor<{ at: string; id: string }>(page.cursor) : null;
  const rows = await timelineQuery(ctx.db, ctx.tenantId, memberId, after, limit + 1).execute();
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

/**
 * The timeline's one statement: the union of every part, newest first from the cursor on. Each arm
 * is filtered by (tenant_id, member_id); the index test reads its plan.
 */
export function timelineQuery(
  db: Db,
  t: string,
  memberId: string,
  after: { at: string; id: string } | null,
  limit: number,
) {
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
      from adjustment_requests where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), created_at, 'order', status, cast(store_id as text), total_cents, 0, 'order', cast(id as text), order_no
      from orders where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(r.id as text), r.created_at, 'refund', 'refund', cast(r.store_id as text), -r.amount_cents, 0, 'order', cast(r.order_id as text),
           (select case when r.reason = '' then o.order_no else o.order_no || ' · ' || r.reason end
              from orders o where o.tenant_id = r.tenant_id and o.id = r.order_id)
      from refunds r
     where r.tenant_id = ${t}
       and r.order_id in (select m.id from orders m where m.tenant_id = ${t} and m.member_id = ${memberId})
    union all
    select cast(id as text), created_at, 'message', status, cast(null as text), 0, 0, channel, cast(id as text), substr(body, 1, 140)
      from messages where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), created_at, 'complaint', status, cast(store_id as text), 0, 0, category, cast(id as text), substr(description, 1, 140)
      from complaints where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), created_at, 'rating', 'rated', cast(store_id as text), score, 0, 'order', cast(order_id as text), comment
      from feedback_ratings where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(id as text), created_at, 'follow_up', coalesce(outcome, status), cast(store_id as text), 0, 0, 'order', cast(order_id as text), note
      from follow_up_tasks where tenant_id = ${t} and member_id = ${memberId}
    union all
    select cast(c.id as text), c.issued_at, 'coupon', 'issued', cast(null as text), 0, 0, c.source, cast(c.id as text), tp.name
      from coupons c join coupon_templates tp on tp.tenant_id = c.tenant_id and tp.id = c.template_id
     where c.tenant_id = ${t} and c.member_id = ${memberId}
    union all
    select cast(c.id as text) || ':redeemed', c.redeemed_at, 'coupon', 'redeemed', cast(c.redeemed_store_id as text), -c.discount_cents, 0, 'order',
           cast(c.redeemed_order_id as text), tp.name
      from coupons c join coupon_templates tp on tp.tenant_id = c.tenant_id and tp.id = c.template_id
     where c.tenant_id = ${t} and c.member_id = ${memberId} and c.redeemed_at is not null
    union all
    select cast(h.id as text), h.occurred_at, 'history', h.kind, cast(null as text),
           (select coalesce(sum(l.total_cents), 0) from history_order_lines l
             where l.tenant_id = h.tenant_id and l.order_id = h.id), 0, 'history_order', cast(h.id as text), h.invoice_no
      from history_orders h where h.tenant_id = ${t} and h.member_id = ${memberId})`;
  return db
    .selectFrom(union.as('e'))
    .selectAll()
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb.or([eb('e.at', '<', after!.at), eb.and([eb('e.at', '=', after!.at), eb('e.id', '<', after!.id)])]),
      ),
    )
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit);
}
