import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/schema.ts';
import type { Actor } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { toActor } from './load-actor.ts';
import { deleteSession, insertSession, selectSession, touchSession } from './queries.ts';

export const SESSION_COOKIE = 'md_sid';

export interface SessionPolicy {
  idleMinutes: number;
  maxDays: number;
}

/** The cookie carries tenant id and a random token; the database keeps only the token's hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function parseSessionCookie(value: string | undefined): { tenantId: string; token: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const tenantId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (!/^[0-9a-f-]{36}$/.test(tenantId) || token.length < 32 || token.length > 64) return null;
  return { tenantId, token };
}

export async function openSession(
  db: Db,
  args: { tenantId: string; userId: string; now: Date; ip: string; userAgent: string; policy: SessionPolicy },
): Promise<{ cookie: string; sessionId: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(args.now.getTime() + args.policy.idleMinutes * 60_000).toISOString();
  await insertSession(db, {
    tenant_id: args.tenantId,
    id,
    user_id: args.userId,
    created_at: args.now.toISOString(),
    last_seen_at: args.now.toISOString(),
    expires_at: expiresAt,
    ip: args.ip,
    user_agent: args.userAgent.slice(0, 300),
  });
  return { cookie: `${args.tenantId}.${token}`, sessionId: id, expiresAt };
}

// Sliding expiry is written at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = 60_000;

/**
 * Resolves a session cookie to its actor in one query (session, user, roles, stores). Nothing is
 * cached, so a revoked session, a disabled user or a changed role holds from the next request.
 * Expired sessions (idle past the policy, or older than the absolute maximum) and sessions of
 * disabled users are deleted and refused.
 */
export async function authenticateSession(
  db: Db,
  cookie: string | undefined,
  now: Date,
  policy: SessionPolicy,
): Promise<{ tenantId: string; sessionId: string; actor: Actor }> {
  const parsed = parseSessionCookie(cookie);
  if (!parsed) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const id = hashToken(parsed.token);
  const session = await selectSession(db, parsed.tenantId, id);
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const absoluteEnd = new Date(session.created_at).getTime() + policy.maxDays * 86_400_000;
  if (new Date(session.expires_at).getTime() <= now.getTime() || absoluteEnd <= now.getTime()) {
    await deleteSession(db, parsed.tenantId, id);
    throw new AppError('SESSION_EXPIRED', 'Your session has expired; sign in again');
  }
  if (session.status !== 'active') {
    await deleteSession(db, parsed.tenantId, id);
    throw new AppError('USER_DISABLED', 'This account is disabled');
  }
  if (now.getTime() - new Date(session.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    const expiresAt = new Date(
      Math.min(now.getTime() + policy.idleMinutes * 60_000, absoluteEnd),
    ).toISOString();
    await touchSession(db, parsed.tenantId, id, now.toISOString(), expiresAt);
  }
  const actor = toActor(
    {
      id: session.user_id,
      username: session.username,
      display_name: session.display_name,
      all_stores: session.all_stores,
    },
    session.roles,
    session.stores,
  );
  return { tenantId: parsed.tenantId, sessionId: id, actor };
}
