import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { loadMember } from '../members/access.ts';
import { listAutomations, saveAutomation } from './automations.ts';
import { campaignReport } from './campaign-report.ts';
import { cancelCampaign, createCampaign, listCampaigns } from './campaigns.ts';
import { listInbox, listMessages } from './messages.ts';
import { exportSegment, previewSegment } from './preview-segment.ts';
import { runCampaign } from './run-campaign.ts';
import {
  AutomationBody,
  AutomationKindSchema,
  AutomationSchema,
  CampaignBody,
  CampaignReportSchema,
  CampaignSchema,
  InboxSchema,
  MessageSchema,
  MessagesQuery,
  RulesBody,
  SegmentBody,
  SegmentMemberSchema,
  SegmentSchema,
} from './schemas.ts';
import { countSegment, deleteSegment, getSegment, listSegments, saveSegment } from './segments.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ = { auth: { permission: 'engagement.read' as const } };
const MANAGE = { auth: { permission: 'engagement.manage' as const } };
const tags = ['engagement'];

export function engagementRoutes(app: App): void {
  app.get(
    '/engagement/segments',
    {
      config: READ,
      schema: {
        operationId: 'listSegments',
        tags,
        summary: 'Saved segments',
        response: { 200: z.array(SegmentSchema), ...errors(401, 403) },
      },
    },
    async (request) => listSegments(staffCtx(request)),
  );

  app.post(
    '/engagement/segments',
    {
      config: MANAGE,
      schema: {
        operationId: 'createSegment',
        tags,
        summary: 'Save a segment: rules over level, tags, spend, visits, birthday month, store, consent',
        body: SegmentBody,
        response: { 201: SegmentSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return saveSegment(staffCtx(request), request.body);
    },
  );

  app.put(
    '/engagement/segments/:id',
    {
      config: MANAGE,
      schema: {
        operationId: 'updateSegment',
        tags,
        summary: 'Change a segment’s name and rules',
        params: IdParams,
        body: SegmentBody,
        response: { 200: SegmentSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => saveSegment(staffCtx(request), request.body, request.params.id),
  );

  app.delete(
    '/engagement/segments/:id',
    {
      config: MANAGE,
      schema: {
        operationId: 'deleteSegment',
        tags,
        summary: 'Delete a segment no campaign uses',
        params: IdParams,
        response: { 200: OkSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      await deleteSegment(staffCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/engagement/segments/preview',
    {
      config: READ,
      schema: {
        operationId: 'previewSegment',
        tags,
        summary: 'Live count and the first members of (unsaved) rules',
        body: RulesBody,
        response: {
          200: z.object({ count: z.number().int(), items: z.array(SegmentMemberSchema) }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => {
      const ctx = staffCtx(request);
      return {
        count: await countSegment(ctx, request.body.rules),
        items: await previewSegment(ctx, request.body.rules, request.body.limit ?? 50),
      };
    },
  );

  app.get(
    '/engagement/segments/:id/export.xlsx',
    {
      config: READ,
      schema: {
        operationId: 'exportSegment',
        tags,
        summary: 'A segment’s members as Excel (streamed; also needs members.export)',
        params: IdParams,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const ctx = staffCtx(request);
      const segment = await getSegment(ctx, request.params.id);
      const file = await exportSegment(ctx, segment.rules);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="segment-${segment.id}.xlsx"`)
        .send(file);
    },
  );

  app.get(
    '/engagement/campaigns',
    {
      config: READ,
      schema: {
        operationId: 'listCampaigns',
        tags,
        summary: 'Campaigns, newest first',
        response: { 200: z.array(CampaignSchema), ...errors(401, 403) },
      },
    },
    async (request) => listCampaigns(staffCtx(request)),
  );

  app.post(
    '/engagement/campaigns',
    {
      config: MANAGE,
      schema: {
        operationId: 'createCampaign',
        tags,
        summary: 'Send a message (and optionally a coupon) to a segment now, or schedule it',
        body: CampaignBody,
        response: { 201: CampaignSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ctx = staffCtx(request);
      const campaign = await createCampaign(ctx, request.body);
      // Sent now: recipients and messages are recorded here; the message job delivers them.
      if (campaign.scheduledAt <= ctx.now.toISOString()) await runCampaign(ctx, campaign.id);
      reply.status(201);
      return (await campaignReport(ctx, campaign.id)).campaign;
    },
  );

  app.get(
    '/engagement/campaigns/:id/report',
    {
      config: READ,
      schema: {
        operationId: 'getCampaignReport',
        tags,
        summary: 'Reached, sent, failed, skipped by consent or cap; coupons redeemed and revenue',
        params: IdParams,
        response: { 200: CampaignReportSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => campaignReport(staffCtx(request), request.params.id),
  );

  app.post(
    '/engagement/campaigns/:id/cancel',
    {
      config: MANAGE,
      schema: {
        operationId: 'cancelCampaign',
        tags,
        summary: 'Cancel a scheduled campaign',
        params: IdParams,
        response: { 200: CampaignSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => cancelCampaign(staffCtx(request), request.params.id),
  );

  app.get(
    '/engagement/automations',
    {
      config: READ,
      schema: {
        operationId: 'listAutomations',
        tags,
        summary: 'Every automation with its switch and parameters',
        response: { 200: z.array(AutomationSchema), ...errors(401, 403) },
      },
    },
    async (request) => listAutomations(staffCtx(request)),
  );

  app.put(
    '/engagement/automations/:kind',
    {
      config: MANAGE,
      schema: {
        operationId: 'saveAutomation',
        tags,
        summary: 'Switch an automation on or off and set its parameters',
        params: z.strictObject({ kind: AutomationKindSchema }),
        body: AutomationBody,
        response: { 200: AutomationSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => saveAutomation(staffCtx(request), request.params.kind, request.body),
  );

  app.get(
    '/engagement/messages',
    {
      config: READ,
      schema: {
        operationId: 'listMessages',
        tags,
        summary: 'The message log: every message with its status, reason and provider reply',
        querystring: MessagesQuery,
        response: {
          200: z.object({ items: z.array(MessageSchema), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listMessages(staffCtx(request), request.query),
  );

  app.get(
    '/members/:id/inbox',
    {
      config: READ,
      schema: {
        operationId: 'getMemberInbox',
        tags,
        summary: 'A member’s portal inbox as the member sees it',
        params: IdParams,
        response: { 200: InboxSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = staffCtx(request);
      await loadMember(ctx, request.params.id);
      return listInbox(ctx, request.params.id);
    },
  );
}
