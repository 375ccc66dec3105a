import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { VERSION } from '../version.ts';
import type { App } from './types.ts';

/** OpenAPI 3 document at /api/docs/json, browsable at /api/docs; the web client is generated from it. */
export async function registerOpenApi(app: App): Promise<void> {
  // The docs are public; every other route states its own rule.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, auth: 'public' };
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Memberdesk API',
        version: VERSION,
        description:
          'Memberdesk (会员收银台) REST API. Money fields are integers in fen (minor units) and end in `_cents` or `Cents`. ' +
          'Errors are `{ "error": { "code", "message", "details" } }`. Money-moving POSTs take an `Idempotency-Key` header.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'md_sid' },
          // The member portal's routes use their own cookie.
          memberSession: { type: 'apiKey', in: 'cookie', name: 'md_msid' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
}
