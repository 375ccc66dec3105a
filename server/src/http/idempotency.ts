import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,100}$/;
const KEEP_MS = 24 * 60 * 60_000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(route: string, params: unknown, body: unknown): string {
  return createHash('sha256')
    .update(`${route}\n${canonical(params)}\n${canonical(body)}`)
    .digest('hex');
}

/**
 * Runs a write at most once per Idempotency-Key. The key row is inserted in the same transaction
 * as the write, so they commit together or not at all: a crash leaves no half-done key, a 4xx
 * leaves nothing (the retry runs afresh), and on PostgreSQL a concurrent request with the same key
 * waits on the unique index until the first commits, then replays its response.
 */
export async function runIdempotent<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: Ctx,
  status: number,
  run: (ctx: Ctx) => Promise<T>,
): Promise<T> {
  const mode = request.routeOptions.config.idempotency;
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (!key) {
    if (mode === 'required')
      throw new AppError('IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header with this request');
    const body = await ctx.db.transaction().execute((trx) => run({ ...ctx, db: trx as unknown as Db }));
    reply.status(status);
    return body;
  }
  if (!KEY_PATTERN.test(key)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 8–100 letters, digits or _.:-', {
      field: 'Idempotency-Key',
    });
  }
  const route = `${request.method} ${request.routeOptions.url}`;
  const hash = requestHash(route, request.params, request.body);
  const now = ctx.now.toISOString();

  const outcome = await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('idempotency_keys')
      .where('tenant_id', '=', ctx.tenantId)
      .where('key', '=', key)
      .where('expires_at', '<=', now)
      .execute();
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({
        tenant_id: ctx.tenantId,
        key,
        route,
        request_hash: hash,
        response_status: 0,
        response_body: '',
        created_at: now,
        expires_at: new Date(ctx.now.getTime() + KEEP_MS).toISOString(),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const first = await trx
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('tenant_id', '=', ctx.tenantId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (first.request_hash !== hash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request');
      }
      if (first.response_status === 0) {
        throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'The first request with this key is still running');
      }
      return {
        replay: true as const,
        status: first.response_status,
        body: JSON.parse(first.response_body) as T,
      };
    }
    const body = await run({ ...ctx, db: trx as unknown as Db });
    await trx
      .updateTable('idempotency_keys')
      .set({ response_status: status, response_body: JSON.stringify(body ?? null) })
      .where('tenant_id', '=', ctx.tenantId)
      .where('key', '=', key)
      .execute();
    return { replay: false as const, status, body };
  });
  if (outcome.replay) reply.header('idempotent-replayed', 'true');
  reply.status(outcome.status);
  return outcome.body;
}

/** Hourly clean-up of keys past their 24 hours. */
export async function purgeExpiredIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
