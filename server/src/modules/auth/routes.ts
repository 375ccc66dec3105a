import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { errors, OkSchema } from '../../shared/schemas.ts';
import { changePassword } from './change-password.ts';
import { getMe } from './get-me.ts';
import { PERMISSIONS } from './permissions.ts';
import { ChangePasswordBody, MeSchema, PermissionSchema, SignInBody } from './schemas.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { signIn } from './sign-in.ts';
import { signOut, signOutEverywhere } from './sign-out.ts';

export function authRoutes(app: App, deps: AppDeps & { clock: () => Date }): void {
  const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxDays: deps.config.sessionMaxDays };
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the session cookie',
        security: [],
        body: SignInBody,
        response: { 200: MeSchema, ...errors(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = await signIn(deps.handle.db, request.body, {
        now: request.now,
        ip: request.ip,
        requestId: String(request.id),
        userAgent: request.headers['user-agent'] ?? '',
        policy,
      });
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, maxAge: policy.maxDays * 86_400 });
      return getMe({
        db: deps.handle.db,
        tenantId: session.tenantId,
        actor: session.actor,
        now: request.now,
        log: request.log,
        requestId: String(request.id),
        ip: request.ip,
      });
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'signOut',
        tags: ['auth'],
        summary: 'End this session',
        response: { 200: OkSchema, ...errors(401) },
      },
    },
    async (request, reply) => {
      await signOut(staffCtx(request), request.staff!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/logout-everywhere',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'signOutEverywhere',
        tags: ['auth'],
        summary: 'End every session of the signed-in user on every device',
        response: { 200: z.object({ endedSessions: z.number().int() }), ...errors(401) },
      },
    },
    async (request, reply) => {
      const result = await signOutEverywhere(staffCtx(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return result;
    },
  );

  app.get(
    '/auth/me',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in user, their permissions and stores',
        response: { 200: MeSchema, ...errors(401) },
      },
    },
    async (request) => getMe(staffCtx(request)),
  );

  app.post(
    '/auth/password',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change my password; my other sessions end',
        body: ChangePasswordBody,
        response: { 200: OkSchema, ...errors(400, 401) },
      },
    },
    async (request) => {
      await changePassword(staffCtx(request), request.staff!.sessionId, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/permissions',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'listPermissions',
        tags: ['roles'],
        summary: 'Every permission a role can carry',
        response: { 200: z.array(PermissionSchema), ...errors(401) },
      },
    },
    async () => [...PERMISSIONS],
  );
}
