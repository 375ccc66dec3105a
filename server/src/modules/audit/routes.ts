import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { listAuditEntries } from './list-audit-entries.ts';

const AuditEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  actorUserId: IdSchema.nullable(),
  actorName: z.string(),
  storeId: IdSchema.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string(),
  ip: z.string(),
});

const AuditQuery = z.strictObject({
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorUserId: IdSchema.optional(),
  storeId: IdSchema.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

/** Read-only by design: the API has no route that edits or deletes an audit entry. */
export function auditRoutes(app: App): void {
  app.get(
    '/audit',
    {
      config: { auth: { permission: 'audit.read' } },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Audit log, newest first, filterable and cursor-paginated',
        querystring: AuditQuery,
        response: {
          200: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listAuditEntries(staffCtx(request), request.query),
  );
}
