import type { Selectable } from 'kysely';
import type { Gender, MemberStatus, MembersTable } from '../../db/schema.ts';
import type { Actor } from '../../shared/context.ts';
import { hasPermission } from '../auth/permissions.ts';
import { maskPhone } from './identity.ts';

export interface MemberView {
  id: string;
  name: string;
  phone: string | null;
  phoneMasked: boolean;
  cardNo: string | null;
  qrToken: string;
  gender: Gender;
  birthday: string | null;
  birthdayCalendar: 'solar' | 'lunar';
  email: string | null;
  homeStoreId: string | null;
  referrerId: string | null;
  levelId: string | null;
  tags: string[];
  customFields: Record<string, string | number | boolean>;
  notes: string;
  smsConsent: boolean;
  emailConsent: boolean;
  status: MemberStatus;
  cumulativeSpendCents: number;
  rechargeTotalCents: number;
  pointsEarnedTotal: number;
  createdAt: string;
  updatedAt: string;
}

/** The API's member: the phone is masked unless the actor holds members.phone.unmasked. */
export function toMemberView(row: Selectable<MembersTable>, actor: Actor): MemberView {
  const unmasked = hasPermission(actor, 'members.phone.unmasked');
  return {
    id: row.id,
    name: row.name,
    phone: unmasked ? row.phone : maskPhone(row.phone),
    phoneMasked: !unmasked && row.phone !== null,
    cardNo: row.card_no,
    qrToken: row.qr_token,
    gender: row.gender,
    birthday: row.birthday,
    birthdayCalendar: row.birthday_calendar,
    email: row.email,
    homeStoreId: row.home_store_id,
    referrerId: row.referrer_id,
    levelId: row.level_id,
    tags: JSON.parse(row.tags) as string[],
    customFields: JSON.parse(row.custom_fields) as MemberView['customFields'],
    notes: row.notes,
    smsConsent: row.sms_consent === 1,
    emailConsent: row.email_consent === 1,
    status: row.status,
    cumulativeSpendCents: row.cumulative_spend_cents,
    rechargeTotalCents: row.recharge_total_cents,
    pointsEarnedTotal: row.points_earned_total,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What the audit log keeps of a member: enough to see what changed, nothing that identifies the
 * person, so erasure does not have to rewrite the (append-only) audit log.
 */
export function auditSafe(row: Selectable<MembersTable>) {
  return {
    name: row.name ? `${[...row.name][0]}*` : '',
    phone: maskPhone(row.phone),
    cardNo: row.card_no ? `***${row.card_no.slice(-2)}` : null,
    homeStoreId: row.home_store_id,
    levelId: row.level_id,
    tags: JSON.parse(row.tags) as string[],
    smsConsent: row.sms_consent === 1,
    emailConsent: row.email_consent === 1,
    status: row.status,
  };
}
