import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { createUser } from './create-user.ts';
import { listUsers } from './list-users.ts';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserSchema } from './schemas.ts';
import { resetUserPassword, setUserStatus } from './set-user-status.ts';
import { updateUser } from './update-user.ts';

export function userRoutes(app: App): void {
  app.get(
    '/users',
    {
      config: { auth: { permission: 'users.read' } },
      schema: {
        operationId: 'listUsers',
        tags: ['users'],
        summary: 'Staff users I may see',
        response: { 200: z.array(UserSchema), ...errors(401, 403) },
      },
    },
    async (request) => listUsers(staffCtx(request)),
  );

  app.post(
    '/users',
    {
      config: { auth: { permission: 'users.manage' }, idempotency: 'optional' },
      schema: {
        operationId: 'createUser',
        tags: ['users'],
        summary: 'Create a staff user with roles and stores',
        body: CreateUserBody,
        response: { 201: UserSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => createUser(ctx, request.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { auth: { permission: 'users.manage' } },
      schema: {
        operationId: 'updateUser',
        tags: ['users'],
        summary: 'Change name, phone, roles or stores of a user',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateUser(staffCtx(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['disable', 'disabled'],
    ['enable', 'active'],
  ] as const) {
    app.post(
      `/users/:id/${action}`,
      {
        config: { auth: { permission: 'users.manage' } },
        schema: {
          operationId: `${action}User`,
          tags: ['users'],
          summary: action === 'disable' ? 'Disable a user and end their sessions' : 'Enable a disabled user',
          params: IdParams,
          response: { 200: UserSchema, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => setUserStatus(staffCtx(request), request.params.id, status),
    );
  }

  app.post(
    '/users/:id/password',
    {
      config: { auth: { permission: 'users.manage' } },
      schema: {
        operationId: 'resetUserPassword',
        tags: ['users'],
        summary: 'Set a new password for a user; their sessions end',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: OkSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await resetUserPassword(staffCtx(request), request.params.id, request.body.newPassword);
      return { ok: true as const };
    },
  );
}
