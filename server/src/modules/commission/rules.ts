import type { Selectable } from 'kysely';
import type { CommissionBasis, CommissionRulesTable, CommissionScope, ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { hasPermission } from '../auth/permissions.ts';

/** From this much of a staff member's month-to-date volume on, the tier's values apply. */
export interface Tier {
  fromCents: number;
  assignedValue: number;
  requestedValue: number;
}

export interface CommissionRuleView {
  id: string;
  name: string;
  scope: CommissionScope;
  /** The product or category the rule covers (scope product / category). */
  targetId: string | null;
  /** The kind a kind-wide default covers (scope kind). */
  kind: ProductKind | null;
  /** The product's or category's name, for lists. */
  targetName: string | null;
  basis: CommissionBasis;
  /** percent: basis points (1000 = 10%); fixed: fen per unit. */
  assignedValue: number;
  requestedValue: number;
  tiers: Tier[];
  status: 'active' | 'archived';
  createdAt: string;
  updatedAt: string;
}

export function toRuleView(r: Selectable<CommissionRulesTable>): CommissionRuleView {
  const byTarget = r.scope === 'product' || r.scope === 'category';
  return {
    id: r.id,
    name: r.name,
    scope: r.scope,
    targetId: byTarget ? r.target : null,
    kind: r.scope === 'kind' ? (r.target as ProductKind) : null,
    targetName: null,
    basis: r.basis,
    assignedValue: Number(r.assigned_value),
    requestedValue: Number(r.requested_value),
    tiers: JSON.parse(r.tiers) as Tier[],
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function requireCommissionRead(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, 'commission.read') && !hasPermission(ctx.actor, 'commission.manage'))
    throw new AppError('FORBIDDEN', 'Missing permission commission.read', { permission: 'commission.read' });
}

/** The tenant's rules, active first; archived ones stay for the ledger rows that name them. */
export async function listRules(
  ctx: Ctx,
  opts: { includeArchived?: boolean } = {},
): Promise<CommissionRuleView[]> {
  requireCommissionRead(ctx);
  return withTargetNames(ctx, await selectRules(ctx, opts.includeArchived ? undefined : 'active'));
}

export async function selectRules(ctx: Ctx, status?: 'active'): Promise<CommissionRuleView[]> {
  let q = ctx.db.selectFrom('commission_rules').selectAll().where('tenant_id', '=', ctx.tenantId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('status').orderBy('scope').orderBy('created_at').execute();
  return rows.map(toRuleView);
}

/** Fills in the names of the products and categories the rules point at. */
export async function withTargetNames(ctx: Ctx, rules: CommissionRuleView[]): Promise<CommissionRuleView[]> {
  const ids = (scope: CommissionScope) =>
    rules.filter((r) => r.scope === scope && r.targetId).map((r) => r.targetId!);
  const productIds = ids('product');
  const categoryIds = ids('category');
  const names = new Map<string, string>();
  if (productIds.length) {
    const rows = await ctx.db
      .selectFrom('products')
      .select(['id', 'name'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', 'in', productIds)
      .execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  if (categoryIds.length) {
    const rows = await ctx.db
      .selectFrom('categories')
      .select(['id', 'name'])
      .where('tenant_id', '=', ctx.tenantId)
      .where('id', 'in', categoryIds)
      .execute();
    for (const r of rows) names.set(r.id, r.name);
  }
  return rules.map((r) => ({ ...r, targetName: r.targetId ? (names.get(r.targetId) ?? null) : null }));
}

export async function loadRule(ctx: Ctx, id: string): Promise<CommissionRuleView> {
  const row = await ctx.db
    .selectFrom('commission_rules')
    .selectAll()
    .where('tenant_id', '=', ctx.tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('COMMISSION_RULE_NOT_FOUND', 'No such commission rule', { ruleId: id });
  const [view] = await withTargetNames(ctx, [toRuleView(row)]);
  return view!;
}
