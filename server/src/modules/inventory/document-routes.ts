import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { cancelStocktake, postStocktake } from './post-stocktake.ts';
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  getPurchaseOrder,
  listPurchaseOrders,
} from './purchase-orders.ts';
import { receivePurchaseOrder } from './receive-purchase-order.ts';
import {
  CreatePurchaseOrderBody,
  OpenStocktakeBody,
  PurchaseOrderPage,
  PurchaseOrderQuery,
  PurchaseOrderSchema,
  PurchaseReceiptSchema,
  ReasonBody,
  ReceivePurchaseOrderBody,
  SendTransferBody,
  StocktakeLinesBody,
  StocktakePage,
  StocktakeQuery,
  StocktakeSchema,
  TransferPage,
  TransferQuery,
  TransferSchema,
} from './schemas.ts';
import { getStocktake, listStocktakes, openStocktake, saveStocktakeLines } from './stocktakes.ts';
import { closeTransfer, getTransfer, listTransfers, sendTransfer } from './transfers.ts';

const tags = ['inventory'];
const read = { auth: { permission: 'inventory.read' as const } };
const manage = { auth: { permission: 'inventory.manage' as const } };

/** Purchase orders (采购), transfers (调拨) and stock-takes (盘点). */
export function documentRoutes(app: App): void {
  app.get(
    '/inventory/purchase-orders',
    {
      config: read,
      schema: {
        operationId: 'listPurchaseOrders',
        tags,
        summary: 'Purchase orders of your stores, newest first',
        querystring: PurchaseOrderQuery,
        response: { 200: PurchaseOrderPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listPurchaseOrders(staffCtx(request), request.query),
  );

  app.post(
    '/inventory/purchase-orders',
    {
      config: { ...manage, idempotency: 'optional' },
      schema: {
        operationId: 'createPurchaseOrder',
        tags,
        summary: 'Order goods from a supplier for a store (moves no stock)',
        body: CreatePurchaseOrderBody,
        response: { 201: PurchaseOrderSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => createPurchaseOrder(ctx, request.body)),
  );

  app.get(
    '/inventory/purchase-orders/:id',
    {
      config: read,
      schema: {
        operationId: 'getPurchaseOrder',
        tags,
        summary: 'A purchase order with its lines, ordered and received',
        params: IdParams,
        response: { 200: PurchaseOrderSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getPurchaseOrder(staffCtx(request), request.params.id),
  );

  app.post(
    '/inventory/purchase-orders/:id/receive',
    {
      config: { ...manage, idempotency: 'required' },
      schema: {
        operationId: 'receivePurchaseOrder',
        tags,
        summary: 'Receive all that is outstanding, or the given lines in part (Idempotency-Key required)',
        params: IdParams,
        body: ReceivePurchaseOrderBody,
        response: { 200: PurchaseReceiptSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 200, (ctx) =>
        receivePurchaseOrder(ctx, request.params.id, request.body),
      ),
  );

  app.post(
    '/inventory/purchase-orders/:id/cancel',
    {
      config: manage,
      schema: {
        operationId: 'cancelPurchaseOrder',
        tags,
        summary: 'Cancel what is still to come on an open or partly received order',
        params: IdParams,
        body: ReasonBody,
        response: { 200: PurchaseOrderSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => cancelPurchaseOrder(staffCtx(request), request.params.id, request.body.reason),
  );

  app.get(
    '/inventory/transfers',
    {
      config: read,
      schema: {
        operationId: 'listTransfers',
        tags,
        summary: 'Transfers from or to your stores, newest first',
        querystring: TransferQuery,
        response: { 200: TransferPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listTransfers(staffCtx(request), request.query),
  );

  app.post(
    '/inventory/transfers',
    {
      config: { ...manage, idempotency: 'optional' },
      schema: {
        operationId: 'sendTransfer',
        tags,
        summary: 'Send goods to another store: they leave at the moving average and are in transit',
        body: SendTransferBody,
        response: { 201: TransferSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => sendTransfer(ctx, request.body)),
  );

  app.get(
    '/inventory/transfers/:id',
    {
      config: read,
      schema: {
        operationId: 'getTransfer',
        tags,
        summary: 'A transfer with its lines and the value they carry',
        params: IdParams,
        response: { 200: TransferSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getTransfer(staffCtx(request), request.params.id),
  );

  for (const outcome of ['received', 'cancelled'] as const) {
    app.post(
      `/inventory/transfers/:id/${outcome === 'received' ? 'receive' : 'cancel'}`,
      {
        config: manage,
        schema: {
          operationId: outcome === 'received' ? 'receiveTransfer' : 'cancelTransfer',
          tags,
          summary:
            outcome === 'received'
              ? 'Receive a transfer into the receiving store at the value it left with'
              : 'Cancel a transfer in transit: the goods go back to the sender at the same value',
          params: IdParams,
          response: { 200: TransferSchema, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => closeTransfer(staffCtx(request), request.params.id, outcome),
    );
  }

  app.get(
    '/inventory/stocktakes',
    {
      config: read,
      schema: {
        operationId: 'listStocktakes',
        tags,
        summary: 'Stock-takes of your stores, newest first (without lines)',
        querystring: StocktakeQuery,
        response: { 200: StocktakePage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listStocktakes(staffCtx(request), request.query),
  );

  app.post(
    '/inventory/stocktakes',
    {
      config: manage,
      schema: {
        operationId: 'openStocktake',
        tags,
        summary: 'Open a count sheet for a store',
        body: OpenStocktakeBody,
        response: { 201: StocktakeSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return openStocktake(staffCtx(request), request.body);
    },
  );

  app.get(
    '/inventory/stocktakes/:id',
    {
      config: read,
      schema: {
        operationId: 'getStocktake',
        tags,
        summary: 'A count sheet with counted, expected and the difference per product',
        params: IdParams,
        response: { 200: StocktakeSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getStocktake(staffCtx(request), request.params.id),
  );

  app.put(
    '/inventory/stocktakes/:id/lines',
    {
      config: manage,
      schema: {
        operationId: 'saveStocktakeLines',
        tags,
        summary: 'Enter counted quantities (a null count takes the product off the sheet)',
        params: IdParams,
        body: StocktakeLinesBody,
        response: { 200: StocktakeSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => saveStocktakeLines(staffCtx(request), request.params.id, request.body.lines),
  );

  for (const action of ['post', 'cancel'] as const) {
    app.post(
      `/inventory/stocktakes/:id/${action}`,
      {
        config: manage,
        schema: {
          operationId: action === 'post' ? 'postStocktake' : 'cancelStocktake',
          tags,
          summary:
            action === 'post'
              ? 'Post a count sheet: each difference goes through the stock ledger; final'
              : 'Close a count sheet without moving stock',
          params: IdParams,
          response: { 200: StocktakeSchema, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) =>
        action === 'post'
          ? postStocktake(staffCtx(request), request.params.id)
          : cancelStocktake(staffCtx(request), request.params.id),
    );
  }
}
