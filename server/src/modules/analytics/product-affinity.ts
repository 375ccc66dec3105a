import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { localDayOf } from '../../shared/time.ts';
import { requirePermission } from '../auth/permissions.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { type AffinityRow, type AffinitySort, countBaskets, selectAffinity } from './affinity-queries.ts';
import { spanOf } from './span.ts';
import { reportStores } from './store-scope.ts';

const DAY_MS = 86_400_000;

export interface AffinityInput {
  /** First day, YYYY-MM-DD (tenant's zone); all history when left out. */
  from?: string;
  /** Last day, inclusive; today when left out. */
  to?: string;
  storeId?: string;
  /** Baskets a product and a pair need at least; 1% of the baskets (at least 2) by default. */
  minSupport?: number;
  sort?: AffinitySort;
  /** The best pairs to return, 100 by default. */
  limit?: number;
}

export interface AffinityPair {
  productAId: string;
  productASku: string;
  productAName: string;
  productBId: string;
  productBSku: string;
  productBName: string;
  pairBaskets: number;
  productABaskets: number;
  productBBaskets: number;
  support: number;
  confidence: number;
  lift: number;
}

const toPair = (r: AffinityRow): AffinityPair => ({
  productAId: r.a_id,
  productASku: r.a_sku,
  productAName: r.a_name,
  productBId: r.b_id,
  productBSku: r.b_sku,
  productBName: r.b_name,
  pairBaskets: r.pair_count,
  productABaskets: r.a_count,
  productBBaskets: r.b_count,
  support: r.support,
  confidence: r.confidence,
  lift: r.lift,
});

/**
 * Bought A → also bought B over the purchase orders of a period (history and live): each ordered
 * pair with its support, confidence and lift, the best first.
 */
export async function productAffinity(ctx: Ctx, input: AffinityInput = {}) {
  requirePermission(ctx.actor, 'reports.read');
  const stores = reportStores(ctx, input.storeId);
  const { timezone } = await getTenantProfile(ctx);
  const to = input.to ?? localDayOf(ctx.now, timezone);
  let windowDays: number | null = null;
  if (input.from !== undefined) {
    windowDays = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${input.from}T00:00:00Z`)) / DAY_MS + 1;
    if (!(windowDays >= 1)) {
      throw new AppError('VALIDATION_FAILED', 'from must be a date on or before to', { field: 'from' });
    }
  }
  const span = spanOf(to, windowDays, timezone);
  const sort = input.sort ?? 'lift';
  const limit = input.limit ?? 100;
  let minSupport = input.minSupport;
  if (minSupport === undefined) {
    // Counting the baskets first costs one scan; it keeps the self-join to the products that matter.
    const basketCount = await countBaskets(ctx.db, ctx.tenantId, span, stores);
    minSupport = Math.max(2, Math.ceil(basketCount / 100));
  }
  const result = await selectAffinity(ctx.db, ctx.tenantId, span, stores, { minSupport, sort, limit });
  return {
    from: input.from ?? null,
    to,
    minSupport,
    sort,
    basketCount: result.basketCount,
    pairCount: result.pairCount,
    rows: result.rows.map(toPair),
  };
}
