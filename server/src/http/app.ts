import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { adjustmentRoutes } from '../modules/adjustments/routes.ts';
import { analyticsRoutes } from '../modules/analytics/routes.ts';
import { appointmentRoutes } from '../modules/appointments/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { roleRoutes } from '../modules/auth/role-routes.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { userRoutes } from '../modules/auth/user-routes.ts';
import { cardRoutes } from '../modules/cards/routes.ts';
import { catalogRoutes } from '../modules/catalog/routes.ts';
import { commissionRoutes } from '../modules/commission/routes.ts';
import { couponRoutes } from '../modules/coupons/routes.ts';
import { optOutRoutes } from '../modules/engagement/opt-out-routes.ts';
import { engagementRoutes } from '../modules/engagement/routes.ts';
import { feedbackRoutes } from '../modules/feedback/routes.ts';
import { exchangeRoutes } from '../modules/giftcards/exchange-routes.ts';
import { giftCardRoutes } from '../modules/giftcards/routes.ts';
import { importRoutes } from '../modules/imports/routes.ts';
import { inventoryRoutes } from '../modules/inventory/routes.ts';
import { levelRoutes } from '../modules/members/level-routes.ts';
import { memberRoutes } from '../modules/members/routes.ts';
import { pointsRoutes } from '../modules/points/routes.ts';
import { portalRoutes } from '../modules/portal/routes.ts';
import { promotionRoutes } from '../modules/promotions/routes.ts';
import { balanceReportRoutes } from '../modules/reports/balance-routes.ts';
import { reportRoutes } from '../modules/reports/routes.ts';
import { salesRoutes } from '../modules/sales/routes.ts';
import { tenancyRoutes } from '../modules/tenancy/routes.ts';
import { walletRoutes } from '../modules/wallet/routes.ts';
import { AppError } from '../shared/errors.ts';
import { uuidv7 } from '../shared/ids.ts';
import { authenticate } from './auth-hook.ts';
import { errorBody, handleError } from './error-handler.ts';
import { healthRoutes } from './health.ts';
import { registerOpenApi } from './openapi.ts';
import { checkCsrf, setSecurityHeaders } from './security.ts';
import type { App, AppDeps, RouteEntry } from './types.ts';
import { registerWeb } from './web.ts';

export const BODY_LIMIT = 1024 * 1024;

/** Assembles the HTTP app: plugins, hooks, every module's routes, docs and the web build. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : uuidv7();
    },
    ajv: undefined,
    // Errors the router raises before routing get the same error body as every other error.
    frameworkErrors: (err, request, reply) => handleError(err, request, reply),
  }).withTypeProvider() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest('now', null as unknown as Date);
  app.decorateRequest('staff', undefined);
  app.decorateRequest('member', undefined);
  await app.register(fastifyCookie);
  await registerOpenApi(app);

  // The route table, for the test that every API route states its access rule.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      routeTable.push({ method, url: route.url, auth: route.config?.auth, schema: route.schema });
  });

  const policy = { idleMinutes: deps.config.sessionIdleMinutes, maxDays: deps.config.sessionMaxDays };
  app.addHook('onRequest', async (request, reply) => {
    request.now = clock();
    reply.header('x-request-id', request.id);
    setSecurityHeaders(request, reply);
    if (!request.url.startsWith('/api/')) return;
    checkCsrf(request, deps.config.allowedOrigins);
    await authenticate(request, deps.handle, policy);
  });

  // NUL cannot be stored in PostgreSQL text (and means nothing in a name or a note): refuse it in
  // every input the same way on both databases, before any use case sees it.
  app.addHook('preValidation', async (request) => {
    if (request.url.includes('%00') || containsNul(request.body))
      throw new AppError('VALIDATION_FAILED', 'Text may not contain the NUL character');
  });

  const routeDeps = { ...deps, clock };
  await app.register(
    async (api) => {
      healthRoutes(api, routeDeps);
      authRoutes(api, routeDeps);
      userRoutes(api);
      roleRoutes(api);
      tenancyRoutes(api);
      auditRoutes(api);
      memberRoutes(api);
      levelRoutes(api);
      walletRoutes(api);
      adjustmentRoutes(api);
      pointsRoutes(api);
      cardRoutes(api);
      salesRoutes(api);
      commissionRoutes(api);
      couponRoutes(api);
      promotionRoutes(api);
      giftCardRoutes(api);
      exchangeRoutes(api);
      importRoutes(api);
      inventoryRoutes(api);
      catalogRoutes(api);
      engagementRoutes(api);
      appointmentRoutes(api);
      feedbackRoutes(api);
      analyticsRoutes(api);
      reportRoutes(api);
      balanceReportRoutes(api);
      optOutRoutes(api, routeDeps);
      portalRoutes(api, routeDeps);
    },
    { prefix: '/api/v1' },
  );

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      reply
        .status(404)
        .send(errorBody('ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`));
      return;
    }
    throw new AppError('ROUTE_NOT_FOUND', 'Not found');
  });
  await registerWeb(app, deps.config.webDist);
  return app;
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Buffer.isBuffer(value)) return false;
  for (const item of Array.isArray(value) ? value : Object.entries(value).flat())
    if (containsNul(item, depth + 1)) return true;
  return false;
}
