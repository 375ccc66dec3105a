import { z } from 'zod';
import { staffCtx } from '../../http/auth-hook.ts';
import { runIdempotent } from '../../http/idempotency.ts';
import type { App } from '../../http/types.ts';
import { errors, IdParams } from '../../shared/schemas.ts';
import { createMember } from './create-member.ts';
import { eraseMember } from './erase-member.ts';
import { getMember } from './get-member.ts';
import { memberTimeline } from './member-timeline.ts';
import {
  CreateMemberBody,
  EraseMemberBody,
  MemberHitSchema,
  MemberSchema,
  SearchMembersQuery,
  TimelineEventSchema,
  UpdateMemberBody,
} from './schemas.ts';
import { searchMembers } from './search-members.ts';
import { setMemberStatus, updateMember } from './update-member.ts';

export function memberRoutes(app: App): void {
  app.get(
    '/members',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'searchMembers',
        tags: ['members'],
        summary: 'One search box: phone, last 4, card, QR token, name, pinyin, initials — ranked',
        querystring: SearchMembersQuery,
        response: {
          200: z.object({ items: z.array(MemberHitSchema), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (request) => searchMembers(staffCtx(request), request.query),
  );

  app.post(
    '/members',
    {
      config: { auth: { permission: 'members.manage' }, idempotency: 'optional' },
      schema: {
        operationId: 'createMember',
        tags: ['members'],
        summary: 'Register a member',
        body: CreateMemberBody,
        response: { 201: MemberSchema, ...errors(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      runIdempotent(request, reply, staffCtx(request), 201, (ctx) => createMember(ctx, request.body)),
  );

  app.get(
    '/members/:id',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'getMember',
        tags: ['members'],
        summary: 'A member’s profile',
        params: IdParams,
        response: { 200: MemberSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => getMember(staffCtx(request), request.params.id),
  );

  app.get(
    '/members/:id/timeline',
    {
      config: { auth: { permission: 'members.read' } },
      schema: {
        operationId: 'getMemberTimeline',
        tags: ['members'],
        summary: 'Everything that happened to a member’s value, newest first',
        params: IdParams,
        querystring: z.strictObject({
          cursor: z.string().max(300).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({ items: z.array(TimelineEventSchema), nextCursor: z.string().nullable() }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => memberTimeline(staffCtx(request), request.params.id, request.query),
  );

  app.patch(
    '/members/:id',
    {
      config: { auth: { permission: 'members.manage' } },
      schema: {
        operationId: 'updateMember',
        tags: ['members'],
        summary: 'Change a member’s profile, tags, consents',
        params: IdParams,
        body: UpdateMemberBody,
        response: { 200: MemberSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateMember(staffCtx(request), request.params.id, request.body),
  );

  for (const [action, status] of [
    ['freeze', 'frozen'],
    ['unfreeze', 'active'],
  ] as const) {
    app.post(
      `/members/:id/${action}`,
      {
        config: { auth: { permission: 'members.manage' } },
        schema: {
          operationId: `${action}Member`,
          tags: ['members'],
          summary:
            action === 'freeze' ? 'Freeze a member: no value moves until unfrozen' : 'Unfreeze a member',
          params: IdParams,
          response: { 200: MemberSchema, ...errors(401, 403, 404, 409) },
        },
      },
      async (request) => setMemberStatus(staffCtx(request), request.params.id, status),
    );
  }

  app.post(
    '/members/:id/erase',
    {
      config: { auth: { permission: 'members.erase' } },
      schema: {
        operationId: 'eraseMember',
        tags: ['members'],
        summary: 'Erase a member’s personal data; ledgers stay with an anonymous reference',
        params: IdParams,
        body: EraseMemberBody,
        response: { 200: MemberSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => eraseMember(staffCtx(request), request.params.id, request.body.confirm),
  );
}
