import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { createPromotion, listPromotions, updatePromotion } from './promotions.ts';
import { PromotionBody, PromotionSchema, UpdatePromotionBody } from './schemas.ts';

export function promotionRoutes(app: App): void {
  app.get(
    '/promotions',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'listPromotions',
        tags: ['promotions'],
        summary: 'Promotions: member day, special price, order 满减 tiers, buy X get Y',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(PromotionSchema), ...errors(401, 403) },
      },
    },
    async (request) =>
      listPromotions(staffCtx(request), { includeArchived: request.query.includeArchived === 'true' }),
  );

  app.post(
    '/promotions',
    {
      config: { auth: { permission: 'promotions.manage' } },
      schema: {
        operationId: 'createPromotion',
        tags: ['promotions'],
        summary: 'Create a promotion with its date window and stores',
        body: PromotionBody,
        response: { 201: PromotionSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createPromotion(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/promotions/:id',
    {
      config: { auth: { permission: 'promotions.manage' } },
      schema: {
        operationId: 'updatePromotion',
        tags: ['promotions'],
        summary: 'Change a promotion’s terms (same kind), or archive / reactivate it',
        params: IdParams,
        body: UpdatePromotionBody,
        response: { 200: PromotionSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updatePromotion(staffCtx(request), request.params.id, {
        input: request.body.promotion,
        status: request.body.status,
      }),
  );
}
