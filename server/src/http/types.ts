import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import type { Permission } from '../modules/auth/permissions.ts';
import type { Ctx } from '../shared/context.ts';

/**
 * Every route says who may call it. `public` needs nothing; `signed-in` needs a staff session;
 * `{ permission }` needs that permission too; `member` needs a member portal session (and no
 * staff session will do). A route without `auth` is refused at start-up.
 */
export type RouteAuth = 'public' | 'signed-in' | 'member' | { permission: Permission };

export interface RouteEntry {
  method: string;
  url: string;
  auth: RouteAuth | undefined;
  schema: unknown;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Money-moving routes require an Idempotency-Key; creating routes accept one. */
    idempotency?: 'required' | 'optional';
  }
  interface FastifyRequest {
    staff?: { ctx: Ctx; sessionId: string };
    member?: { ctx: Ctx; sessionId: string; memberId: string };
    now: Date;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDeps {
  handle: DatabaseHandle;
  config: Config;
  /** Injected so tests can move time (session expiry, lock-outs). */
  clock?: () => Date;
  logger?: boolean | { level: string };
}
