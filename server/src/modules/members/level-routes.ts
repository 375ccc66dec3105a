import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { deleteLevel } from './delete-level.ts';
import { listLevelHistory } from './list-level-history.ts';
import { listLevels } from './list-levels.ts';
import { createLevel, updateLevel } from './save-level.ts';
import { CreateLevelBody, LevelChangeSchema, LevelSchema, UpdateLevelBody } from './schemas.ts';

export function levelRoutes(app: App): void {
  app.get(
    '/levels',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listLevels',
        tags: ['levels'],
        summary: 'Member levels, lowest rank first',
        response: { 200: z.array(LevelSchema), ...errors(401, 403) },
      },
    },
    async (request) => listLevels(staffCtx(request)),
  );

  app.post(
    '/levels',
    {
      config: { auth: { permission: 'levels.manage' } },
      schema: {
        operationId: 'createLevel',
        tags: ['levels'],
        summary: 'Create a level: rank, threshold in the basis unit, discount, points multiplier',
        body: CreateLevelBody,
        response: { 201: LevelSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createLevel(staffCtx(request), request.body);
    },
  );

  app.patch(
    '/levels/:id',
    {
      config: { auth: { permission: 'levels.manage' } },
      schema: {
        operationId: 'updateLevel',
        tags: ['levels'],
        summary: 'Change a level; members keep theirs until the next upgrade or review',
        params: IdParams,
        body: UpdateLevelBody,
        response: { 200: LevelSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateLevel(staffCtx(request), request.params.id, request.body),
  );

  app.delete(
    '/levels/:id',
    {
      config: { auth: { permission: 'levels.manage' } },
      schema: {
        operationId: 'deleteLevel',
        tags: ['levels'],
        summary: 'Delete a level nobody holds',
        params: IdParams,
        response: { 200: OkSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      await deleteLevel(staffCtx(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/members/:id/level-history',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'listMemberLevelHistory',
        tags: ['levels'],
        summary: 'A member’s level changes, newest first',
        params: IdParams,
        response: { 200: z.array(LevelChangeSchema), ...errors(401, 403, 404) },
      },
    },
    async (request) => listLevelHistory(staffCtx(request), request.params.id),
  );
}
