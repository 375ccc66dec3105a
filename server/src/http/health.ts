import { sql } from 'kysely';
import { z } from 'zod';
import { VERSION } from '../version.ts';
import type { App, AppDeps } from './types.ts';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  dialect: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

export function healthRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/health',
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'getHealth',
        tags: ['system'],
        summary: 'Liveness and database check for load balancers',
        security: [],
        response: { 200: HealthSchema },
      },
    },
    async () => {
      let status: 'ok' | 'degraded' = 'ok';
      try {
        await sql`select 1`.execute(deps.handle.db);
      } catch {
        status = 'degraded';
      }
      return { status, dialect: deps.handle.dialect, version: VERSION };
    },
  );
}
