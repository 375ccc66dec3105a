import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { createStore } from './create-store.ts';
import { getTenantProfile } from './get-settings.ts';
import { listStores } from './list-stores.ts';
import {
  CreateStoreBody,
  StoreSchema,
  TenantProfileSchema,
  UpdateStoreBody,
  UpdateTenantProfileBody,
} from './schemas.ts';
import { updateTenantProfile } from './update-settings.ts';
import { updateStore } from './update-store.ts';

export function tenancyRoutes(app: App): void {
  app.get(
    '/stores',
    {
      config: { auth: { permission: 'stores.read' } },
      schema: {
        operationId: 'listStores',
        tags: ['stores'],
        summary: 'Stores I may see',
        response: { 200: z.array(StoreSchema), ...errors(401, 403) },
      },
    },
    async (request) => listStores(staffCtx(request)),
  );

  app.post(
    '/stores',
    {
      config: { auth: { permission: 'stores.manage' }, idempotency: 'optional' },
      schema: {
        operationId: 'createStore',
        tags: ['stores'],
        summary: 'Open a store',
        body: CreateStoreBody,
        response: { 201: StoreSchema, ...errors(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => createStore(ctx, request.body)),
  );

  app.patch(
    '/stores/:id',
    {
      config: { auth: { permission: 'stores.manage' } },
      schema: {
        operationId: 'updateStore',
        tags: ['stores'],
        summary: 'Change a store, or close it',
        params: IdParams,
        body: UpdateStoreBody,
        response: { 200: StoreSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateStore(staffCtx(request), request.params.id, request.body),
  );

  app.get(
    '/settings',
    {
      config: { auth: 'signed-in' },
      schema: {
        operationId: 'getSettings',
        tags: ['settings'],
        summary: 'Tenant name, time zone and switches',
        response: { 200: TenantProfileSchema, ...errors(401) },
      },
    },
    async (request) => getTenantProfile(staffCtx(request)),
  );

  app.patch(
    '/settings',
    {
      config: { auth: { permission: 'settings.manage' } },
      schema: {
        operationId: 'updateSettings',
        tags: ['settings'],
        summary: 'Change tenant name, time zone or switches',
        body: UpdateTenantProfileBody,
        response: { 200: TenantProfileSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => updateTenantProfile(staffCtx(request), request.body),
  );
}
