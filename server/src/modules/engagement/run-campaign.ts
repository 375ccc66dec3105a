import type { Db } from '../../db/schema.ts';
import { type Ctx, systemCtx } from '../../shared/context.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { loadCampaign } from './campaigns.ts';
import { enqueueMessage } from './enqueue-message.ts';
import { issueEngagementCoupons } from './issue-engagement-coupons.ts';
import { renderTemplate } from './render-template.ts';
import { membersInSegment } from './segment-rules.ts';
import { loadSegment } from './segments.ts';

const BATCH = 200;

/**
 * Sends a due campaign: claims it (scheduled → running, a guarded update only one node wins),
 * then walks the segment in batches. Each member gets a campaign_recipients row (the key makes a
 * resumed run skip who was reached), a queued or skipped message and, if set, a coupon.
 */
export async function runCampaign(ctx: Ctx, campaignId: string): Promise<{ reached: number } | null> {
  const now = ctx.now.toISOString();
  const claimed = await ctx.db
    .updateTable('campaigns')
    .set({ status: 'running', started_at: now, updated_at: now })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', campaignId)
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now)
    .executeTakeFirst();
  if (!Number(claimed.numUpdatedRows)) return null;
  const campaign = await loadCampaign(ctx, campaignId);
  const segment = await loadSegment(ctx, campaign.segment_id);
  const { timezone } = await getTenantProfile(ctx);
  let after: string | null = null;
  let reached = 0;
  for (;;) {
    let q = membersInSegment(ctx.db, ctx.tenantId, segment.rules, { now: ctx.now, timeZone: timezone })
      .where('m.status', '=', 'active')
      .select(['m.id', 'm.name']);
    if (after) q = q.where('m.id', '>', after);
    const members = await q.orderBy('m.id').limit(BATCH).execute();
    if (!members.length) break;
    after = members.at(-1)!.id;
    await inTransaction(ctx, async (tx) => {
      const fresh = await tx.db
        .insertInto('campaign_recipients')
        .values(
          members.map((m) => ({
            tenant_id: tx.tenantId,
            campaign_id: campaignId,
            member_id: m.id,
            message_id: null,
            coupon_outcome: campaign.coupon_template_id ? 'pending' : 'none',
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['tenant_id', 'campaign_id', 'member_id']).doNothing())
        .returning('member_id')
        .execute();
      const mine = new Set(fresh.map((r) => r.member_id));
      const batch = members.filter((m) => mine.has(m.id));
      const coupons = campaign.coupon_template_id
        ? await issueEngagementCoupons(tx, {
            templateId: campaign.coupon_template_id,
            memberIds: batch.map((m) => m.id),
            source: 'campaign',
            sourceRef: campaignId,
          })
        : null;
      for (const m of batch) {
        const message = await enqueueMessage(tx, {
          memberId: m.id,
          channel: campaign.channel,
          purpose: 'marketing',
          template: `campaign:${campaign.name}`,
          subject: campaign.subject,
          body: renderTemplate(campaign.body, { name: m.name }),
          sourceType: 'campaign',
          sourceId: campaignId,
        });
        await tx.db
          .updateTable('campaign_recipients')
          .set({ message_id: message.id, coupon_outcome: coupons?.get(m.id) ?? 'none' })
          .where('tenant_id', '=', tx.tenantId)
          .where('campaign_id', '=', campaignId)
          .where('member_id', '=', m.id)
          .execute();
      }
      reached += batch.length;
    });
    if (members.length < BATCH) break;
  }
  const total = await ctx.db
    .selectFrom('campaign_recipients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  await ctx.db
    .updateTable('campaigns')
    .set({ status: 'done', finished_at: ctx.now.toISOString(), updated_at: now, audience: Number(total.n) })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', campaignId)
    .execute();
  return { reached };
}

/** The campaign job: every tenant's due campaigns. */
export async function runDueCampaigns(db: Db, tenantId: string, now: Date): Promise<number> {
  const ctx = systemCtx(db, tenantId, now, 'campaigns');
  const due = await db
    .selectFrom('campaigns')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'scheduled')
    .where('scheduled_at', '<=', now.toISOString())
    .execute();
  let n = 0;
  for (const c of due) if (await runCampaign(ctx, c.id)) n++;
  return n;
}
