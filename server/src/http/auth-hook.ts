import type { FastifyRequest } from 'fastify';
import type { DatabaseHandle } from '../db/connection.ts';
import { hasPermission } from '../modules/auth/permissions.ts';
import { authenticateSession, SESSION_COOKIE, type SessionPolicy } from '../modules/auth/sessions.ts';
import { authenticateMember, MEMBER_SESSION_COOKIE } from '../modules/portal/member-sessions.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';

/**
 * Runs before every route: resolves the session (if the route is not public), checks the route's
 * permission, and builds the use-case context. A route that declares no `auth` is refused, so a
 * forgotten rule fails closed (and fails the route-table test).
 */
export async function authenticate(request: FastifyRequest, handle: DatabaseHandle, policy: SessionPolicy) {
  const auth = request.routeOptions.config?.auth;
  if (auth === undefined) {
    if (!request.routeOptions.url) return; // 404s fall through to the not-found handler
    throw new AppError('FORBIDDEN', 'This route has no access rule');
  }
  if (auth === 'public') return;
  // Member routes read only the member cookie, staff routes only the staff one: neither session
  // ever passes the other's routes.
  if (auth === 'member') {
    request.member = await authenticateMember(handle.db, request.cookies[MEMBER_SESSION_COOKIE], {
      now: request.now,
      log: request.log,
      requestId: String(request.id),
      ip: request.ip,
    });
    return;
  }
  const { tenantId, sessionId, actor } = await authenticateSession(
    handle.db,
    request.cookies[SESSION_COOKIE],
    request.now,
    policy,
  );
  if (typeof auth === 'object' && !hasPermission(actor, auth.permission)) {
    throw new AppError('FORBIDDEN', `Missing permission ${auth.permission}`, { permission: auth.permission });
  }
  const ctx: Ctx = {
    db: handle.db,
    tenantId,
    actor,
    now: request.now,
    log: request.log,
    requestId: String(request.id),
    ip: request.ip,
    memo: new Map(),
  };
  request.staff = { ctx, sessionId };
}

export function staffCtx(request: FastifyRequest): Ctx {
  if (!request.staff) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return request.staff.ctx;
}

export function memberCtx(request: FastifyRequest): { ctx: Ctx; memberId: string; sessionId: string } {
  if (!request.member) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return request.member;
}
