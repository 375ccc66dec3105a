import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { SegmentRulesSchema } from './segment-rules.ts';

export const ChannelSchema = z.enum(['sms', 'email', 'inbox']);
export const MessageStatusSchema = z.enum(['queued', 'sent', 'failed', 'skipped']);
export const AutomationKindSchema = z.enum([
  'birthday',
  'win_back',
  'level_up',
  'balance_low',
  'card_expiring',
  'coupon_expiring',
  'appointment_reminder',
  'follow_up',
]);

export const SegmentSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    rules: SegmentRulesSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Segment' });

export const SegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  rules: SegmentRulesSchema,
});
export const RulesBody = z.strictObject({
  rules: SegmentRulesSchema,
  limit: z.number().int().min(1).max(200).optional(),
});

export const SegmentMemberSchema = z.object({
  id: IdSchema,
  name: z.string(),
  phone: z.string().nullable(),
  levelId: z.string().nullable(),
  homeStoreId: z.string().nullable(),
  cumulativeSpendCents: z.number().int(),
  birthday: z.string().nullable(),
  smsConsent: z.boolean(),
  emailConsent: z.boolean(),
});

export const CampaignSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    segmentId: IdSchema,
    channel: ChannelSchema,
    subject: z.string(),
    body: z.string(),
    couponTemplateId: z.string().nullable(),
    reportDays: z.number().int(),
    status: z.enum(['scheduled', 'running', 'done', 'cancelled']),
    scheduledAt: TimestampSchema,
    startedAt: TimestampSchema.nullable(),
    finishedAt: TimestampSchema.nullable(),
    audience: z.number().int(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'Campaign' });

export const CampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  segmentId: IdSchema,
  channel: ChannelSchema,
  subject: z.string().max(100).optional(),
  body: z.string().trim().min(1).max(500).describe('Text with {{name}}'),
  couponTemplateId: IdSchema.nullable().optional(),
  reportDays: z.number().int().min(1).max(365).optional(),
  scheduledAt: z.iso.datetime({ offset: true }).nullable().optional().describe('Omit to send now'),
});

export const CampaignReportSchema = z.object({
  campaign: CampaignSchema,
  recipients: z.number().int(),
  queued: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  skipped: z.object({ noConsent: z.number().int(), frequencyCap: z.number().int(), other: z.number().int() }),
  coupons: z
    .object({
      issued: z.number().int(),
      notIssued: z.number().int(),
      redeemed: z.number().int(),
      redeemers: z.number().int(),
      redeemerRevenueCents: z.number().int(),
    })
    .nullable(),
});

export const AutomationSchema = z
  .object({
    kind: AutomationKindSchema,
    enabled: z.boolean(),
    params: z.record(z.string(), z.unknown()),
    updatedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Automation' });

export const AutomationBody = z.strictObject({
  enabled: z.boolean(),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const MessageSchema = z
  .object({
    id: IdSchema,
    memberId: z.string().nullable(),
    memberName: z.string().nullable(),
    channel: ChannelSchema,
    purpose: z.enum(['marketing', 'transactional']),
    template: z.string(),
    recipient: z.string(),
    subject: z.string(),
    body: z.string(),
    status: MessageStatusSchema,
    reason: z.string().nullable(),
    provider: z.string().nullable(),
    providerId: z.string().nullable(),
    providerReply: z.string().nullable(),
    attempts: z.number().int(),
    nextAttemptAt: TimestampSchema,
    sourceType: z.enum(['campaign', 'automation', 'system']),
    sourceId: z.string().nullable(),
    createdAt: TimestampSchema,
    sentAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Message' });

export const MessagesQuery = z.strictObject({
  channel: ChannelSchema.optional(),
  status: MessageStatusSchema.optional(),
  memberId: IdSchema.optional(),
  sourceType: z.enum(['campaign', 'automation', 'system']).optional(),
  sourceId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const InboxSchema = z.object({
  items: z.array(
    z.object({
      id: IdSchema,
      title: z.string(),
      body: z.string(),
      createdAt: TimestampSchema,
      read: z.boolean(),
    }),
  ),
  unread: z.number().int(),
});
