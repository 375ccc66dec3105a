import type { Db } from '../db/schema.ts';
import type { Ctx } from './context.ts';

/**
 * Runs `fn` in one database transaction, or inside the caller's if there already is one (the
 * idempotency wrapper opens the transaction so the stored response commits with the effect).
 */
export async function inTransaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx as unknown as Db }));
}
