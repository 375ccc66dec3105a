import type { Updateable } from 'kysely';
import type { MembersTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission, requireStore } from '../auth/permissions.ts';
import { loadMember } from './access.ts';
import { assertUnique, type MemberProfileInput } from './create-member.ts';
import { namePinyin, normalizePhone } from './identity.ts';
import { auditSafe, type MemberView, toMemberView } from './members.ts';
import { selectMember, updateMemberRow } from './queries.ts';

export async function updateMember(
  ctx: Ctx,
  memberId: string,
  patch: Partial<MemberProfileInput>,
): Promise<MemberView> {
  requirePermission(ctx.actor, 'members.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadMember(tx, memberId, { lock: true });
    if (before.status === 'erased') throw new AppError('MEMBER_ERASED', 'This member was erased');
    const phone = patch.phone === undefined ? before.phone : normalizePhone(patch.phone);
    const cardNo = patch.cardNo === undefined ? before.card_no : patch.cardNo?.trim() || null;
    await assertUnique(tx, phone, cardNo, memberId);
    if (patch.homeStoreId) requireStore(tx.actor, patch.homeStoreId);
    if (patch.referrerId === memberId)
      throw new AppError('VALIDATION_FAILED', 'A member cannot refer themselves', { field: 'referrerId' });
    const set: Updateable<MembersTable> = {
      phone,
      phone_last4: phone?.slice(-4) ?? null,
      card_no: cardNo,
      updated_at: tx.now.toISOString(),
    };
    if (patch.name !== undefined) {
      const { full, initials } = namePinyin(patch.name);
      Object.assign(set, { name: patch.name.trim(), name_pinyin: full, name_initials: initials });
    }
    if (patch.gender !== undefined) set.gender = patch.gender;
    if (patch.birthday !== undefined) set.birthday = patch.birthday;
    if (patch.birthdayCalendar !== undefined) set.birthday_calendar = patch.birthdayCalendar;
    if (patch.email !== undefined) set.email = patch.email;
    if (patch.homeStoreId !== undefined) set.home_store_id = patch.homeStoreId;
    if (patch.referrerId !== undefined) set.referrer_id = patch.referrerId;
    if (patch.tags !== undefined) set.tags = JSON.stringify(patch.tags);
    if (patch.customFields !== undefined) set.custom_fields = JSON.stringify(patch.customFields);
    if (patch.notes !== undefined) set.notes = patch.notes;
    if (patch.smsConsent !== undefined) set.sms_consent = patch.smsConsent ? 1 : 0;
    if (patch.emailConsent !== undefined) set.email_consent = patch.emailConsent ? 1 : 0;
    await updateMemberRow(tx.db, tx.tenantId, memberId, set);
    const after = (await selectMember(tx.db, tx.tenantId, memberId))!;
    await recordAudit(tx, {
      action: 'member.update',
      entity: 'member',
      entityId: memberId,
      storeId: after.home_store_id,
      before: auditSafe(before),
      after: auditSafe(after),
    });
    return toMemberView(after, tx.actor);
  });
}

/** Freeze stops every movement of value (a lost card, a dispute); unfreeze allows it again. */
export async function setMemberStatus(
  ctx: Ctx,
  memberId: string,
  status: 'active' | 'frozen',
): Promise<MemberView> {
  requirePermission(ctx.actor, 'members.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadMember(tx, memberId, { lock: true });
    if (before.status === 'erased') throw new AppError('MEMBER_ERASED', 'This member was erased');
    await updateMemberRow(tx.db, tx.tenantId, memberId, { status, updated_at: tx.now.toISOString() });
    await recordAudit(tx, {
      action: status === 'frozen' ? 'member.freeze' : 'member.unfreeze',
      entity: 'member',
      entityId: memberId,
      storeId: before.home_store_id,
      before: { status: before.status },
      after: { status },
    });
    return toMemberView((await selectMember(tx.db, tx.tenantId, memberId))!, tx.actor);
  });
}
