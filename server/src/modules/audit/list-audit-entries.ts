import type { Ctx } from '../../shared/context.ts';
import { decodeCursor, encodeCursor, type Page } from '../../shared/pagination.ts';
import { requirePermission } from '../auth/permissions.ts';
import { selectAuditEntries } from './queries.ts';

export interface AuditQuery {
  action?: string;
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  storeId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorUserId: string | null;
  actorName: string;
  storeId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
  ip: string;
}

/**
 * Store-bound users see their own stores' entries only: neither another store's nor tenant-wide
 * ones (settings, roles, owners' sign-ins), which are for tenant-wide roles.
 */
export async function listAuditEntries(ctx: Ctx, query: AuditQuery): Promise<Page<AuditEntry>> {
  requirePermission(ctx.actor, 'audit.read');
  const limit = Math.min(query.limit ?? 50, 200);
  const rows = await selectAuditEntries(ctx.db, {
    tenantId: ctx.tenantId,
    action: query.action,
    entity: query.entity,
    entityId: query.entityId,
    actorUserId: query.actorUserId,
    storeId: query.storeId,
    storeIds: ctx.actor.storeIds === 'all' ? undefined : ctx.actor.storeIds,
    from: query.from,
    to: query.to,
    before: query.cursor ? decodeCursor<{ at: string; id: string }>(query.cursor) : undefined,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map((r) => ({
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    storeId: r.store_id,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    requestId: r.request_id,
    ip: r.ip,
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}
