import type { FeedbackChannel } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMemberOrder, loadStaffOrder } from './access.ts';
import { type findOrder, mainStaffOf, peopleOnOrder } from './queries.ts';

export interface RatingInput {
  orderId: string;
  /** 1–5. */
  score: number;
  comment?: string;
  /** Who served; by default the person credited with most of the visit. */
  staffUserId?: string | null;
}

export interface RatingView {
  id: string;
  orderId: string;
  orderNo: string;
  storeId: string;
  memberId: string | null;
  memberName: string | null;
  staffUserId: string | null;
  staffName: string | null;
  score: number;
  comment: string;
  channel: FeedbackChannel;
  createdAt: string;
}

type Order = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** Writes one visit's rating (in the caller's transaction if there is one); checks score and person. */
export async function insertRating(ctx: Ctx, order: Order, input: RatingInput, channel: FeedbackChannel) {
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5)
    throw new AppError('VALIDATION_FAILED', 'A rating is 1 to 5 stars', { field: 'score' });
  let staffUserId = input.staffUserId ?? null;
  if (staffUserId) {
    // Only someone who served this visit (or rang it up) can be rated for it.
    const people = await peopleOnOrder(ctx.db, ctx.tenantId, order.id);
    if (!people.has(staffUserId) && staffUserId !== order.cashier_user_id)
      throw new AppError('VALIDATION_FAILED', 'This person did not serve this visit', {
        field: 'staffUserId',
      });
  } else if (input.staffUserId === undefined) {
    staffUserId = (await mainStaffOf(ctx.db, ctx.tenantId, [order])).get(order.id) ?? null;
  }
  return inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.tenantId,
      id: uuidv7(tx.now.getTime()),
      order_id: order.id,
      store_id: order.store_id,
      member_id: order.member_id,
      staff_user_id: staffUserId,
      score: input.score,
      comment: input.comment ?? '',
      channel,
      created_by: tx.actor.userId,
      created_at: tx.now.toISOString(),
    };
    const landed = await tx.db
      .insertInto('feedback_ratings')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'order_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!landed) throw new AppError('RATING_EXISTS', 'This visit is already rated', { orderId: order.id });
    await recordAudit(tx, {
      action: 'feedback.rate',
      entity: 'rating',
      entityId: row.id,
      storeId: order.store_id,
      after: { orderId: order.id, score: row.score, staffUserId, channel },
    });
    return row.id;
  });
}

/** Staff enter a member's rating of a visit (at the counter, or after a follow-up call). */
export async function recordRating(ctx: Ctx, input: RatingInput): Promise<RatingView> {
  requirePermission(ctx.actor, 'feedback.record');
  const order = await loadStaffOrder(ctx, input.orderId);
  const id = await insertRating(ctx, order, input, 'staff');
  return loadRating(ctx, id);
}

/**
 * A member rates their own visit (portal). The caller has proven who the member is; an order
 * that is not theirs answers ORDER_NOT_FOUND.
 */
export async function recordMemberRating(
  ctx: Ctx,
  memberId: string,
  input: RatingInput,
): Promise<RatingView> {
  const order = await loadMemberOrder(ctx, memberId, input.orderId);
  const id = await insertRating(ctx, order, input, 'member');
  return loadRating(ctx, id);
}

export function ratingsQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('feedback_ratings as r')
    .innerJoin('orders as o', (j) =>
      j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.order_id'),
    )
    .leftJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'r.tenant_id').onRef('m.id', '=', 'r.member_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.staff_user_id'),
    )
    .select([
      'r.id',
      'r.order_id',
      'o.order_no',
      'r.store_id',
      'r.member_id',
      'm.name as member_name',
      'r.staff_user_id',
      'u.display_name as staff_name',
      'r.score',
      'r.comment',
      'r.channel',
      'r.created_at',
    ])
    .where('r.tenant_id', '=', ctx.tenantId);
}

export function toRatingView(r: {
  id: string;
  order_id: string;
  order_no: string;
  store_id: string;
  member_id: string | null;
  member_name: string | null;
  staff_user_id: string | null;
  staff_name: string | null;
  score: number;
  comment: string;
  channel: FeedbackChannel;
  created_at: string;
}): RatingView {
  return {
    id: r.id,
    orderId: r.order_id,
    orderNo: r.order_no,
    storeId: r.store_id,
    memberId: r.member_id,
    memberName: r.member_name,
    staffUserId: r.staff_user_id,
    staffName: r.staff_name,
    score: Number(r.score),
    comment: r.comment,
    channel: r.channel,
    createdAt: r.created_at,
  };
}

async function loadRating(ctx: Ctx, id: string): Promise<RatingView> {
  const row = await ratingsQuery(ctx).where('r.id', '=', id).executeTakeFirstOrThrow();
  return toRatingView(row);
}
