import type { FastifyRequest } from 'fastify';
import { memberCtx } from '../../http/auth-hook.ts';
import type { App, AppDeps } from '../../http/types.ts';
import { errors, IdParams, OkSchema } from '../../shared/schemas.ts';
import { buildChannels } from '../engagement/channels.ts';
import { listInbox, markInboxRead } from '../engagement/messages.ts';
import { InboxSchema } from '../engagement/schemas.ts';
import { getMemberCode } from './get-member-code.ts';
import { getMyAccount } from './get-my-account.ts';
import { closeMemberSession, MEMBER_SESSION_COOKIE, MEMBER_SESSION_MAX_DAYS } from './member-sessions.ts';
import { getMyOrder, listMyCoupons, listMyOrders, listMyRecharges } from './my-history.ts';
import { requestSignInCode } from './request-sign-in-code.ts';
import {
  MemberCodeSchema,
  PageQuery,
  PortalAccountSchema,
  PortalCouponsSchema,
  PortalOrdersSchema,
  PortalProfileSchema,
  PortalReceiptSchema,
  PortalRechargesSchema,
  RequestCodeBody,
  RequestCodeResponse,
  SignInMemberBody,
  SignInMemberResponse,
  UpdateProfileBody,
} from './schemas.ts';
import { signInMember } from './sign-in-member.ts';
import { updateMyProfile } from './update-my-profile.ts';

const tags = ['portal'];
const MEMBER = { auth: 'member' as const };
const MEMBER_SECURITY = [{ memberSession: [] }];

/** The member portal (/m): sign-in by SMS code, the member's code, their account and history. */
export function portalRoutes(app: App, deps: AppDeps & { clock: () => Date }): void {
  const channels = buildChannels(deps.config);
  const env = (request: FastifyRequest) => ({
    now: request.now,
    ip: request.ip,
    requestId: String(request.id),
    userAgent: request.headers['user-agent'] ?? '',
    log: request.log,
  });

  app.post(
    '/portal/otp',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'requestPortalCode',
        tags,
        summary: 'Send a one-time sign-in code to a phone by SMS (the same answer for any phone)',
        security: [],
        body: RequestCodeBody,
        response: { 200: RequestCodeResponse, ...errors(400, 404, 429) },
      },
    },
    async (request) => requestSignInCode(deps.handle.db, channels, request.body, env(request)),
  );

  app.post(
    '/portal/session',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'signInMember',
        tags,
        summary: 'Sign in with the code (an unknown phone joins as a member); sets the member cookie',
        security: [],
        body: SignInMemberBody,
        response: { 200: SignInMemberResponse, ...errors(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const session = await signInMember(deps.handle.db, request.body, env(request));
      reply.setCookie(MEMBER_SESSION_COOKIE, session.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.config.secureCookies,
        maxAge: MEMBER_SESSION_MAX_DAYS * 86_400,
      });
      return { memberId: session.memberId, joined: session.joined };
    },
  );

  app.delete(
    '/portal/session',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'signOutMember',
        tags,
        summary: 'Sign this phone out of the member portal',
        response: { 200: OkSchema, ...errors(401) },
      },
    },
    async (request, reply) => {
      const { ctx, sessionId } = memberCtx(request);
      await closeMemberSession(ctx.db, ctx.tenantId, sessionId);
      reply.clearCookie(MEMBER_SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/portal/code',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'getPortalMemberCode',
        tags,
        summary: 'The rotating member code for the counter’s scanner, and the card number',
        response: { 200: MemberCodeSchema, ...errors(401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return getMemberCode(ctx, memberId);
    },
  );

  app.get(
    '/portal/me',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'getPortalAccount',
        tags,
        summary: 'My account: profile, level, stored value, points, cards, coupon counts',
        response: { 200: PortalAccountSchema, ...errors(401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return getMyAccount(ctx, memberId);
    },
  );

  app.patch(
    '/portal/profile',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'updatePortalProfile',
        tags,
        summary: 'Change my name, birthday, e-mail or marketing consent (opt out)',
        body: UpdateProfileBody,
        response: { 200: PortalProfileSchema, ...errors(400, 401, 409) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return updateMyProfile(ctx, memberId, request.body);
    },
  );

  app.get(
    '/portal/coupons',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'listPortalCoupons',
        tags,
        summary: 'My coupons: usable, used and expired, with their codes',
        response: { 200: PortalCouponsSchema, ...errors(401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return listMyCoupons(ctx, memberId);
    },
  );

  app.get(
    '/portal/orders',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'listPortalOrders',
        tags,
        summary: 'My purchases, newest first',
        querystring: PageQuery,
        response: { 200: PortalOrdersSchema, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return listMyOrders(ctx, memberId, request.query);
    },
  );

  app.get(
    '/portal/orders/:id',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'getPortalReceipt',
        tags,
        summary: 'One of my purchases as a receipt',
        params: IdParams,
        response: { 200: PortalReceiptSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return getMyOrder(ctx, memberId, request.params.id);
    },
  );

  app.get(
    '/portal/recharges',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'listPortalRecharges',
        tags,
        summary: 'My recharges, newest first',
        querystring: PageQuery,
        response: { 200: PortalRechargesSchema, ...errors(400, 401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return listMyRecharges(ctx, memberId, request.query);
    },
  );

  app.get(
    '/portal/inbox',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'getPortalInbox',
        tags,
        summary: 'Messages to me, newest first',
        response: { 200: InboxSchema, ...errors(401) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      return listInbox(ctx, memberId);
    },
  );

  app.post(
    '/portal/inbox/:id/read',
    {
      config: MEMBER,
      schema: {
        security: MEMBER_SECURITY,
        operationId: 'markPortalInboxRead',
        tags,
        summary: 'Mark one of my messages read',
        params: IdParams,
        response: { 200: OkSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { ctx, memberId } = memberCtx(request);
      await markInboxRead(ctx, memberId, request.params.id);
      return { ok: true as const };
    },
  );
}
