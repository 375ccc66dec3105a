import type { Db } from '../../db/schema.ts';
import { systemCtx } from '../../shared/context.ts';
import { getTenantProfile, type TenantProfile } from '../tenancy/get-settings.ts';
import type { Channels, EmailExtras, SendResult } from './channels.ts';
import { unsubscribeToken } from './opt-out.ts';
import { quietUntil } from './policy.ts';

const BATCH = 100;
const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 5;

/** 1, 2, 4, 8 … minutes after each failed attempt. */
export function backoffMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

export interface SendSummary {
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
}

/**
 * Sends one tenant's due messages. Each message is claimed by a guarded update (status still
 * queued and no live lease) before the provider is called, so two nodes never send it twice;
 * a node that dies mid-send leaves a lease that lapses, and the message is tried again.
 */
export async function sendQueuedMessages(
  db: Db,
  tenantId: string,
  channels: Channels,
  now: Date,
): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, failed: 0, retrying: 0, skipped: 0 };
  const at = now.toISOString();
  const due = await db
    .selectFrom('messages')
    .select(['id'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .orderBy('next_attempt_at')
    .limit(BATCH)
    .execute();
  if (!due.length) return summary;
  const profile = await getTenantProfile(systemCtx(db, tenantId, now, 'messages'));
  for (const { id } of due) {
    const outcome = await sendOne(db, tenantId, channels, id, now, profile);
    if (outcome !== 'busy' && outcome !== 'deferred') summary[outcome]++;
  }
  return summary;
}

export type SendOutcome = 'sent' | 'failed' | 'retrying' | 'skipped' | 'deferred' | 'busy';

/**
 * Claims and sends one queued message now ('busy' when another node holds it or it is no longer
 * queued). The member portal sends its one-time codes this way instead of waiting for the job.
 */
export async function sendOne(
  db: Db,
  tenantId: string,
  channels: Channels,
  id: string,
  now: Date,
  profile?: TenantProfile,
): Promise<SendOutcome> {
  const at = now.toISOString();
  const claimed = await db
    .updateTable('messages')
    .set((eb) => ({
      lease_until: new Date(now.getTime() + LEASE_MS).toISOString(),
      attempts: eb('attempts', '+', 1),
      updated_at: at,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', at)]))
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return 'busy';
  const release = (values: Record<string, unknown>) =>
    db
      .updateTable('messages')
      .set({ lease_until: null, updated_at: at, ...values })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  // A retry that falls into quiet hours waits for morning like a first attempt.
  let quiet: Date | null = null;
  if (claimed.purpose === 'marketing' && claimed.channel === 'sms') {
    const p = profile ?? (await getTenantProfile(systemCtx(db, tenantId, now, 'messages')));
    quiet = quietUntil(now, p.timezone, p.settings);
  }
  if (quiet) {
    await release({
      next_attempt_at: quiet.toISOString(),
      reason: 'quiet_hours',
      attempts: claimed.attempts - 1,
    });
    return 'deferred';
  }
  // The member may have opted out while this waited (quiet hours, a retry): marketing stops now.
  if (claimed.purpose === 'marketing' && claimed.member_id) {
    const member = await db
      .selectFrom('members')
      .select(['sms_consent', 'email_consent'])
      .where('tenant_id', '=', tenantId)
      .where('id', '=', claimed.member_id)
      .executeTakeFirst();
    const consent = claimed.channel === 'sms' ? member?.sms_consent : member?.email_consent;
    if (claimed.channel !== 'inbox' && consent !== 1) {
      await release({ status: 'skipped', reason: 'no_consent', attempts: claimed.attempts - 1 });
      return 'skipped';
    }
  }
  const provider =
    claimed.channel === 'sms' ? channels.sms : claimed.channel === 'email' ? channels.email : null;
  if (!provider) {
    await release({ status: 'skipped', reason: 'channel_not_configured' });
    return 'skipped';
  }
  const extras: EmailExtras = {};
  if (
    claimed.channel === 'email' &&
    claimed.purpose === 'marketing' &&
    claimed.member_id &&
    channels.publicUrl
  ) {
    const token = await unsubscribeToken(db, tenantId, claimed.member_id, 'email', now);
    extras.unsubscribeUrl = `${channels.publicUrl}/api/v1/unsubscribe/${token}`;
  }
  let result: SendResult;
  try {
    result =
      claimed.channel === 'email'
        ? await channels.email!.send(claimed.recipient, claimed.subject, claimed.body, extras)
        : await channels.sms!.send(claimed.recipient, claimed.body);
  } catch (err) {
    result = { ok: false, providerId: null, reply: err instanceof Error ? err.message : String(err) };
  }
  const common = {
    provider: provider.name,
    provider_id: result.providerId,
    provider_reply: result.reply.slice(0, 2000),
  };
  if (result.ok) {
    await release({ ...common, status: 'sent', reason: null, sent_at: at });
    return 'sent';
  } else if (claimed.attempts >= MAX_ATTEMPTS) {
    await release({ ...common, status: 'failed', reason: 'provider_error' });
    return 'failed';
  } else {
    await release({
      ...common,
      reason: 'retrying',
      next_attempt_at: new Date(now.getTime() + backoffMs(claimed.attempts)).toISOString(),
    });
    return 'retrying';
  }
}
