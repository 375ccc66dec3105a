import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { getStoredValue, listRecharges, listStoredValueEntries } from './get-wallet.ts';
import { createRechargePlan, listRechargePlans, updateRechargePlan } from './recharge-plans.ts';
import { recordRecharge } from './record-recharge.ts';
import { refundRecharge } from './refund-recharge.ts';
import {
  BalancesSchema,
  CreateRechargePlanBody,
  RechargeBody,
  RechargePlanSchema,
  RechargeSchema,
  RefundRechargeBody,
  StoredValueEntrySchema,
  StoredValueSchema,
  UpdateRechargePlanBody,
} from './schemas.ts';

export function walletRoutes(app: App): void {
  app.get(
    '/recharge-plans',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listRechargePlans',
        tags: ['stored value'],
        summary: 'Recharge plans (pay X, get Y bonus)',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(RechargePlanSchema), ...errors(401, 403) },
      },
    },
    async (request) =>
      listRechargePlans(staffCtx(request), { includeArchived: request.query.includeArchived === 'true' }),
  );

  app.post(
    '/recharge-plans',
    {
      config: { auth: { permission: 'wallet.plans.manage' } },
      schema: {
        operationId: 'createRechargePlan',
        tags: ['stored value'],
        summary: 'Create a recharge plan',
        body: CreateRechargePlanBody,
        response: { 201: RechargePlanSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRechargePlan(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/recharge-plans/:id',
    {
      config: { auth: { permission: 'wallet.plans.manage' } },
      schema: {
        operationId: 'updateRechargePlan',
        tags: ['stored value'],
        summary: 'Rename, reorder or archive a recharge plan',
        params: IdParams,
        body: UpdateRechargePlanBody,
        response: { 200: RechargePlanSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateRechargePlan(staffCtx(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/recharges',
    {
      config: { auth: { permission: 'wallet.recharge' }, idempotency: 'required' },
      schema: {
        operationId: 'rechargeMember',
        tags: ['stored value'],
        summary: 'Recharge stored value with a plan or a custom amount (Idempotency-Key required)',
        params: IdParams,
        body: RechargeBody,
        response: {
          201: z.object({ recharge: RechargeSchema, balances: BalancesSchema }),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        recordRecharge(ctx, { ...request.body, memberId: request.params.id }),
      ),
  );

  app.get(
    '/members/:id/recharges',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listMemberRecharges',
        tags: ['stored value'],
        summary: 'A member’s recharges, newest first',
        params: IdParams,
        response: { 200: z.array(RechargeSchema), ...errors(401, 403, 404) },
      },
    },
    async (request) => listRecharges(staffCtx(request), request.params.id),
  );

  app.post(
    '/recharges/:id/refund',
    {
      config: { auth: { permission: 'wallet.refund' }, idempotency: 'required' },
      schema: {
        operationId: 'refundRecharge',
        tags: ['stored value'],
        summary:
          'Refund a recharge: unspent principal back, matching bonus forfeited (Idempotency-Key required)',
        params: IdParams,
        body: RefundRechargeBody,
        response: {
          200: z.object({
            recharge: RechargeSchema,
            balances: BalancesSchema,
            refundedPrincipalCents: z.number().int(),
            forfeitedBonusCents: z.number().int(),
          }),
          ...errors(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
        refundRecharge(ctx, request.params.id, request.body),
      ),
  );

  app.get(
    '/members/:id/stored-value',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'getStoredValue',
        tags: ['stored value'],
        summary: 'A member’s stored value: principal and bonus',
        params: IdParams,
        response: { 200: StoredValueSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getStoredValue(staffCtx(request), request.params.id),
  );

  app.get(
    '/members/:id/stored-value/entries',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listStoredValueEntries',
        tags: ['stored value'],
        summary: 'A member’s stored-value ledger, newest first',
        params: IdParams,
        querystring: z.strictObject({
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({ items: z.array(StoredValueEntrySchema), nextCursor: z.string().nullable() }),
          ...errors(401, 403, 404),
        },
      },
    },
    async (request) => listStoredValueEntries(staffCtx(request), request.params.id, request.query),
  );
}
