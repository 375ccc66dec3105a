import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/schema.ts';
import type { Permission } from '../modules/auth/permissions.ts';

/**
 * Who is acting: a signed-in staff user, the system itself (CLI, jobs, seeding), or a member on
 * the portal (only ever about themselves; see portal/member-actor.ts).
 */
export interface Actor {
  kind: 'user' | 'system' | 'member';
  userId: string | null;
  name: string;
  permissions: ReadonlySet<Permission>;
  /** The stores this actor may see and act in; 'all' for owners, finance and the system. */
  storeIds: readonly string[] | 'all';
}

/**
 * Everything a use case needs, passed in: the connection (or transaction), the tenant, the actor,
 * the clock (so expiry can be tested) and a logger. Domain code never reads globals.
 */
export interface Ctx {
  db: Db;
  tenantId: string;
  actor: Actor;
  now: Date;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error' | 'debug'>;
  requestId: string;
  ip: string;
  /**
   * Per-request memo of what many use cases re-read within one request (the tenant's settings);
   * shared by the request's transaction, dropped with the request.
   */
  memo?: Map<string, unknown>;
}

export const silentLog: Ctx['log'] = { info() {}, warn() {}, error() {}, debug() {} };

export function systemActor(name = 'system'): Actor {
  return { kind: 'system', userId: null, name, permissions: new Set(), storeIds: 'all' };
}

export function systemCtx(db: Db, tenantId: string, now = new Date(), name = 'system'): Ctx {
  return { db, tenantId, actor: systemActor(name), now, log: silentLog, requestId: name, ip: '' };
}

export function iso(date: Date): string {
  return date.toISOString();
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}
