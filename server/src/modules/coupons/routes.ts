import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { issueToMember } from './issue-coupons.ts';
import { listMemberCoupons } from './member-coupons.ts';
import {
  CouponSchema,
  CouponTemplateSchema,
  CreateCouponTemplateBody,
  IssueCouponsBody,
  UpdateCouponTemplateBody,
} from './schemas.ts';
import { createCouponTemplate, listCouponTemplates, updateCouponTemplate } from './templates.ts';

export function couponRoutes(app: App): void {
  app.get(
    '/coupon-templates',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listCouponTemplates',
        tags: ['coupons'],
        summary: 'Coupon templates (active, or all)',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(CouponTemplateSchema), ...errors(401, 403) },
      },
    },
    async (request) =>
      listCouponTemplates(staffCtx(request), { includeArchived: request.query.includeArchived === 'true' }),
  );

  app.post(
    '/coupon-templates',
    {
      config: { auth: { permission: 'coupons.manage' } },
      schema: {
        operationId: 'createCouponTemplate',
        tags: ['coupons'],
        summary: 'Create a coupon template (fixed, percent with cap, 满减; scope, stores, validity, limits)',
        body: CreateCouponTemplateBody,
        response: { 201: CouponTemplateSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCouponTemplate(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/coupon-templates/:id',
    {
      config: { auth: { permission: 'coupons.manage' } },
      schema: {
        operationId: 'updateCouponTemplate',
        tags: ['coupons'],
        summary: 'Edit a coupon template’s terms, or archive it (issued coupons keep their validity)',
        params: IdParams,
        body: UpdateCouponTemplateBody,
        response: { 200: CouponTemplateSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateCouponTemplate(staffCtx(request), request.params.id, request.body),
  );

  app.get(
    '/members/:id/coupons',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listMemberCoupons',
        tags: ['coupons'],
        summary: 'A member’s coupons: usable first, then used, expired and voided',
        params: IdParams,
        querystring: z.strictObject({ usable: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(CouponSchema), ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      listMemberCoupons(staffCtx(request), request.params.id, {
        usableOnly: request.query.usable === 'true',
      }),
  );

  app.post(
    '/members/:id/coupons',
    {
      config: { auth: { permission: 'coupons.manage' } },
      schema: {
        operationId: 'issueCoupons',
        tags: ['coupons'],
        summary: 'Give a member coupons of a template (stock and per-member limit enforced)',
        params: IdParams,
        body: IssueCouponsBody,
        response: { 201: z.array(CouponSchema), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const coupons = await issueToMember(staffCtx(request), {
        ...request.body,
        memberId: request.params.id,
      });
      reply.status(201);
      return coupons;
    },
  );
}
