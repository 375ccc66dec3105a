import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { adjustStock } from './adjust-stock.ts';
import { documentRoutes } from './document-routes.ts';
import { exportStock } from './export-stock.ts';
import { searchStockProducts } from './products.ts';
import {
  AdjustStockBody,
  CreateSupplierBody,
  LedgerQuery,
  StockAdjustmentSchema,
  StockEntryPage,
  StockLevelPage,
  StockProductSchema,
  StockQuery,
  SupplierSchema,
  UpdateSupplierBody,
} from './schemas.ts';
import { listStockLedger, listStockLevels } from './stock-levels.ts';
import { createSupplier, listSuppliers, updateSupplier } from './suppliers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['inventory'];

/** Inventory (进销存): stock, its ledger, adjustments and suppliers here; documents in document-routes. */
export function inventoryRoutes(app: App): void {
  app.get(
    '/inventory/stock',
    {
      config: { auth: { permission: 'inventory.read' } },
      schema: {
        operationId: 'listStock',
        tags,
        summary: 'Stock per store and product with its moving-average value; lowOnly for low stock',
        querystring: StockQuery.extend({
          cursor: z.string().max(300).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: { 200: StockLevelPage, ...errors(400, 401, 403) },
      },
    },
    async (request) =>
      listStockLevels(staffCtx(request), { ...request.query, lowOnly: request.query.lowOnly === 'true' }),
  );

  app.get(
    '/inventory/stock/export.xlsx',
    {
      config: { auth: { permission: 'inventory.read' } },
      schema: {
        operationId: 'exportStock',
        tags,
        summary: 'The stock list under the same filters, as Excel (streamed)',
        querystring: StockQuery,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportStock(staffCtx(request), {
        ...request.query,
        lowOnly: request.query.lowOnly === 'true',
      });
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="stock.xlsx"').send(stream);
    },
  );

  app.get(
    '/inventory/ledger',
    {
      config: { auth: { permission: 'inventory.read' } },
      schema: {
        operationId: 'listStockLedger',
        tags,
        summary: 'A product’s stock ledger (one store or every store you see), newest first',
        querystring: LedgerQuery,
        response: { 200: StockEntryPage, ...errors(400, 401, 403) },
      },
    },
    async (request) => listStockLedger(staffCtx(request), request.query),
  );

  app.get(
    '/inventory/products',
    {
      config: { auth: { permission: 'inventory.read' } },
      schema: {
        operationId: 'searchStockProducts',
        tags,
        summary: 'Stock-tracked goods for document pickers: SKU prefix, barcode or name',
        querystring: z.strictObject({ q: z.string().trim().max(60).optional() }),
        response: { 200: z.array(StockProductSchema), ...errors(400, 401, 403) },
      },
    },
    async (request) => searchStockProducts(staffCtx(request), request.query.q),
  );

  app.post(
    '/inventory/adjustments',
    {
      config: { auth: { permission: 'inventory.adjust' }, idempotency: 'required' },
      schema: {
        operationId: 'adjustStock',
        tags,
        summary: 'Correct one product’s stock in one store with a reason (Idempotency-Key required)',
        body: AdjustStockBody,
        response: { 201: StockAdjustmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => adjustStock(ctx, request.body)),
  );

  app.get(
    '/inventory/suppliers',
    {
      config: { auth: { permission: 'inventory.read' } },
      schema: {
        operationId: 'listSuppliers',
        tags,
        summary: 'Suppliers',
        querystring: z.strictObject({ includeArchived: z.enum(['true', 'false']).optional() }),
        response: { 200: z.array(SupplierSchema), ...errors(401, 403) },
      },
    },
    async (request) => listSuppliers(staffCtx(request), request.query.includeArchived === 'true'),
  );

  app.post(
    '/inventory/suppliers',
    {
      config: { auth: { permission: 'inventory.manage' } },
      schema: {
        operationId: 'createSupplier',
        tags,
        summary: 'Add a supplier',
        body: CreateSupplierBody,
        response: { 201: SupplierSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createSupplier(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/inventory/suppliers/:id',
    {
      config: { auth: { permission: 'inventory.manage' } },
      schema: {
        operationId: 'updateSupplier',
        tags,
        summary: 'Edit, archive or reactivate a supplier',
        params: IdParams,
        body: UpdateSupplierBody,
        response: { 200: SupplierSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateSupplier(staffCtx(request), request.params.id, request.body),
  );

  documentRoutes(app);
}
