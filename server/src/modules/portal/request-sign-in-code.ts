import { sql } from 'kysely';
import type { Db } from '../../db/schema.ts';
import { type Ctx, systemCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { activeLock, recordHit } from '../../shared/throttle.ts';
import { inTransaction } from '../../shared/transaction.ts';
import type { Channels } from '../engagement/channels.ts';
import { enqueueMessage } from '../engagement/enqueue-message.ts';
import { sendOne } from '../engagement/send-queued-messages.ts';
import { normalizePhone } from '../members/identity.ts';
import { selectMemberIdBy } from '../members/queries.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { resolveTenantForSignIn } from '../tenancy/resolve-tenant.ts';
import {
  CODE_TTL_MS,
  CODES_PER_PHONE,
  hashCode,
  ipBucket,
  newCode,
  newSalt,
  phoneBucket,
  REQUESTS_PER_IP,
  RESEND_AFTER_MS,
} from './sign-in-codes.ts';

export interface PortalEnv {
  now: Date;
  ip: string;
  requestId: string;
  userAgent: string;
  log: Ctx['log'];
}

export function retryAfter(until: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));
}

/**
 * Sends a one-time sign-in code by SMS. Every phone gets the same answer and the same code,
 * member or not (an unknown phone joins on sign-in), so the answer tells nobody who is a member.
 * The code replaces the phone's previous one, but not within 60 s of it; the phone and the
 * address are throttled in the database.
 */
export async function requestSignInCode(
  db: Db,
  channels: Channels,
  input: { tenant?: string; phone: string },
  env: PortalEnv,
): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
  const tenant = await resolveTenantForSignIn(db, input.tenant);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND', 'No such merchant');
  const tenantId = tenant.tenant_id;
  const phone = normalizePhone(input.phone);
  const buckets = [phoneBucket(phone), ipBucket(env.ip)];
  const locked = await activeLock(db, tenantId, buckets, env.now);
  if (locked)
    throw new AppError('RATE_LIMITED', 'Too many codes asked for; try again later', {
      retryAfterSeconds: retryAfter(locked, env.now),
    });
  await recordHit(db, tenantId, ipBucket(env.ip), REQUESTS_PER_IP, env.now);

  const code = newCode();
  const salt = newSalt();
  const at = env.now.toISOString();
  const ctx = {
    ...systemCtx(db, tenantId, env.now, 'portal'),
    requestId: env.requestId,
    ip: env.ip,
    log: env.log,
  };
  const messageId = await inTransaction(ctx, async (tx) => {
    const resendFrom = new Date(env.now.getTime() - RESEND_AFTER_MS).toISOString();
    const values = {
      id: uuidv7(env.now.getTime()),
      code_hash: hashCode(code, salt),
      salt,
      attempts: 0,
      created_at: at,
      expires_at: new Date(env.now.getTime() + CODE_TTL_MS).toISOString(),
      consumed_at: null,
      ip: env.ip,
    };
    // One statement decides "replace, or too soon": the update only lands on a code 60 s old.
    const written = await tx.db
      .insertInto('portal_codes')
      .values({ tenant_id: tenantId, phone, ...values })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'phone'])
          .doUpdateSet(values)
          .where(sql.ref('portal_codes.created_at'), '<=', resendFrom),
      )
      .returning('id')
      .executeTakeFirst();
    if (!written) {
      const current = await tx.db
        .selectFrom('portal_codes')
        .select('created_at')
        .where('tenant_id', '=', tenantId)
        .where('phone', '=', phone)
        .executeTakeFirstOrThrow();
      const until = new Date(new Date(current.created_at).getTime() + RESEND_AFTER_MS).toISOString();
      throw new AppError('OTP_TOO_SOON', 'A code was just sent; wait before asking again', {
        retryAfterSeconds: retryAfter(until, env.now),
      });
    }
    const { name } = await getTenantProfile(tx);
    const message = await enqueueMessage(tx, {
      memberId: await selectMemberIdBy(tx.db, tenantId, 'phone', phone),
      to: phone,
      channel: 'sms',
      purpose: 'transactional',
      template: 'portal_sign_in_code',
      body: `【${name}】您的登录验证码是 ${code}，5 分钟内有效。如非本人操作请忽略。`,
      sourceType: 'system',
    });
    return message.status === 'queued' ? message.id : null;
  });
  await recordHit(db, tenantId, phoneBucket(phone), CODES_PER_PHONE, env.now);
  // Sent now, not by the queue job: the member is waiting with the page open.
  if (messageId) {
    const outcome = await sendOne(db, tenantId, channels, messageId, env.now);
    if (outcome !== 'sent') ctx.log.warn({ outcome }, 'portal sign-in code not sent at once');
  }
  return { expiresInSeconds: CODE_TTL_MS / 1000, resendAfterSeconds: RESEND_AFTER_MS / 1000 };
}
