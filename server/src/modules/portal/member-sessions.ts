import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { hashToken, parseSessionCookie } from '../auth/sessions.ts';
import { selectMember } from '../members/queries.ts';
import { memberActor } from './member-actor.ts';

/** The member portal's own cookie: a staff session (`md_sid`) never stands in for it. */
export const MEMBER_SESSION_COOKIE = 'md_msid';
/** A phone stays signed in while used at least monthly, and signs in again after 90 days. */
export const MEMBER_SESSION_IDLE_DAYS = 30;
export const MEMBER_SESSION_MAX_DAYS = 90;
const DAY_MS = 86_400_000;
// Sliding expiry is written at most once a minute per session, like staff sessions.
const TOUCH_EVERY_MS = 60_000;

export async function openMemberSession(
  db: Db,
  args: { tenantId: string; memberId: string; now: Date; ip: string; userAgent: string },
): Promise<{ cookie: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const at = args.now.toISOString();
  await db
    .insertInto('member_sessions')
    .values({
      tenant_id: args.tenantId,
      id,
      member_id: args.memberId,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(args.now.getTime() + MEMBER_SESSION_IDLE_DAYS * DAY_MS).toISOString(),
      ip: args.ip,
      user_agent: args.userAgent.slice(0, 300),
    })
    .execute();
  return { cookie: `${args.tenantId}.${token}`, sessionId: id };
}

export async function closeMemberSession(db: Db, tenantId: string, sessionId: string): Promise<void> {
  await db
    .deleteFrom('member_sessions')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', sessionId)
    .execute();
}

/**
 * Resolves the member cookie to a member context. Expired sessions (idle, or past the absolute
 * maximum) and sessions of members since erased are deleted and refused; nothing is cached.
 */
export async function authenticateMember(
  db: Db,
  cookie: string | undefined,
  req: Pick<Ctx, 'now' | 'log' | 'requestId' | 'ip'>,
): Promise<{ ctx: Ctx; sessionId: string; memberId: string }> {
  const parsed = parseSessionCookie(cookie);
  if (!parsed) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const id = hashToken(parsed.token);
  const session = await db
    .selectFrom('member_sessions')
    .selectAll()
    .where('tenant_id', '=', parsed.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const now = req.now.getTime();
  const absoluteEnd = new Date(session.created_at).getTime() + MEMBER_SESSION_MAX_DAYS * DAY_MS;
  if (new Date(session.expires_at).getTime() <= now || absoluteEnd <= now) {
    await closeMemberSession(db, parsed.tenantId, id);
    throw new AppError('SESSION_EXPIRED', 'Your session has expired; sign in again');
  }
  const member = await selectMember(db, parsed.tenantId, session.member_id);
  if (!member || member.status === 'erased') {
    await closeMemberSession(db, parsed.tenantId, id);
    throw new AppError('UNAUTHENTICATED', 'Sign in first');
  }
  if (now - new Date(session.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    await db
      .updateTable('member_sessions')
      .set({
        last_seen_at: req.now.toISOString(),
        expires_at: new Date(Math.min(now + MEMBER_SESSION_IDLE_DAYS * DAY_MS, absoluteEnd)).toISOString(),
      })
      .where('tenant_id', '=', parsed.tenantId)
      .where('id', '=', id)
      .execute();
  }
  const ctx: Ctx = {
    db,
    tenantId: parsed.tenantId,
    actor: memberActor(),
    now: req.now,
    log: req.log,
    requestId: req.requestId,
    ip: req.ip,
    memo: new Map(),
  };
  return { ctx, sessionId: id, memberId: member.id };
}
