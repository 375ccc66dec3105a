import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { exportStatement } from './export-statement.ts';
import { listRules, loadRule, requireCommissionRead } from './rules.ts';
import { createRule, deleteRule, updateRule } from './save-rule.ts';
import {
  CommissionRuleSchema,
  CreateRuleBody,
  RuleListQuery,
  StatementQuery,
  StatementSchema,
  SummaryQuery,
  SummarySchema,
  UpdateRuleBody,
} from './schemas.ts';
import { getStatement, getSummary } from './statement.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MANAGE = { auth: { permission: 'commission.manage' } } as const;

/** Commission rules (admin), a person's statement (everyone their own) and store totals. */
export function commissionRoutes(app: App): void {
  app.get(
    '/commission/rules',
    {
      config: { auth: { permission: 'commission.read' } },
      schema: {
        operationId: 'listCommissionRules',
        tags: ['commission'],
        summary: 'Commission rules, most specific first wins: product > category > kind',
        querystring: RuleListQuery,
        response: { 200: z.array(CommissionRuleSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listRules(staffCtx(request), { includeArchived: request.query.includeArchived === 'true' }),
  );

  app.get(
    '/commission/rules/:id',
    {
      config: { auth: { permission: 'commission.read' } },
      schema: {
        operationId: 'getCommissionRule',
        tags: ['commission'],
        summary: 'One commission rule',
        params: IdParams,
        response: { 200: CommissionRuleSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = staffCtx(request);
      requireCommissionRead(ctx);
      return loadRule(ctx, request.params.id);
    },
  );

  app.post(
    '/commission/rules',
    {
      config: MANAGE,
      schema: {
        operationId: 'createCommissionRule',
        tags: ['commission'],
        summary: 'Add a rule for a product, a category, a kind or recharges (one active rule per target)',
        body: CreateRuleBody,
        response: { 201: CommissionRuleSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRule(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/commission/rules/:id',
    {
      config: MANAGE,
      schema: {
        operationId: 'updateCommissionRule',
        tags: ['commission'],
        summary: 'Change a rule’s values from now on (what was earned stays)',
        params: IdParams,
        body: UpdateRuleBody,
        response: { 200: CommissionRuleSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateRule(staffCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/commission/rules/:id',
    {
      config: MANAGE,
      schema: {
        operationId: 'deleteCommissionRule',
        tags: ['commission'],
        summary: 'Archive a rule; its target falls back to the next rule up',
        params: IdParams,
        response: { 200: OkSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await deleteRule(staffCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/commission/statement',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'getCommissionStatement',
        tags: ['commission'],
        summary:
          'A person’s commission entries and totals over a period; your own always, others’ with commission.read',
        querystring: StatementQuery,
        response: { 200: StatementSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getStatement(staffCtx(request), request.query),
  );

  app.get(
    '/commission/statement.xlsx',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'exportCommissionStatement',
        tags: ['commission'],
        summary: 'The statement as Excel (streamed, every entry)',
        querystring: StatementQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportStatement(staffCtx(request), request.query);
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="commission-statement.xlsx"')
        .send(stream);
    },
  );

  app.get(
    '/commission/summary',
    {
      config: { auth: { permission: 'commission.read' } },
      schema: {
        operationId: 'getCommissionSummary',
        tags: ['commission'],
        summary: 'Per-person commission totals of a store (or all your stores) over a period',
        querystring: SummaryQuery,
        response: { 200: SummarySchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => getSummary(staffCtx(request), request.query),
  );
}
