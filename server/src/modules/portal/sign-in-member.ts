import type { Db } from '../../db/schema.ts';
import { systemCtx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { activeLock, recordHit } from '../../shared/throttle.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createMember } from '../members/create-member.ts';
import { normalizePhone } from '../members/identity.ts';
import { selectMemberIdBy } from '../members/queries.ts';
import { selectStoreByCode } from '../tenancy/queries.ts';
import { resolveTenantForSignIn } from '../tenancy/resolve-tenant.ts';
import { memberActor } from './member-actor.ts';
import { openMemberSession } from './member-sessions.ts';
import { type PortalEnv, retryAfter } from './request-sign-in-code.ts';
import { codeMatches, ipBucket, MAX_WRONG_ATTEMPTS, REQUESTS_PER_IP } from './sign-in-codes.ts';

export interface SignInMemberInput {
  tenant?: string;
  phone: string;
  code: string;
  /** Joining only: the store of the QR code the member scanned becomes their home store. */
  storeCode?: string;
  name?: string;
  smsConsent?: boolean;
  emailConsent?: boolean;
}

/**
 * Checks the code and opens a member session; a phone that is not yet a member joins (with the
 * consent choices given). The code is consumed by a guarded update inside the transaction, so of
 * two concurrent sign-ins with one code exactly one succeeds.
 */
export async function signInMember(db: Db, input: SignInMemberInput, env: PortalEnv) {
  const tenant = await resolveTenantForSignIn(db, input.tenant);
  if (!tenant) throw new AppError('TENANT_NOT_FOUND', 'No such merchant');
  const tenantId = tenant.tenant_id;
  const phone = normalizePhone(input.phone);
  const locked = await activeLock(db, tenantId, [ipBucket(env.ip)], env.now);
  if (locked)
    throw new AppError('RATE_LIMITED', 'Too many tries; try again later', {
      retryAfterSeconds: retryAfter(locked, env.now),
    });
  const store = input.storeCode ? await selectStoreByCode(db, tenantId, input.storeCode.trim()) : null;
  if (input.storeCode && !store) throw new AppError('STORE_NOT_FOUND', 'No such store');

  const at = env.now.toISOString();
  const row = await db
    .selectFrom('portal_codes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('phone', '=', phone)
    .executeTakeFirst();
  const expired = () => new AppError('OTP_EXPIRED', 'This code is no longer valid; ask for a new one');
  if (!row || row.consumed_at !== null || row.expires_at <= at || row.attempts >= MAX_WRONG_ATTEMPTS)
    throw expired();
  if (!codeMatches(input.code, row.salt, row.code_hash)) {
    const counted = await db
      .updateTable('portal_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('tenant_id', '=', tenantId)
      .where('phone', '=', phone)
      .where('id', '=', row.id)
      .returning('attempts')
      .executeTakeFirst();
    await recordHit(db, tenantId, ipBucket(env.ip), REQUESTS_PER_IP, env.now);
    throw new AppError('OTP_INVALID', 'That code is not right', {
      attemptsLeft: Math.max(0, MAX_WRONG_ATTEMPTS - (counted?.attempts ?? MAX_WRONG_ATTEMPTS)),
    });
  }

  const ctx = {
    ...systemCtx(db, tenantId, env.now, 'portal'),
    actor: memberActor(['members.manage']),
    requestId: env.requestId,
    ip: env.ip,
    log: env.log,
  };
  const result = await inTransaction(ctx, async (tx) => {
    // Single use: of two requests carrying this code only one update lands.
    const consumed = await tx.db
      .updateTable('portal_codes')
      .set({ consumed_at: at })
      .where('tenant_id', '=', tenantId)
      .where('phone', '=', phone)
      .where('id', '=', row.id)
      .where('consumed_at', 'is', null)
      .where('attempts', '<', MAX_WRONG_ATTEMPTS)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    if (Number(consumed.numUpdatedRows) !== 1) throw expired();
    let memberId = await selectMemberIdBy(tx.db, tenantId, 'phone', phone);
    const joined = memberId === null;
    if (!memberId) {
      const member = await createMember(tx, {
        name: input.name?.trim() || `会员${phone.slice(-4)}`,
        phone,
        homeStoreId: store?.id ?? null,
        smsConsent: input.smsConsent ?? false,
        emailConsent: input.emailConsent ?? false,
      });
      memberId = member.id;
    }
    const session = await openMemberSession(tx.db, {
      tenantId,
      memberId,
      now: env.now,
      ip: env.ip,
      userAgent: env.userAgent,
    });
    await recordAudit(tx, {
      action: 'member.portal_sign_in',
      entity: 'member',
      entityId: memberId,
      storeId: joined ? (store?.id ?? null) : null,
      after: { joined, userAgent: env.userAgent.slice(0, 200) },
    });
    return { ...session, memberId, joined, tenantId };
  });
  return result;
}
