import type { Insertable } from 'kysely';
import type { AuditLogTable, Db } from '../../db/schema.ts';

export async function insertAuditEntry(db: Db, row: Insertable<AuditLogTable>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditFilter {
  tenantId: string;
  action?: string;
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  /** Restrict to entries of these stores; undefined = the whole tenant, tenant-wide entries included. */
  storeIds?: readonly string[];
  storeId?: string;
  from?: string;
  to?: string;
  /** Keyset cursor: entries strictly older than (at, id). */
  before?: { at: string; id: string };
  limit: number;
}

/** Newest first, keyset-paginated on (at, id) so deep pages cost the same as the first. */
export async function selectAuditEntries(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', f.tenantId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorUserId) q = q.where('actor_user_id', '=', f.actorUserId);
  if (f.storeId) q = q.where('store_id', '=', f.storeId);
  if (f.storeIds) {
    if (f.storeIds.length === 0) return [];
    q = q.where('store_id', 'in', f.storeIds);
  }
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  if (f.before) {
    const { at, id } = f.before;
    q = q.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
}
