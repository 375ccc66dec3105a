import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { createExchangeItem, listExchangeItems, updateExchangeItem } from './exchange-items.ts';
import { exchangePoints, listMemberExchanges } from './exchange-points.ts';
import {
  CreateExchangeItemBody,
  ExchangeBody,
  ExchangeItemSchema,
  ExchangeRecordSchema,
  ExchangeResultSchema,
  UpdateExchangeItemBody,
} from './schemas.ts';

export function exchangeRoutes(app: App): void {
  app.get(
    '/exchange-items',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listExchangeItems',
        tags: ['points-exchange'],
        summary: 'The points-exchange catalogue (active, or all)',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(ExchangeItemSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listExchangeItems(staffCtx(request), { includeArchived: request.query.includeArchived === 'true' }),
  );

  app.post(
    '/exchange-items',
    {
      config: { auth: { permission: 'exchange.manage' } },
      schema: {
        operationId: 'createExchangeItem',
        tags: ['points-exchange'],
        summary: 'Offer a coupon, a gift product or a gift card for points (optional total stock)',
        body: CreateExchangeItemBody,
        response: { 201: ExchangeItemSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createExchangeItem(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/exchange-items/:id',
    {
      config: { auth: { permission: 'exchange.manage' } },
      schema: {
        operationId: 'updateExchangeItem',
        tags: ['points-exchange'],
        summary: 'Change an item’s name, points, stock or order, or archive it',
        params: IdParams,
        body: UpdateExchangeItemBody,
        response: { 200: ExchangeItemSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateExchangeItem(staffCtx(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/points-exchanges',
    {
      config: { auth: { permission: 'points.exchange' }, idempotency: 'required' },
      schema: {
        operationId: 'exchangePoints',
        tags: ['points-exchange'],
        summary:
          'Exchange a member’s points for a catalogue item — points, stock and the gift in one transaction',
        params: IdParams,
        body: ExchangeBody,
        response: { 201: ExchangeResultSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        exchangePoints(ctx, { ...request.body, memberId: request.params.id }),
      ),
  );

  app.get(
    '/members/:id/points-exchanges',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listMemberExchanges',
        tags: ['points-exchange'],
        summary: 'A member’s points exchanges, newest first',
        params: IdParams,
        response: { 200: z.array(ExchangeRecordSchema), ...errors(401, 403, 404) },
      },
    },
    async (request) => listMemberExchanges(staffCtx(request), request.params.id),
  );
}
