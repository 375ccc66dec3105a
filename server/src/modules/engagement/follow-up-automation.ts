import { z } from 'zod';
import type { Ctx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { openFollowUp } from '../feedback/open-follow-up.ts';

const DAY_MS = 86_400_000;
/** Visits older than the delay by more than this are left alone: switching it on does not flood staff. */
const LOOKBACK_DAYS = 7;

/** 回访: a follow-up task for the person who served, N days after a visit. */
export const FollowUpParamsSchema = z.strictObject({
  /** Create the task this many days after the visit. */
  daysAfter: z.number().int().min(0).max(60).default(3),
  /** The task is due this many days after it is created. */
  dueDays: z.number().int().min(1).max(30).default(2),
  /** Only visits that cost at least this (fen, after discounts); 0 = every visit. */
  minOrderCents: z.number().int().min(0).max(100_000_000).default(0),
});

export type FollowUpParams = z.infer<typeof FollowUpParamsSchema>;

/**
 * Opens one task per qualifying visit (a member's completed or partly refunded order), once:
 * the automation_runs row (kind follow_up, the member, `order:<id>`) is inserted first in the
 * task's transaction; a second run or node finds it taken and opens nothing.
 */
export async function runFollowUpAutomation(ctx: Ctx, p: FollowUpParams): Promise<number> {
  const until = new Date(ctx.now.getTime() - p.daysAfter * DAY_MS).toISOString();
  const since = new Date(ctx.now.getTime() - (p.daysAfter + LOOKBACK_DAYS) * DAY_MS).toISOString();
  const visits = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'o.tenant_id').onRef('m.id', '=', 'o.member_id'),
    )
    .select(['o.id', 'o.store_id', 'o.member_id', 'o.cashier_user_id', 'o.created_at'])
    .where('o.tenant_id', '=', ctx.tenantId)
    .where('o.created_at', '>', since)
    .where('o.created_at', '<=', until)
    .where('o.status', '!=', 'refunded')
    .where('o.total_cents', '>=', p.minOrderCents)
    .where('m.status', '=', 'active')
    .orderBy('o.created_at')
    .execute();
  let opened = 0;
  for (const v of visits) {
    const memberId = v.member_id;
    if (!memberId) continue;
    const done = await inTransaction(ctx, async (tx) => {
      const landed = await tx.db
        .insertInto('automation_runs')
        .values({
          tenant_id: tx.tenantId,
          kind: 'follow_up',
          member_id: memberId,
          event_key: `order:${v.id}`,
          message_id: null,
          created_at: tx.now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'member_id', 'event_key']).doNothing())
        .returning('member_id')
        .executeTakeFirst();
      if (!landed) return false;
      return openFollowUp(tx, { ...v, member_id: memberId }, p.dueDays);
    });
    if (done) opened++;
  }
  return opened;
}
