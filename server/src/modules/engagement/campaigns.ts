import type { Selectable } from 'kysely';
import type { CampaignsTable, MessageChannel } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadSegment } from './segments.ts';

export interface CampaignView {
  id: string;
  name: string;
  segmentId: string;
  channel: MessageChannel;
  subject: string;
  body: string;
  couponTemplateId: string | null;
  reportDays: number;
  status: CampaignsTable['status'];
  scheduledAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  audience: number;
  createdAt: string;
}

export function toCampaignView(r: Selectable<CampaignsTable>): CampaignView {
  return {
    id: r.id,
    name: r.name,
    segmentId: r.segment_id,
    channel: r.channel,
    subject: r.subject,
    body: r.body,
    couponTemplateId: r.coupon_template_id,
    reportDays: r.report_days,
    status: r.status,
    scheduledAt: r.scheduled_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    audience: r.audience,
    createdAt: r.created_at,
  };
}

export interface CampaignInput {
  name: string;
  segmentId: string;
  channel: MessageChannel;
  subject?: string;
  body: string;
  couponTemplateId?: string | null;
  reportDays?: number;
  /** Omitted or in the past: as soon as possible. */
  scheduledAt?: string | null;
}

export async function loadCampaign(ctx: Ctx, id: string): Promise<Selectable<CampaignsTable>> {
  const row = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: id });
  return row;
}

/** Saves a campaign as scheduled; the campaign job (or `runCampaign`) sends it when due. */
export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<CampaignView> {
  requirePermission(ctx.actor, 'engagement.manage');
  await loadSegment(ctx, input.segmentId);
  const now = ctx.now.toISOString();
  const scheduled =
    input.scheduledAt && input.scheduledAt > now ? new Date(input.scheduledAt).toISOString() : now;
  const row = {
    tenant_id: ctx.tenantId,
    id: uuidv7(),
    name: input.name,
    segment_id: input.segmentId,
    channel: input.channel,
    subject: input.subject ?? '',
    body: input.body,
    coupon_template_id: input.couponTemplateId ?? null,
    report_days: input.reportDays ?? 30,
    status: 'scheduled' as const,
    scheduled_at: scheduled,
    started_at: null,
    finished_at: null,
    audience: 0,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.insertInto('campaigns').values(row).execute();
  await recordAudit(ctx, {
    action: 'campaign.create',
    entity: 'campaign',
    entityId: row.id,
    before: null,
    after: { name: row.name, segmentId: row.segment_id, channel: row.channel, scheduledAt: scheduled },
  });
  return toCampaignView(row);
}

export async function listCampaigns(ctx: Ctx): Promise<CampaignView[]> {
  requirePermission(ctx.actor, 'engagement.read');
  const rows = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(toCampaignView);
}

export async function cancelCampaign(ctx: Ctx, id: string): Promise<CampaignView> {
  requirePermission(ctx.actor, 'engagement.manage');
  await loadCampaign(ctx, id);
  const done = await ctx.db
    .updateTable('campaigns')
    .set({ status: 'cancelled', updated_at: ctx.now.toISOString() })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  if (!Number(done.numUpdatedRows))
    throw new AppError('CAMPAIGN_NOT_SCHEDULED', 'Only a scheduled campaign can be cancelled', {
      campaignId: id,
    });
  return toCampaignView(await loadCampaign(ctx, id));
}
