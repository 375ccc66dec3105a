import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { listCategories } from './categories.ts';
import { createProduct } from './create-product.ts';
import { deleteCategory } from './delete-category.ts';
import { exportProducts } from './export-products.ts';
import { getProduct, listProducts } from './list-products.ts';
import { lookupProduct } from './lookup-product.ts';
import { createCategory, updateCategory } from './save-category.ts';
import {
  CategorySchema,
  CreateCategoryBody,
  CreateProductBody,
  ListProductsQuery,
  LookupQuery,
  ProductLineSchema,
  ProductPageSchema,
  ProductSchema,
  UpdateCategoryBody,
  UpdateProductBody,
} from './schemas.ts';
import { updateProduct } from './update-product.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Categories, products and the till's lookup. Reading is open to anyone who sells, manages the
 * catalog or reads stock (checked in the use cases, since a route names one permission); writing
 * needs catalog.manage.
 */
export function catalogRoutes(app: App): void {
  app.get(
    '/categories',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'listCategories',
        tags: ['catalog'],
        summary: 'Every category, flat (parentId builds the tree), by sort',
        response: { 200: z.array(CategorySchema), ...errors(401, 403) },
      },
    },
    async (request) => listCategories(staffCtx(request)),
  );

  app.post(
    '/categories',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'createCategory',
        tags: ['catalog'],
        summary: 'Create a category, at the top or under a parent',
        body: CreateCategoryBody,
        response: { 201: CategorySchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createCategory(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/categories/:id',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'updateCategory',
        tags: ['catalog'],
        summary: 'Rename, move (never under itself), re-sort or set the points rate of a category',
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: CategorySchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => updateCategory(staffCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/categories/:id',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'deleteCategory',
        tags: ['catalog'],
        summary: 'Delete an empty category (no products, no sub-categories)',
        params: IdParams,
        response: { 200: OkSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      await deleteCategory(staffCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/products',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'listProducts',
        tags: ['catalog'],
        summary: 'Products by SKU; search by name, SKU prefix, pinyin initials or barcode (cursor paginated)',
        querystring: ListProductsQuery,
        response: { 200: ProductPageSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => listProducts(staffCtx(request), request.query),
  );

  app.post(
    '/products',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'createProduct',
        tags: ['catalog'],
        summary: 'Create goods, a service or a card product (sells a card product as an item)',
        body: CreateProductBody,
        response: { 201: ProductSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createProduct(staffCtx(request), request.body);
    },
  );

  app.get(
    '/products/:id',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'getProduct',
        tags: ['catalog'],
        summary: 'One product with its barcodes',
        params: IdParams,
        response: { 200: ProductSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getProduct(staffCtx(request), request.params.id),
  );

  app.patch(
    '/products/:id',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'updateProduct',
        tags: ['catalog'],
        summary: 'Change a product (barcodes, when given, replace the set); archive or restore it',
        params: IdParams,
        body: UpdateProductBody,
        response: { 200: ProductSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateProduct(staffCtx(request), request.params.id, request.body),
  );

  app.get(
    '/catalog/lookup',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'lookupProduct',
        tags: ['catalog'],
        summary: 'The scanner path: a barcode or SKU, exactly, with what checkout needs to show a line',
        querystring: LookupQuery,
        response: { 200: ProductLineSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => lookupProduct(staffCtx(request), request.query),
  );

  app.get(
    '/exports/products.xlsx',
    {
      config: { auth: { permission: 'catalog.manage' } },
      schema: {
        operationId: 'exportProducts',
        tags: ['catalog'],
        summary: 'Every product with prices, costs and barcodes, as Excel (streamed)',
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const stream = await exportProducts(staffCtx(request));
      return reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="products.xlsx"')
        .send(stream);
    },
  );
}
