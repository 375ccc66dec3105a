import type { Flag, Timestamp } from './common.ts';

export type MessageChannel = 'sms' | 'email' | 'inbox';
/** Marketing respects consent, quiet hours and the frequency cap; transactional (OTP) does not. */
export type MessagePurpose = 'marketing' | 'transactional';
export type MessageStatus = 'queued' | 'sent' | 'failed' | 'skipped';
export type MessageSource = 'campaign' | 'automation' | 'system';

export interface MessagesTable {
  tenant_id: string;
  id: string;
  member_id: string | null;
  channel: MessageChannel;
  purpose: MessagePurpose;
  template: string;
  /** Phone number, e-mail address or member id (inbox). */
  recipient: string;
  subject: string;
  /** The rendered text, exactly as sent. */
  body: string;
  status: MessageStatus;
  /** Why a message was skipped or failed (or deferred while still queued). */
  reason: string | null;
  provider: string | null;
  provider_id: string | null;
  provider_reply: string | null;
  attempts: number;
  next_attempt_at: Timestamp;
  /** A node sending this message holds it until then; another node may take it after. */
  lease_until: Timestamp | null;
  source_type: MessageSource;
  source_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface MemberInboxTable {
  tenant_id: string;
  id: string;
  member_id: string;
  message_id: string;
  title: string;
  body: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface SegmentsTable {
  tenant_id: string;
  id: string;
  name: string;
  /** JSON: SegmentRules. */
  rules: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type CampaignStatus = 'scheduled' | 'running' | 'done' | 'cancelled';

export interface CampaignsTable {
  tenant_id: string;
  id: string;
  name: string;
  segment_id: string;
  channel: MessageChannel;
  subject: string;
  body: string;
  coupon_template_id: string | null;
  /** The report counts redemptions and revenue this many days after the send. */
  report_days: number;
  status: CampaignStatus;
  scheduled_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  audience: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CampaignRecipientsTable {
  tenant_id: string;
  campaign_id: string;
  member_id: string;
  message_id: string | null;
  /** issued | none | unavailable (no coupons module) | failed: … */
  coupon_outcome: string;
  created_at: Timestamp;
}

export type AutomationKind =
  | 'birthday'
  | 'win_back'
  | 'level_up'
  | 'balance_low'
  | 'card_expiring'
  | 'coupon_expiring'
  | 'appointment_reminder'
  /** 回访: opens a follow-up task (feedback module) instead of sending a message. */
  | 'follow_up';

export interface AutomationsTable {
  tenant_id: string;
  kind: AutomationKind;
  enabled: Flag;
  /** JSON: the kind's parameters. */
  params: string;
  updated_at: Timestamp;
}

export interface AutomationRunsTable {
  tenant_id: string;
  kind: AutomationKind;
  member_id: string;
  /** What happened, e.g. the year of a birthday or the level-history row of a level-up. */
  event_key: string;
  message_id: string | null;
  created_at: Timestamp;
}

/** A tenant's signing secrets (purpose `unsubscribe`: the links in marketing e-mails). */
export interface EngagementKeysTable {
  tenant_id: string;
  purpose: string;
  /** Random, base64url. */
  secret: string;
  created_at: Timestamp;
}
