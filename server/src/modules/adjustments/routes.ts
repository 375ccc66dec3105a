import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, IdSchema } from '../../shared/schemas.ts';
import { decideAdjustment, listAdjustments } from './decide-adjustment.ts';
import { requestAdjustment } from './request-adjustment.ts';
import {
  AdjustmentBody,
  AdjustmentSchema,
  DecisionBody,
  PointsAdjustmentBody,
  SessionsAdjustmentBody,
} from './schemas.ts';

export function adjustmentRoutes(app: App): void {
  app.post(
    '/members/:id/adjustments',
    {
      config: { auth: { permission: 'wallet.adjust' }, idempotency: 'required' },
      schema: {
        operationId: 'adjustStoredValue',
        tags: ['stored value'],
        summary:
          'Correct a member’s stored value with a reason; above the approval threshold it waits for a second person',
        params: IdParams,
        body: AdjustmentBody,
        response: { 201: AdjustmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        requestAdjustment(ctx, { ...request.body, account: 'stored_value', memberId: request.params.id }),
      ),
  );

  app.post(
    '/members/:id/points/adjustments',
    {
      config: { auth: { permission: 'points.adjust' }, idempotency: 'required' },
      schema: {
        operationId: 'adjustPoints',
        tags: ['points'],
        summary:
          'Correct a member’s points with a reason; above the approval threshold it waits for a second person',
        params: IdParams,
        body: PointsAdjustmentBody,
        response: { 201: AdjustmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        requestAdjustment(ctx, { ...request.body, account: 'points', memberId: request.params.id }),
      ),
  );

  app.post(
    '/members/:id/cards/:cardId/adjustments',
    {
      config: { auth: { permission: 'cards.adjust' }, idempotency: 'required' },
      schema: {
        operationId: 'adjustCardSessions',
        tags: ['cards'],
        summary:
          'Correct the sessions left on one item of a member’s counted card; above the approval threshold it waits',
        params: z.strictObject({ id: IdSchema, cardId: IdSchema }),
        body: SessionsAdjustmentBody,
        response: { 201: AdjustmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        requestAdjustment(ctx, {
          ...request.body,
          account: 'card_sessions',
          memberId: request.params.id,
          cardId: request.params.cardId,
        }),
      ),
  );

  app.get(
    '/adjustments',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listAdjustments',
        tags: ['adjustments'],
        summary: 'The approval queue and past adjustments',
        querystring: z.strictObject({
          status: z.enum(['pending', 'applied', 'rejected']).optional(),
          memberId: IdSchema.optional(),
        }),
        response: { 200: z.array(AdjustmentSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listAdjustments(staffCtx(request), request.query),
  );

  for (const approve of [true, false]) {
    app.post(
      `/adjustments/:id/${approve ? 'approve' : 'reject'}`,
      {
        config: { auth: { permission: 'wallet.approve' }, idempotency: approve ? 'required' : 'optional' },
        schema: {
          operationId: approve ? 'approveAdjustment' : 'rejectAdjustment',
          tags: ['stored value'],
          summary: approve
            ? 'Approve and apply a pending adjustment (not your own)'
            : 'Reject a pending adjustment',
          params: IdParams,
          body: DecisionBody,
          response: { 200: AdjustmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) =>
        runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
          decideAdjustment(ctx, request.params.id, { approve, note: request.body.note }),
        ),
    );
  }
}
