import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { createCardProduct, listCardProducts, setCardProductStatus } from './card-products.ts';
import { issueCard } from './issue-card.ts';
import { listMemberCards, pauseCard, refundCard } from './manage-card.ts';
import {
  CardProductSchema,
  ConsumeBody,
  CreateCardProductBody,
  IssueCardBody,
  MemberCardSchema,
  RefundCardBody,
} from './schemas.ts';
import { consumeSession } from './use-card.ts';

export function cardRoutes(app: App): void {
  app.get(
    '/card-products',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listCardProducts',
        tags: ['cards'],
        summary: 'Counted and time card products',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(CardProductSchema), ...errors(401, 403) },
      },
    },
    async (request) => listCardProducts(staffCtx(request), request.query.includeArchived === 'true'),
  );

  app.post(
    '/card-products',
    {
      config: { auth: { permission: 'cards.products.manage' } },
      schema: {
        operationId: 'createCardProduct',
        tags: ['cards'],
        summary: 'Create a card product (items with sessions, or unlimited for a period)',
        body: CreateCardProductBody,
        response: { 201: CardProductSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCardProduct(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/card-products/:id',
    {
      config: { auth: { permission: 'cards.products.manage' } },
      schema: {
        operationId: 'updateCardProduct',
        tags: ['cards'],
        summary: 'Archive or reactivate a card product',
        params: IdParams,
        body: z.strictObject({ status: z.enum(['active', 'archived']) }),
        response: { 200: CardProductSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => setCardProductStatus(staffCtx(request), request.params.id, request.body.status),
  );

  app.get(
    '/members/:id/cards',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listMemberCards',
        tags: ['cards'],
        summary: 'A member’s cards with sessions left and expiry',
        params: IdParams,
        response: { 200: z.array(MemberCardSchema), ...errors(401, 403, 404) },
      },
    },
    async (request) => listMemberCards(staffCtx(request), request.params.id),
  );

  app.post(
    '/members/:id/cards',
    {
      config: { auth: { permission: 'cards.issue' }, idempotency: 'required' },
      schema: {
        operationId: 'issueCard',
        tags: ['cards'],
        summary: 'Sell a card to a member with its payment recorded (Idempotency-Key required)',
        params: IdParams,
        body: IssueCardBody,
        response: { 201: MemberCardSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        issueCard(ctx, { ...request.body, memberId: request.params.id }),
      ),
  );

  app.post(
    '/cards/:id/consume',
    {
      config: { auth: { permission: 'cards.consume' }, idempotency: 'required' },
      schema: {
        operationId: 'consumeCardSession',
        tags: ['cards'],
        summary: 'Use one session of an item (Idempotency-Key required)',
        params: IdParams,
        body: ConsumeBody,
        response: {
          200: z.object({ sessionsLeft: z.number().int().nullable(), useId: z.string() }),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, async (ctx) => {
        const useId = uuidv7(ctx.now.getTime());
        const result = await consumeSession(ctx, {
          cardId: request.params.id,
          itemCode: request.body.itemCode,
          storeId: request.body.storeId,
          refType: 'card_use',
          refId: useId,
        });
        return { ...result, useId };
      }),
  );

  for (const pause of [true, false]) {
    app.post(
      `/cards/:id/${pause ? 'pause' : 'resume'}`,
      {
        config: { auth: { permission: 'members.manage' } },
        schema: {
          operationId: pause ? 'pauseCard' : 'resumeCard',
          tags: ['cards'],
          summary: pause
            ? 'Pause a time card'
            : 'Resume a paused time card; its end date moves out by the pause',
          params: IdParams,
          response: { 200: MemberCardSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => pauseCard(staffCtx(request), request.params.id, pause),
    );
  }

  app.post(
    '/cards/:id/refund',
    {
      config: { auth: { permission: 'cards.refund' }, idempotency: 'required' },
      schema: {
        operationId: 'refundCard',
        tags: ['cards'],
        summary: 'Refund what is left of a card, pro rata (Idempotency-Key required)',
        params: IdParams,
        body: RefundCardBody,
        response: {
          200: MemberCardSchema.extend({ refundCents: z.number().int() }),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
        refundCard(ctx, request.params.id, request.body),
      ),
  );
}
