import type { MessageChannel, MessagePurpose, MessageSource, MessageStatus } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { withOptOutHint } from './opt-out.ts';
import { quietUntil } from './policy.ts';

export interface MessageDraft {
  memberId: string | null;
  /** Overrides the member's phone/e-mail (a transactional code to a number being verified). */
  to?: string;
  channel: MessageChannel;
  purpose: MessagePurpose;
  template: string;
  subject?: string;
  body: string;
  sourceType: MessageSource;
  sourceId?: string | null;
}

export interface Enqueued {
  id: string;
  status: MessageStatus;
  reason: string | null;
}

/** Marketing SMS and e-mail count against the cap; the inbox is the member's own page. */
async function capReached(ctx: Ctx, memberId: string): Promise<boolean> {
  const { settings } = await getTenantProfile(ctx);
  if (settings.marketingCapCount === 0) return false;
  const since = new Date(ctx.now.getTime() - settings.marketingCapDays * 86_400_000).toISOString();
  const row = await ctx.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .where('purpose', '=', 'marketing')
    .where('channel', 'in', ['sms', 'email'])
    .where('status', 'in', ['queued', 'sent'])
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n) >= settings.marketingCapCount;
}

/**
 * Logs a message and queues it for the sender job, or records why it was skipped: marketing needs
 * the member's consent for the channel and room under the frequency cap, and a marketing SMS in
 * quiet hours waits until they end and carries the tenant's opt-out hint. Inbox messages are
 * delivered at once (no provider involved).
 */
export async function enqueueMessage(ctx: Ctx, draft: MessageDraft): Promise<Enqueued> {
  const member = draft.memberId
    ? await ctx.db
        .selectFrom('members')
        .select(['id', 'phone', 'email', 'sms_consent', 'email_consent', 'status'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', draft.memberId)
        .executeTakeFirst()
    : undefined;
  const recipient =
    draft.to ??
    (draft.channel === 'sms' ? member?.phone : draft.channel === 'email' ? member?.email : member?.id) ??
    '';
  const marketing = draft.purpose === 'marketing';
  let status: MessageStatus = 'queued';
  let reason: string | null = null;
  let nextAttempt = ctx.now;
  if (member?.status === 'erased') [status, reason] = ['skipped', 'member_erased'];
  else if (!recipient) [status, reason] = ['skipped', 'no_address'];
  else if (marketing && draft.channel === 'sms' && member?.sms_consent !== 1)
    [status, reason] = ['skipped', 'no_consent'];
  else if (marketing && draft.channel === 'email' && member?.email_consent !== 1)
    [status, reason] = ['skipped', 'no_consent'];
  else if (marketing && draft.channel !== 'inbox' && member && (await capReached(ctx, member.id)))
    [status, reason] = ['skipped', 'frequency_cap'];
  else if (marketing && draft.channel === 'sms') {
    const profile = await getTenantProfile(ctx);
    const until = quietUntil(ctx.now, profile.timezone, profile.settings);
    if (until) [nextAttempt, reason] = [until, 'quiet_hours'];
  }
  let body = draft.body;
  if (marketing && draft.channel === 'sms')
    body = withOptOutHint(body, (await getTenantProfile(ctx)).settings.smsOptOutHint);
  const id = uuidv7();
  const now = ctx.now.toISOString();
  const inbox = status === 'queued' && draft.channel === 'inbox';
  await ctx.db
    .insertInto('messages')
    .values({
      tenant_id: ctx.tenantId,
      id,
      member_id: draft.memberId,
      channel: draft.channel,
      purpose: draft.purpose,
      template: draft.template,
      recipient,
      subject: draft.subject ?? '',
      body,
      status: inbox ? 'sent' : status,
      reason,
      provider: inbox ? 'inbox' : null,
      provider_id: null,
      provider_reply: null,
      attempts: inbox ? 1 : 0,
      next_attempt_at: nextAttempt.toISOString(),
      lease_until: null,
      source_type: draft.sourceType,
      source_id: draft.sourceId ?? null,
      created_at: now,
      updated_at: now,
      sent_at: inbox ? now : null,
    })
    .execute();
  if (inbox && draft.memberId) {
    await ctx.db
      .insertInto('member_inbox')
      .values({
        tenant_id: ctx.tenantId,
        id: uuidv7(),
        member_id: draft.memberId,
        message_id: id,
        title: draft.subject ?? '',
        body,
        created_at: now,
        read_at: null,
      })
      .execute();
    return { id, status: 'sent', reason };
  }
  return { id, status, reason };
}
