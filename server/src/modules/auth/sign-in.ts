import type { Db } from '../../db/schema.ts';
import { silentLog } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { activeLock, clearBucket, recordHit, type ThrottleRule } from '../../shared/throttle.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { resolveTenantForSignIn } from '../tenancy/resolve-tenant.ts';
import { loadActor } from './load-actor.ts';
import { verifyPassword } from './passwords.ts';
import { selectUserByUsername } from './queries.ts';
import { openSession, type SessionPolicy } from './sessions.ts';

/** 5 wrong passwords for one username, or 20 from one address, within 15 minutes lock for 15. */
export const LOGIN_PER_USER: ThrottleRule = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const LOGIN_PER_IP: ThrottleRule = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface SignInInput {
  tenant?: string;
  username: string;
  password: string;
}

export interface SignInEnv {
  now: Date;
  ip: string;
  requestId: string;
  userAgent: string;
  policy: SessionPolicy;
}

/**
 * Checks the password and opens a session. Every failure answers the same INVALID_CREDENTIALS so
 * the response does not tell which usernames exist.
 */
export async function signIn(db: Db, input: SignInInput, env: SignInEnv) {
  const tenant = await resolveTenantForSignIn(db, input.tenant);
  if (!tenant) {
    await verifyPassword(null, input.password);
    throw new AppError('INVALID_CREDENTIALS', 'Wrong tenant, username or password');
  }
  const tenantId = tenant.tenant_id;
  const username = input.username.trim().toLowerCase();
  const userBucket = `login:user:${username}`;
  const ipBucket = `login:ip:${env.ip}`;
  const lockedUntil = await activeLock(db, tenantId, [userBucket, ipBucket], env.now);
  if (lockedUntil) {
    const retryAfterSeconds = Math.ceil((new Date(lockedUntil).getTime() - env.now.getTime()) / 1000);
    throw new AppError('LOGIN_LOCKED', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
  }
  const user = await selectUserByUsername(db, tenantId, username);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!ok || !user) {
    const [perUser] = await Promise.all([
      recordHit(db, tenantId, userBucket, LOGIN_PER_USER, env.now),
      recordHit(db, tenantId, ipBucket, LOGIN_PER_IP, env.now),
    ]);
    throw new AppError('INVALID_CREDENTIALS', 'Wrong tenant, username or password', {
      attemptsLeft: Math.max(0, LOGIN_PER_USER.limit - perUser.hits),
    });
  }
  if (user.status !== 'active') throw new AppError('USER_DISABLED', 'This account is disabled');
  await clearBucket(db, tenantId, userBucket);
  const session = await openSession(db, {
    tenantId,
    userId: user.id,
    now: env.now,
    ip: env.ip,
    userAgent: env.userAgent,
    policy: env.policy,
  });
  const actor = await loadActor(db, tenantId, user);
  await recordAudit(
    { db, tenantId, actor, now: env.now, log: silentLog, requestId: env.requestId, ip: env.ip },
    {
      action: 'user.sign_in',
      entity: 'user',
      entityId: user.id,
      // A store-bound user's sign-in belongs to their (first) store, so their manager sees it.
      storeId: actor.storeIds === 'all' ? null : (actor.storeIds[0] ?? null),
      after: { userAgent: env.userAgent.slice(0, 200) },
    },
  );
  return { ...session, tenantId, actor };
}
