import type { Ctx } from '../../shared/context.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { insertAuditEntry } from './queries.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string;
  storeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit log even when they are part of a changed row. */
const SECRET_FIELDS = new Set(['password_hash', 'password', 'passwordHash', 'token']);

function redact(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_FIELDS.has(key) ? '[redacted]' : v));
}

/** Call inside the use case's transaction so the entry commits (or rolls back) with the change. */
export async function recordAudit(ctx: Ctx, event: AuditEvent): Promise<void> {
  await insertAuditEntry(ctx.db, {
    tenant_id: ctx.tenantId,
    id: uuidv7(ctx.now.getTime()),
    at: ctx.now.toISOString(),
    actor_user_id: ctx.actor.userId,
    actor_name: ctx.actor.name,
    store_id: event.storeId ?? null,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    before: redact(event.before),
    after: redact(event.after),
    request_id: ctx.requestId,
    ip: ctx.ip,
  });
}
