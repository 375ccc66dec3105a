import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/schema.ts';
import { type Ctx, systemCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { isUuid } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { normalizePhone } from '../members/identity.ts';
import { type ConsentChannel, withdrawMarketingConsent } from '../members/withdraw-consent.ts';

const PURPOSE = 'unsubscribe';

/** The tenant's link-signing secret, made on first use (a racing node's insert wins, both read it). */
async function unsubscribeSecret(db: Db, tenantId: string, now: Date): Promise<string> {
  const read = () =>
    db
      .selectFrom('engagement_keys')
      .select('secret')
      .where('tenant_id', '=', tenantId)
      .where('purpose', '=', PURPOSE)
      .executeTakeFirst();
  const found = await read();
  if (found) return found.secret;
  await db
    .insertInto('engagement_keys')
    .values({
      tenant_id: tenantId,
      purpose: PURPOSE,
      secret: randomBytes(32).toString('base64url'),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'purpose']).doNothing())
    .execute();
  return (await read())!.secret;
}

function signature(secret: string, tenantId: string, memberId: string, channel: ConsentChannel): string {
  return createHmac('sha256', secret)
    .update(`${PURPOSE}:${tenantId}:${memberId}:${channel}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

const CHANNEL_CODE: Record<ConsentChannel, string> = { sms: 's', email: 'e' };
const compact = (uuid: string) => uuid.replaceAll('-', '');
const expand = (hex: string) =>
  /^[0-9a-f]{32}$/.test(hex)
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : '';

/**
 * A link token that speaks for one member and one channel, with no sign-in: tenant, member (hex
 * without dashes, so the token fits a URL path segment) and channel in the clear, then an HMAC under
 * the tenant's secret. It does not expire: an old e-mail's link must still work.
 */
export async function unsubscribeToken(
  db: Db,
  tenantId: string,
  memberId: string,
  channel: ConsentChannel,
  now: Date,
): Promise<string> {
  const secret = await unsubscribeSecret(db, tenantId, now);
  const sig = signature(secret, tenantId, memberId, channel);
  return `${compact(tenantId)}.${compact(memberId)}.${CHANNEL_CODE[channel]}.${sig}`;
}

export interface UnsubscribeTarget {
  tenantId: string;
  tenantName: string;
  memberId: string;
  channel: ConsentChannel;
  /** Consent is already off (clicked before, or never given). */
  optedOut: boolean;
}

const invalid = () => new AppError('UNSUBSCRIBE_LINK_INVALID', 'This unsubscribe link is not valid');

/** Checks a token and says whom it unsubscribes from what; UNSUBSCRIBE_LINK_INVALID otherwise. */
export async function readUnsubscribeToken(db: Db, token: string): Promise<UnsubscribeTarget> {
  const [t, m, code, sig, ...rest] = token.split('.');
  const tenantId = expand(t ?? '');
  const memberId = expand(m ?? '');
  const channel = code === 's' ? 'sms' : code === 'e' ? 'email' : null;
  if (rest.length || !sig || !channel || !isUuid(tenantId) || !isUuid(memberId)) throw invalid();
  const key = await db
    .selectFrom('engagement_keys')
    .select('secret')
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', PURPOSE)
    .executeTakeFirst();
  if (!key) throw invalid();
  const expected = Buffer.from(signature(key.secret, tenantId, memberId, channel));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const row = await db
    .selectFrom('members as m')
    .innerJoin('tenants as t', 't.tenant_id', 'm.tenant_id')
    .select(['t.name as tenant', 'm.sms_consent', 'm.email_consent'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  if (!row) throw invalid();
  const consent = channel === 'sms' ? row.sms_consent : row.email_consent;
  return { tenantId, tenantName: row.tenant, memberId, channel, optedOut: consent !== 1 };
}

/** The member confirmed (or their mail client's one-click POST arrived): consent off, audited. */
export async function unsubscribeByToken(
  db: Db,
  token: string,
  now: Date,
  request: { requestId: string; ip: string },
): Promise<UnsubscribeTarget & { changed: boolean }> {
  const target = await readUnsubscribeToken(db, token);
  const ctx: Ctx = { ...systemCtx(db, target.tenantId, now, 'unsubscribe link'), ...request };
  const changed = await inTransaction(ctx, (tx) =>
    withdrawMarketingConsent(tx, target.memberId, target.channel, 'unsubscribe_link'),
  );
  return { ...target, optedOut: true, changed };
}

/** Replies that mean "stop": the usual Chinese keywords and the English ones, any case or width. */
const STOP_WORDS = new Set(['T', 'TD', '退订', '退定', 'STOP', 'UNSUBSCRIBE']);

export function isStopReply(text: string): boolean {
  const word = text
    .normalize('NFKC')
    .replace(/[\s\p{P}]/gu, '')
    .toUpperCase();
  return STOP_WORDS.has(word);
}

export interface InboundSmsOutcome {
  stop: boolean;
  /** The members (of this tenant, with that number) whose SMS consent went off just now. */
  optedOut: number;
}

/** An SMS a member sent back (the provider's inbound webhook): a stop word opts the number out. */
export async function handleInboundSms(
  db: Db,
  tenantId: string,
  reply: { phone: string; text: string },
  now: Date,
  request: { requestId: string; ip: string },
): Promise<InboundSmsOutcome> {
  if (!isStopReply(reply.text)) return { stop: false, optedOut: 0 };
  let phone: string;
  try {
    phone = normalizePhone(reply.phone);
  } catch {
    return { stop: true, optedOut: 0 };
  }
  const ctx: Ctx = { ...systemCtx(db, tenantId, now, 'sms reply'), ...request };
  const members = await db
    .selectFrom('members')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('phone', '=', phone)
    .execute();
  let optedOut = 0;
  for (const m of members)
    if (await inTransaction(ctx, (tx) => withdrawMarketingConsent(tx, m.id, 'sms', 'sms_reply'))) optedOut++;
  return { stop: true, optedOut };
}

/** Marketing SMS end with the tenant's opt-out hint (once, even if the text already has it). */
export function withOptOutHint(text: string, hint: string): string {
  return text.includes(hint) ? text : `${text} ${hint}`;
}
