import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { listRoles } from './list-roles.ts';
import { createRole, deleteRole, updateRole } from './save-role.ts';
import { CreateRoleBody, RoleSchema, UpdateRoleBody } from './schemas.ts';

export function roleRoutes(app: App): void {
  app.get(
    '/roles',
    {
      config: { auth: { permission: 'users.read' } },
      schema: {
        operationId: 'listRoles',
        tags: ['roles'],
        summary: 'Built-in and custom roles',
        response: { 200: z.array(RoleSchema), ...errors(401, 403) },
      },
    },
    async (request) => listRoles(staffCtx(request)),
  );

  app.post(
    '/roles',
    {
      config: { auth: { permission: 'roles.manage' } },
      schema: {
        operationId: 'createRole',
        tags: ['roles'],
        summary: 'Create a custom role',
        body: CreateRoleBody,
        response: { 201: RoleSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createRole(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/roles/:id',
    {
      config: { auth: { permission: 'roles.manage' } },
      schema: {
        operationId: 'updateRole',
        tags: ['roles'],
        summary: 'Rename a custom role or change its permissions',
        params: IdParams,
        body: UpdateRoleBody,
        response: { 200: RoleSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateRole(staffCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/roles/:id',
    {
      config: { auth: { permission: 'roles.manage' } },
      schema: {
        operationId: 'deleteRole',
        tags: ['roles'],
        summary: 'Delete a custom role nobody holds',
        params: IdParams,
        response: { 200: OkSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      await deleteRole(staffCtx(request), request.params.id);
      return { ok: true as const };
    },
  );
}
