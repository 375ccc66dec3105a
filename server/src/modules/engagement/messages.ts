import type { Selectable } from 'kysely';
import type { MessageChannel, MessageStatus, MessagesTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { hasPermission, requirePermission } from '../auth/permissions.ts';
import { maskPhone } from '../members/identity.ts';

export interface MessageView {
  id: string;
  memberId: string | null;
  memberName: string | null;
  channel: MessageChannel;
  purpose: MessagesTable['purpose'];
  template: string;
  recipient: string;
  subject: string;
  body: string;
  status: MessageStatus;
  reason: string | null;
  provider: string | null;
  providerId: string | null;
  providerReply: string | null;
  attempts: number;
  nextAttemptAt: string;
  sourceType: MessagesTable['source_type'];
  sourceId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface MessageFilter {
  channel?: MessageChannel;
  status?: MessageStatus;
  memberId?: string;
  sourceType?: 'campaign' | 'automation' | 'system';
  sourceId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

function view(ctx: Ctx, r: Selectable<MessagesTable> & { member_name: string | null }): MessageView {
  const unmasked = hasPermission(ctx.actor, 'members.phone.unmasked');
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    channel: r.channel,
    purpose: r.purpose,
    template: r.template,
    recipient: r.channel === 'sms' && !unmasked ? (maskPhone(r.recipient) ?? '') : r.recipient,
    subject: r.subject,
    // A transactional SMS carries a sign-in code: only the system reads it back.
    body: r.purpose === 'transactional' && r.channel === 'sms' ? '••••••' : r.body,
    status: r.status,
    reason: r.reason,
    provider: r.provider,
    providerId: r.provider_id,
    providerReply: r.provider_reply,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    sourceType: r.source_type,
    sourceId: r.source_id,
    createdAt: r.created_at,
    sentAt: r.sent_at,
  };
}

/** The message log, newest first, with filters; cursor-paginated. */
export async function listMessages(ctx: Ctx, f: MessageFilter): Promise<Page<MessageView>> {
  requirePermission(ctx.actor, 'engagement.read');
  const limit = Math.min(f.limit ?? 50, 200);
  let q = ctx.db
    .selectFrom('messages as g')
    .leftJoin('members as m', (j) =>
      j.onRef('m.tenant_id', '=', 'g.tenant_id').onRef('m.id', '=', 'g.member_id'),
    )
    .selectAll('g')
    .select('m.name as member_name')
    .where('g.tenant_id', '=', ctx.tenantId);
  if (f.channel) q = q.where('g.channel', '=', f.channel);
  if (f.status) q = q.where('g.status', '=', f.status);
  if (f.memberId) q = q.where('g.member_id', '=', f.memberId);
  if (f.sourceType) q = q.where('g.source_type', '=', f.sourceType);
  if (f.sourceId) q = q.where('g.source_id', '=', f.sourceId);
  if (f.from) q = q.where('g.created_at', '>=', f.from);
  if (f.to) q = q.where('g.created_at', '<', f.to);
  if (f.cursor) {
    const c = decodeCursor<{ at: string; id: string }>(f.cursor);
    q = q.where((eb) =>
      eb.or([eb('g.created_at', '<', c.at), eb.and([eb('g.created_at', '=', c.at), eb('g.id', '<', c.id)])]),
    );
  }
  const rows = await q
    .orderBy('g.created_at', 'desc')
    .orderBy('g.id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => view(ctx, r));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor({ at: last.created_at, id: last.id }) : null };
}

export interface InboxItem {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** A member's inbox (the phone pages show it), newest first. */
export async function listInbox(
  ctx: Ctx,
  memberId: string,
  limit = 50,
): Promise<{ items: InboxItem[]; unread: number }> {
  const rows = await ctx.db
    .selectFrom('member_inbox')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  const unread = await ctx.db
    .selectFrom('member_inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
      read: r.read_at !== null,
    })),
    unread: Number(unread.n),
  };
}

export async function markInboxRead(ctx: Ctx, memberId: string, id: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('member_inbox')
    .select(['id', 'read_at'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('member_id', '=', memberId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('INBOX_MESSAGE_NOT_FOUND', 'No such inbox message', { id });
  if (row.read_at) return;
  await ctx.db
    .updateTable('member_inbox')
    .set({ read_at: ctx.now.toISOString() })
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .execute();
}

/** The last SMS the built-in test provider recorded for a phone (portal sign-in tests read codes). */
export async function lastTestSms(ctx: Ctx, phone: string): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('messages')
    .select('body')
    .where('tenant_id', '=', ctx.tenantId)
    .where('channel', '=', 'sms')
    .where('recipient', '=', phone)
    .where('provider', '=', 'test')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.body ?? null;
}
