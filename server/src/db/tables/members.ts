import type { ColumnType } from 'kysely';
import type { Flag, Timestamp } from './common.ts';

export interface LevelsTable {
  tenant_id: string;
  id: string;
  rank: number;
  name: string;
  /** In the unit of the tenant's upgrade basis: fen of spend or recharge, or points earned. */
  threshold: number;
  discount_percent: number;
  points_multiplier_percent: number;
  benefits: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MemberStatus = 'active' | 'frozen' | 'erased';
export type Gender = 'male' | 'female' | 'unknown';

export interface MembersTable {
  tenant_id: string;
  id: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  phone: string | null;
  phone_last4: string | null;
  card_no: string | null;
  qr_token: string;
  gender: Gender;
  birthday: string | null;
  birthday_calendar: 'solar' | 'lunar';
  email: string | null;
  home_store_id: string | null;
  referrer_id: string | null;
  level_id: string | null;
  /** JSON array of strings. */
  tags: string;
  /** JSON object of tenant-defined fields. */
  custom_fields: string;
  notes: string;
  sms_consent: Flag;
  email_consent: Flag;
  status: MemberStatus;
  cumulative_spend_cents: number;
  recharge_total_cents: number;
  points_earned_total: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The customer id of the old system for a member a history import created; null otherwise. */
  member_ref: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MemberLevelHistoryTable {
  tenant_id: string;
  id: string;
  member_id: string;
  from_level_id: string | null;
  to_level_id: string | null;
  reason: string;
  at: Timestamp;
  actor_user_id: string | null;
}
