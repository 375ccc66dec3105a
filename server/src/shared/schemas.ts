import { z } from 'zod';

/** Schema pieces every module's routes share. */
export const IdSchema = z.uuid();
export const IdParams = z.strictObject({ id: IdSchema });
export const TimestampSchema = z.string().describe('ISO-8601 UTC timestamp');
export const ErrorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  })
  .describe('Every error: a stable code, a message and optional details')
  .meta({ id: 'Error' });

/** The error statuses a route can answer with, for its OpenAPI response list. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) {
  return Object.fromEntries(statuses.map((s) => [s, ErrorSchema])) as Record<number, typeof ErrorSchema>;
}

export const OkSchema = z.object({ ok: z.literal(true) });
