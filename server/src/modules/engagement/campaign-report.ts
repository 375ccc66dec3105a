import { sql } from 'kysely';
import type { Ctx } from '../../shared/context.ts';
import { requirePermission } from '../auth/permissions.ts';
import { type CampaignView, loadCampaign, toCampaignView } from './campaigns.ts';

export interface CampaignReport {
  campaign: CampaignView;
  recipients: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: { noConsent: number; frequencyCap: number; other: number };
  coupons: {
    issued: number;
    notIssued: number;
    /** Coupons of this campaign redeemed so far. */
    redeemed: number;
    /** Members who redeemed, and what they paid for orders within `reportDays` of the send. */
    redeemers: number;
    redeemerRevenueCents: number;
  } | null;
}

/** Outcomes per member from the message log; redemptions and revenue when coupons were sent. */
export async function campaignReport(ctx: Ctx, campaignId: string): Promise<CampaignReport> {
  requirePermission(ctx.actor, 'engagement.read');
  const campaign = await loadCampaign(ctx, campaignId);
  const rows = await ctx.db
    .selectFrom('campaign_recipients as r')
    .leftJoin('messages as msg', (j) =>
      j.onRef('msg.tenant_id', '=', 'r.tenant_id').onRef('msg.id', '=', 'r.message_id'),
    )
    .select(['msg.status', 'msg.reason', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.tenant_id', '=', ctx.tenantId)
    .where('r.campaign_id', '=', campaignId)
    .groupBy(['msg.status', 'msg.reason'])
    .execute();
  const report: CampaignReport = {
    campaign: toCampaignView(campaign),
    recipients: 0,
    queued: 0,
    sent: 0,
    failed: 0,
    skipped: { noConsent: 0, frequencyCap: 0, other: 0 },
    coupons: null,
  };
  for (const r of rows) {
    const n = Number(r.n);
    report.recipients += n;
    if (r.status === 'sent') report.sent += n;
    else if (r.status === 'failed') report.failed += n;
    else if (r.status === 'queued') report.queued += n;
    else if (r.reason === 'no_consent') report.skipped.noConsent += n;
    else if (r.reason === 'frequency_cap') report.skipped.frequencyCap += n;
    else report.skipped.other += n;
  }
  if (campaign.coupon_template_id) {
    const outcomes = await ctx.db
      .selectFrom('campaign_recipients')
      .select(['coupon_outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', ctx.tenantId)
      .where('campaign_id', '=', campaignId)
      .groupBy('coupon_outcome')
      .execute();
    const issued = Number(outcomes.find((o) => o.coupon_outcome === 'issued')?.n ?? 0);
    // Read-only statistics over the coupons module's table: it exports no report of its own yet.
    const redeemed = await ctx.db
      .selectFrom('coupons')
      .select([
        (eb) => eb.fn.countAll<number>().as('n'),
        sql<number>`count(distinct member_id)`.as('members'),
      ])
      .where('tenant_id', '=', ctx.tenantId)
      .where('source', '=', 'campaign')
      .where('source_ref', '=', campaignId)
      .where('status', '=', 'redeemed')
      .executeTakeFirstOrThrow();
    const start = campaign.started_at ?? campaign.scheduled_at;
    const end = new Date(new Date(start).getTime() + campaign.report_days * 86_400_000).toISOString();
    const revenue = await ctx.db
      .selectFrom('orders as o')
      .select(sql<number>`coalesce(sum(o.total_cents - o.refunded_cents), 0)`.as('cents'))
      .where('o.tenant_id', '=', ctx.tenantId)
      .where('o.created_at', '>=', start)
      .where('o.created_at', '<', end)
      .where('o.member_id', 'in', (eb) =>
        eb
          .selectFrom('coupons as c')
          .select('c.member_id')
          .where('c.tenant_id', '=', ctx.tenantId)
          .where('c.source', '=', 'campaign')
          .where('c.source_ref', '=', campaignId)
          .where('c.status', '=', 'redeemed'),
      )
      .executeTakeFirstOrThrow();
    report.coupons = {
      issued,
      notIssued: outcomes.reduce((s, o) => s + Number(o.n), 0) - issued,
      redeemed: Number(redeemed.n),
      redeemers: Number(redeemed.members),
      redeemerRevenueCents: Number(revenue.cents),
    };
  }
  return report;
}
