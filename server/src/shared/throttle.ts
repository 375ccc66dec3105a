import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';

export interface ThrottleRule {
  /** Hits allowed within the window before the bucket locks. */
  limit: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Counters live in the database, so a limit holds across every app node. One atomic upsert per
 * hit: a window that has passed starts over, otherwise the count goes up by one.
 */
export async function recordHit(db: Db, tenantId: string, bucket: string, rule: ThrottleRule, now: Date) {
  const nowIso = now.toISOString();
  const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ tenant_id: tenantId, bucket, window_started_at: nowIso, hits: 1, locked_until: null })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'bucket']).doUpdateSet({
        hits: sql`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.hits + 1 end`,
        window_started_at: sql`case when rate_limits.window_started_at < ${windowStart} then ${nowIso} else rate_limits.window_started_at end`,
      }),
    )
    .returning(['hits'])
    .executeTakeFirstOrThrow();
  if (row.hits >= rule.limit) {
    const lockedUntil = new Date(now.getTime() + rule.lockMs).toISOString();
    await db
      .updateTable('rate_limits')
      .set({ locked_until: lockedUntil })
      .where('tenant_id', '=', tenantId)
      .where('bucket', '=', bucket)
      .execute();
    return { hits: row.hits, lockedUntil };
  }
  return { hits: row.hits, lockedUntil: null };
}

/** The latest lock among the buckets that is still in force, or null. */
export async function activeLock(db: Db, tenantId: string, buckets: readonly string[], now: Date) {
  const row = await db
    .selectFrom('rate_limits')
    .select((eb) => eb.fn.max('locked_until').as('until'))
    .where('tenant_id', '=', tenantId)
    .where('bucket', 'in', buckets)
    .where('locked_until', '>', now.toISOString())
    .executeTakeFirst();
  return row?.until ?? null;
}

export async function clearBucket(db: Db, tenantId: string, bucket: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('tenant_id', '=', tenantId).where('bucket', '=', bucket).execute();
}
