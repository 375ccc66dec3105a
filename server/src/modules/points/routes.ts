import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, IdSchema, TimestampSchema } from '../../shared/schemas.ts';
import { getPoints, listPointsEntries } from './get-points.ts';

const PointsSummarySchema = z.object({
  balance: z.number().int(),
  lots: z.array(
    z.object({
      id: IdSchema,
      earnedAt: TimestampSchema,
      expiresAt: TimestampSchema.nullable(),
      original: z.number().int(),
      remaining: z.number().int(),
    }),
  ),
  nextExpiry: z.object({ at: TimestampSchema, points: z.number().int() }).nullable(),
});

const PointsEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  storeId: IdSchema.nullable(),
  kind: z.string(),
  refType: z.string(),
  refId: z.string(),
  delta: z.number().int(),
  balanceAfter: z.number().int(),
  note: z.string(),
});

/** Points are earned, redeemed and reversed by checkout and refunds; these routes read them. */
export function pointsRoutes(app: App): void {
  app.get(
    '/members/:id/points',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'getPoints',
        tags: ['points'],
        summary: 'A member’s points: balance, lots and what expires next',
        params: IdParams,
        response: { 200: PointsSummarySchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getPoints(staffCtx(request), request.params.id),
  );

  app.get(
    '/members/:id/points/entries',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listPointsEntries',
        tags: ['points'],
        summary: 'A member’s points ledger, newest first',
        params: IdParams,
        querystring: z.strictObject({
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({ items: z.array(PointsEntrySchema), nextCursor: z.string().nullable() }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => listPointsEntries(staffCtx(request), request.params.id, request.query),
  );
}
