import type { Ctx } from '../../shared/context.ts';
import { recordAudit } from '../audit/record-audit.ts';

export type ConsentChannel = 'sms' | 'email';

/**
 * The member said stop (an unsubscribe link, a T reply): marketing consent for that channel goes
 * off. A guarded update, so a repeated click changes nothing and writes no second audit entry.
 * No permission check: the caller has already proved it speaks for the member (a signed link, the
 * provider's authenticated webhook for the member's own number). Answers whether it changed.
 */
export async function withdrawMarketingConsent(
  ctx: Ctx,
  memberId: string,
  channel: ConsentChannel,
  via: 'unsubscribe_link' | 'sms_reply',
): Promise<boolean> {
  const column = channel === 'sms' ? 'sms_consent' : 'email_consent';
  const result = await ctx.db
    .updateTable('members')
    .set({ [column]: 0, updated_at: ctx.now.toISOString() })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', memberId)
    .where(column, '=', 1)
    .executeTakeFirst();
  if (!Number(result.numUpdatedRows)) return false;
  await recordAudit(ctx, {
    action: 'member.opt_out',
    entity: 'member',
    entityId: memberId,
    before: { [column]: true },
    after: { [column]: false, via },
  });
  return true;
}
