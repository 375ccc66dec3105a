import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, IdSchema } from '../../shared/schemas.ts';
import { checkout } from './checkout.ts';
import { holdOrder, listHeldOrders, takeHeldOrder } from './held-orders.ts';
import { getOrder, listOrders } from './orders.ts';
import { quoteCart } from './quote.ts';
import { refundOrder } from './refund-order.ts';
import {
  CheckoutBody,
  CloseShiftBody,
  HeldOrderSchema,
  HoldBody,
  OpenShiftBody,
  OrderListQuery,
  OrderSchema,
  OrderSummarySchema,
  PricedCartSchema,
  QuoteBody,
  RefundBody,
  ShiftSchema,
} from './schemas.ts';
import { closeShift, listShifts, openShift, shiftReport } from './shifts.ts';
import { listSaleStaff, SaleStaffSchema } from './staff.ts';

export function salesRoutes(app: App): void {
  app.post(
    '/sales/quote',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'quoteCart',
        tags: ['sales'],
        summary: 'Price a cart with every discount explained, without charging anything',
        body: QuoteBody,
        response: { 200: PricedCartSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => quoteCart(staffCtx(request), request.body),
  );

  app.get(
    '/sales/staff',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'listSaleStaff',
        tags: ['sales'],
        summary: 'Who a line can be credited to (commission): the store’s active staff, 技师 first',
        querystring: z.strictObject({ storeId: IdSchema }),
        response: { 200: z.array(SaleStaffSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listSaleStaff(staffCtx(request), request.query.storeId),
  );

  app.post(
    '/orders',
    {
      config: { auth: { permission: 'pos.sell' }, idempotency: 'required' },
      schema: {
        operationId: 'checkout',
        tags: ['sales'],
        summary:
          'Ring up a sale: price, take the tenders (split), use cards and points, move stock, earn points — one transaction',
        body: CheckoutBody,
        response: { 201: OrderSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => checkout(ctx, request.body)),
  );

  app.get(
    '/orders',
    {
      config: { auth: { permission: 'orders.read' } },
      schema: {
        operationId: 'listOrders',
        tags: ['sales'],
        summary: 'Sales, newest first, in the stores you work in',
        querystring: OrderListQuery,
        response: {
          200: z.object({ items: z.array(OrderSummarySchema), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => listOrders(staffCtx(request), request.query),
  );

  app.get(
    '/orders/:id',
    {
      config: { auth: { permission: 'orders.read' } },
      schema: {
        operationId: 'getOrder',
        tags: ['sales'],
        summary: 'An order with its lines, discounts, tenders and refunds (for the receipt too)',
        params: IdParams,
        response: { 200: OrderSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getOrder(staffCtx(request), request.params.id),
  );

  app.post(
    '/orders/:id/refunds',
    {
      config: { auth: { permission: 'pos.refund' }, idempotency: 'required' },
      schema: {
        operationId: 'refundOrder',
        tags: ['sales'],
        summary:
          'Refund a whole order or chosen lines; reverses every ledger the sale touched, in proportion',
        params: IdParams,
        body: RefundBody,
        response: { 201: OrderSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) =>
        refundOrder(ctx, { ...request.body, orderId: request.params.id }),
      ),
  );

  app.post(
    '/shifts',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'openShift',
        tags: ['shifts'],
        summary: 'Open a till’s shift with its cash float',
        body: OpenShiftBody,
        response: { 201: ShiftSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return openShift(staffCtx(request), request.body);
    },
  );

  app.get(
    '/shifts',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'listShifts',
        tags: ['shifts'],
        summary: 'A store’s shifts, newest first (filter by till and status)',
        querystring: z.strictObject({
          storeId: IdSchema,
          till: z.string().max(20).optional(),
          status: z.enum(['open', 'closed']).optional(),
        }),
        response: { 200: z.array(ShiftSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listShifts(staffCtx(request), request.query),
  );

  app.get(
    '/shifts/:id',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'getShift',
        tags: ['shifts'],
        summary: 'A shift report: expected amount per tender, cash expected, counted and the difference',
        params: IdParams,
        response: { 200: ShiftSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => shiftReport(staffCtx(request), request.params.id),
  );

  app.post(
    '/shifts/:id/close',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'closeShift',
        tags: ['shifts'],
        summary: 'Close a shift (交班) with the counted cash; the difference is recorded',
        params: IdParams,
        body: CloseShiftBody,
        response: { 200: ShiftSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => closeShift(staffCtx(request), request.params.id, request.body),
  );

  app.post(
    '/held-orders',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'holdOrder',
        tags: ['sales'],
        summary: 'Put a cart aside (挂单); any till of the store can resume it',
        body: HoldBody,
        response: { 201: HeldOrderSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return holdOrder(staffCtx(request), request.body);
    },
  );

  app.get(
    '/held-orders',
    {
      config: { auth: { permission: 'pos.sell' } },
      schema: {
        operationId: 'listHeldOrders',
        tags: ['sales'],
        summary: 'Carts held in a store',
        querystring: z.strictObject({ storeId: IdSchema }),
        response: { 200: z.array(HeldOrderSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => listHeldOrders(staffCtx(request), request.query.storeId),
  );

  for (const action of ['resume', 'void'] as const) {
    app.post(
      `/held-orders/:id/${action}`,
      {
        config: { auth: { permission: 'pos.sell' } },
        schema: {
          operationId: action === 'resume' ? 'resumeHeldOrder' : 'voidHeldOrder',
          tags: ['sales'],
          summary:
            action === 'resume'
              ? 'Take a held cart back to this till (it leaves the held list)'
              : 'Void a held cart before payment',
          params: IdParams,
          response: { 200: HeldOrderSchema, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => takeHeldOrder(staffCtx(request), request.params.id, action),
    );
  }
}
