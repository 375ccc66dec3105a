import type { Gender } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { recordNewMembers } from '../reports/record-facts.ts';
import { loadMember } from './access.ts';
import { namePinyin, newQrToken, normalizePhone } from './identity.ts';
import { auditSafe, type MemberView, toMemberView } from './members.ts';
import { insertMember, selectMember, selectMemberIdBy } from './queries.ts';

export interface MemberProfileInput {
  name: string;
  phone: string;
  cardNo?: string | null;
  gender?: Gender;
  birthday?: string | null;
  birthdayCalendar?: 'solar' | 'lunar';
  email?: string | null;
  homeStoreId?: string | null;
  referrerId?: string | null;
  tags?: string[];
  customFields?: Record<string, string | number | boolean>;
  notes?: string;
  smsConsent?: boolean;
  emailConsent?: boolean;
}

/** Refuses a phone or card number another member of the tenant already has. */
export async function assertUnique(ctx: Ctx, phone: string | null, cardNo: string | null, selfId?: string) {
  if (phone) {
    const other = await selectMemberIdBy(ctx.db, ctx.tenantId, 'phone', phone);
    if (other && other !== selfId)
      throw new AppError('PHONE_TAKEN', 'Another member has this phone number', {
        field: 'phone',
        memberId: other,
      });
  }
  if (cardNo) {
    const other = await selectMemberIdBy(ctx.db, ctx.tenantId, 'card_no', cardNo);
    if (other && other !== selfId)
      throw new AppError('CARD_NO_TAKEN', 'Another member has this card number', {
        field: 'cardNo',
        memberId: other,
      });
  }
}

export async function createMember(ctx: Ctx, input: MemberProfileInput): Promise<MemberView> {
  requirePermission(ctx.actor, 'members.manage');
  const phone = normalizePhone(input.phone);
  const cardNo = input.cardNo?.trim() || null;
  // A store-bound cashier registers members into one of their own stores.
  const homeStoreId =
    input.homeStoreId ?? (ctx.actor.storeIds === 'all' ? null : (ctx.actor.storeIds[0] ?? null));
  if (homeStoreId) requireStore(ctx.actor, homeStoreId);
  return inTransaction(ctx, async (tx) => {
    await assertUnique(tx, phone, cardNo);
    if (input.referrerId) {
      await loadMember(tx, input.referrerId).catch(() => {
        throw new AppError('REFERRER_NOT_FOUND', 'The referrer is not a member', { field: 'referrerId' });
      });
    }
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    const { full, initials } = namePinyin(input.name);
    await insertMember(tx.db, {
      tenant_id: tx.tenantId,
      id,
      name: input.name.trim(),
      name_pinyin: full,
      name_initials: initials,
      phone,
      phone_last4: phone.slice(-4),
      card_no: cardNo,
      qr_token: newQrToken(),
      gender: input.gender ?? 'unknown',
      birthday: input.birthday ?? null,
      birthday_calendar: input.birthdayCalendar ?? 'solar',
      email: input.email ?? null,
      home_store_id: homeStoreId,
      referrer_id: input.referrerId ?? null,
      level_id: null,
      tags: JSON.stringify(input.tags ?? []),
      custom_fields: JSON.stringify(input.customFields ?? {}),
      notes: input.notes ?? '',
      sms_consent: input.smsConsent ? 1 : 0,
      email_consent: input.emailConsent ? 1 : 0,
      status: 'active',
      cumulative_spend_cents: 0,
      recharge_total_cents: 0,
      points_earned_total: 0,
      created_at: at,
      updated_at: at,
    });
    await recordNewMembers(tx, [homeStoreId]);
    const row = (await selectMember(tx.db, tx.tenantId, id))!;
    await recordAudit(tx, {
      action: 'member.create',
      entity: 'member',
      entityId: id,
      storeId: homeStoreId,
      after: auditSafe(row),
    });
    return toMemberView(row, tx.actor);
  });
}
