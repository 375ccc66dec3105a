import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { exportGiftCards } from './export-gift-cards.ts';
import { issueGiftCardByHand } from './issue-gift-card.ts';
import { checkGiftCard, getGiftCard, giftCardLiability, listGiftCards } from './queries.ts';
import {
  CheckGiftCardBody,
  GiftCardCheckSchema,
  GiftCardDetailSchema,
  GiftCardLiabilitySchema,
  GiftCardListQuery,
  GiftCardPageSchema,
  GiftCardSchema,
  IssuedGiftCardSchema,
  IssueGiftCardBody,
  VoidGiftCardBody,
} from './schemas.ts';
import { voidGiftCard } from './void-gift-card.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function giftCardRoutes(app: App): void {
  app.get(
    '/gift-cards',
    {
      config: { auth: { permission: 'giftcards.read' } },
      schema: {
        operationId: 'listGiftCards',
        tags: ['giftcards'],
        summary: 'Gift cards, newest first; find one by the last four digits of its code',
        querystring: GiftCardListQuery,
        response: { 200: GiftCardPageSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => listGiftCards(staffCtx(request), request.query),
  );

  app.get(
    '/gift-cards.xlsx',
    {
      config: { auth: { permission: 'giftcards.read' } },
      schema: {
        operationId: 'exportGiftCards',
        tags: ['giftcards'],
        summary: 'Every gift card with its balance as Excel (the outstanding balance is a liability)',
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportGiftCards(staffCtx(request));
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="gift-cards.xlsx"')
        .send(stream);
    },
  );

  app.get(
    '/gift-cards/liability',
    {
      config: { auth: { permission: 'giftcards.read' } },
      schema: {
        operationId: 'getGiftCardLiability',
        tags: ['giftcards'],
        summary:
          'What active cards still hold, in all and per issuing store (a liability, like stored value)',
        response: { 200: GiftCardLiabilitySchema, ...errors(401, 403) },
      },
    },
    async (request) => giftCardLiability(staffCtx(request)),
  );

  app.get(
    '/gift-cards/:id',
    {
      config: { auth: { permission: 'giftcards.read' } },
      schema: {
        operationId: 'getGiftCard',
        tags: ['giftcards'],
        summary: 'A gift card with its ledger (every issue, spend, refund and void)',
        params: IdParams,
        response: { 200: GiftCardDetailSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getGiftCard(staffCtx(request), request.params.id),
  );

  app.post(
    '/gift-cards',
    {
      config: { auth: { permission: 'giftcards.manage' }, idempotency: 'required' },
      schema: {
        operationId: 'issueGiftCard',
        tags: ['giftcards'],
        summary: 'Issue a gift card outside a sale (reason, audited); the code is shown once',
        body: IssueGiftCardBody,
        response: { 201: IssuedGiftCardSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => issueGiftCardByHand(ctx, request.body)),
  );

  app.post(
    '/gift-cards/:id/void',
    {
      config: { auth: { permission: 'giftcards.manage' }, idempotency: 'required' },
      schema: {
        operationId: 'voidGiftCard',
        tags: ['giftcards'],
        summary: 'Void a gift card (lost, fraud): its balance is written off in the ledger',
        params: IdParams,
        body: VoidGiftCardBody,
        response: { 200: GiftCardSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
        voidGiftCard(ctx, request.params.id, request.body),
      ),
  );

  app.post(
    '/gift-cards/check',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'checkGiftCard',
        tags: ['giftcards'],
        summary: 'What a scanned gift card holds and whether it can pay now (the till, before the tender)',
        body: CheckGiftCardBody,
        response: { 200: GiftCardCheckSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => checkGiftCard(staffCtx(request), request.body.code),
  );
}
