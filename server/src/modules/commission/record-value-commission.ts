import type { Insertable } from 'kysely';
import type { CommissionLedgerTable } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { getTenantProfile } from '../tenancy/get-settings.ts';
import { startOfLocalMonth } from './period.ts';
import { indexRules, rateFor, ruleFor, splitLine } from './pick-rule.ts';
import { categoriesOfProducts, categoryTree, productOfCardProduct, volumesOf } from './queries.ts';
import { type CommissionRuleView, selectRules } from './rules.ts';

/** Who served a recharge or a card sold over the counter: the same shape as a sale line's staff. */
export interface ServingStaff {
  userId: string;
  sharePercent: number;
  /** 点钟: the member asked for this person. */
  requested?: boolean;
}

/**
 * Refuses what checkout refuses for a line's staff: a share outside 1–100, shares not adding up to
 * 100, the same person twice, or someone not of this tenant. Returns their display names.
 */
export async function checkServingStaff(
  ctx: Ctx,
  staff: readonly ServingStaff[],
): Promise<Map<string, string>> {
  if (staff.length === 0) return new Map();
  if (staff.some((s) => !Number.isInteger(s.sharePercent) || s.sharePercent < 1 || s.sharePercent > 100))
    throw new AppError('VALIDATION_FAILED', 'A staff share is 1–100 percent', { field: 'staff' });
  if (staff.reduce((sum, s) => sum + s.sharePercent, 0) !== 100)
    throw new AppError('VALIDATION_FAILED', 'Staff shares add up to 100', { field: 'staff' });
  const ids = [...new Set(staff.map((s) => s.userId))];
  if (ids.length !== staff.length)
    throw new AppError('VALIDATION_FAILED', 'Each person is named once', { field: 'staff' });
  const found = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== ids.length) throw new AppError('USER_NOT_FOUND', 'No such staff member');
  return new Map(found.map((u) => [u.id, u.display_name]));
}

export interface RechargeForCommission {
  id: string;
  storeId: string;
  /** What the member paid in: the base. The plan's bonus is the merchant's gift and earns nothing. */
  principalCents: number;
  itemName: string;
  staff: readonly ServingStaff[];
}

/**
 * Writes a recharge's commission inside the recharge's transaction, by the tenant's active
 * `recharge` rule, each person at their 点钟/轮钟 value and at the tier their month-to-date
 * recharge volume had reached before this recharge.
 */
export async function recordRechargeCommission(ctx: Ctx, recharge: RechargeForCommission): Promise<void> {
  if (recharge.staff.length === 0) return;
  const rule = (await selectRules(ctx, 'active')).find((r) => r.scope === 'recharge');
  if (!rule) return;
  await writeEntries(ctx, rule, 'recharge', {
    kind: 'recharge',
    refType: 'recharge',
    refId: recharge.id,
    storeId: recharge.storeId,
    itemName: recharge.itemName,
    kindOfItem: null,
    totalCents: recharge.principalCents,
    staff: recharge.staff,
  });
}

export interface CardSaleForCommission {
  cardId: string;
  cardProductId: string;
  storeId: string;
  priceCents: number;
  name: string;
  staff: readonly ServingStaff[];
}

/**
 * Writes the commission of a card sold over the counter (not through checkout) inside the card's
 * issue: priced like a card line at the till — the rule of the catalog product that sells this card
 * product, else its category's, else the `card` kind default — and counted in the sales volume.
 */
export async function recordCardSaleCommission(ctx: Ctx, sale: CardSaleForCommission): Promise<void> {
  if (sale.staff.length === 0) return;
  const rules = (await selectRules(ctx, 'active')).filter((r) => r.scope !== 'recharge');
  if (rules.length === 0) return;
  const product = await productOfCardProduct(ctx.db, ctx.tenantId, sale.cardProductId);
  const byCategory = rules.some((r) => r.scope === 'category');
  const categoryOf =
    byCategory && product ? await categoriesOfProducts(ctx.db, ctx.tenantId, [product.id]) : new Map();
  const index = indexRules(rules, byCategory ? await categoryTree(ctx.db, ctx.tenantId) : new Map());
  const rule = ruleFor(index, {
    productId: product?.id ?? '',
    categoryId: product ? (categoryOf.get(product.id) ?? null) : null,
    kind: 'card',
  });
  if (!rule) return;
  await writeEntries(ctx, rule, 'sale', {
    kind: 'sale',
    refType: 'member_card',
    refId: sale.cardId,
    storeId: sale.storeId,
    itemName: sale.name,
    kindOfItem: 'card',
    totalCents: sale.priceCents,
    staff: sale.staff,
  });
}

/** One entry per person: their share of the paid amount (the base) and of the commission. */
async function writeEntries(
  ctx: Ctx,
  rule: CommissionRuleView,
  stream: 'sale' | 'recharge',
  entry: {
    kind: 'sale' | 'recharge';
    refType: 'recharge' | 'member_card';
    refId: string;
    storeId: string;
    itemName: string;
    kindOfItem: 'card' | null;
    totalCents: number;
    staff: readonly ServingStaff[];
  },
): Promise<void> {
  const { timezone } = await getTenantProfile(ctx);
  const at = ctx.now.toISOString();
  const volumes = await volumesOf(
    ctx.db,
    ctx.tenantId,
    entry.staff.map((s) => s.userId),
    startOfLocalMonth(ctx.now, timezone).toISOString(),
    at,
    stream,
  );
  const parts = entry.staff.map((s) => ({
    sharePercent: s.sharePercent,
    rate: rateFor(rule, s.requested === true, volumes.get(s.userId) ?? 0),
  }));
  const { bases, amounts } = splitLine({ totalCents: entry.totalCents, qty: 1 }, rule.basis, parts);
  const rows: Insertable<CommissionLedgerTable>[] = entry.staff.map((s, i) => ({
    tenant_id: ctx.tenantId,
    id: uuidv7(ctx.now.getTime()),
    staff_user_id: s.userId,
    store_id: entry.storeId,
    at,
    kind: entry.kind,
    ref_type: entry.refType,
    ref_id: entry.refId,
    order_id: null,
    line_no: null,
    order_no: '',
    item_name: entry.itemName,
    kind_of_item: entry.kindOfItem,
    qty: 1,
    share_percent: s.sharePercent,
    requested: s.requested ? 1 : 0,
    base_cents: bases[i] ?? 0,
    amount_cents: amounts[i] ?? 0,
    rule_id: rule.id,
    rate: parts[i]?.rate ?? 0,
    basis: rule.basis,
    reverses_id: null,
    note: '',
  }));
  await ctx.db.insertInto('commission_ledger').values(rows).execute();
}
