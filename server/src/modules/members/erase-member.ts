import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadMember } from './access.ts';
import { newQrToken } from './identity.ts';
import { type MemberView, toMemberView } from './members.ts';
import { selectMember, updateMemberRow } from './queries.ts';

/**
 * Removes a member's personal data on their request. The row stays (ledgers, orders and audit
 * entries point at it by id, an anonymous reference) but carries nothing that identifies a person.
 * The caller confirms by repeating the member's id.
 */
export async function eraseMember(ctx: Ctx, memberId: string, confirmId: string): Promise<MemberView> {
  requirePermission(ctx.actor, 'members.erase');
  if (confirmId !== memberId)
    throw new AppError('ERASE_NOT_CONFIRMED', 'Confirm by repeating the member id', { field: 'confirm' });
  return inTransaction(ctx, async (tx) => {
    const before = await loadMember(tx, memberId, { lock: true });
    if (before.status === 'erased') throw new AppError('MEMBER_ERASED', 'This member was already erased');
    await updateMemberRow(tx.db, tx.tenantId, memberId, {
      name: '已注销会员',
      name_pinyin: '',
      name_initials: '',
      phone: null,
      phone_last4: null,
      card_no: null,
      qr_token: newQrToken(),
      gender: 'unknown',
      birthday: null,
      email: null,
      referrer_id: null,
      tags: '[]',
      custom_fields: '{}',
      notes: '',
      sms_consent: 0,
      email_consent: 0,
      status: 'erased',
      updated_at: tx.now.toISOString(),
    });
    await recordAudit(tx, {
      action: 'member.erase',
      entity: 'member',
      entityId: memberId,
      storeId: before.home_store_id,
      before: { status: before.status },
      after: { status: 'erased' },
    });
    return toMemberView((await selectMember(tx.db, tx.tenantId, memberId))!, tx.actor);
  });
}
