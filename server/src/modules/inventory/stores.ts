import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { requireStore } from '../auth/permissions.ts';
import { selectStore } from '../tenancy/queries.ts';

/** The actor may act in this store, and it is one of the tenant's (STORE_FORBIDDEN first). */
export async function requireActiveStore(ctx: Ctx, storeId: string): Promise<void> {
  requireStore(ctx.actor, storeId);
  const store = await selectStore(ctx.db, ctx.tenantId, storeId);
  if (!store) throw new AppError('STORE_NOT_FOUND', 'No such store', { storeId });
}

/** Store names by id, for document views. */
export async function storeNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.db
    .selectFrom('stores')
    .select(['id', 'name'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Product names and SKUs by id, for document lines. */
export async function productLabels(
  ctx: Ctx,
  ids: readonly string[],
): Promise<Map<string, { sku: string; name: string; unit: string }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await ctx.db
    .selectFrom('products')
    .select(['id', 'sku', 'name', 'unit'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, { sku: r.sku, name: r.name, unit: r.unit }]));
}
