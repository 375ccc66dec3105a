import type { CommissionBasis, CommissionScope, ProductKind } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { AppError } from '../../shared/errors.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { inTransaction } from '../../shared/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requirePermission } from '../auth/permissions.ts';
import { loadCategory } from '../catalog/categories.ts';
import { loadProductRow } from '../catalog/products.ts';
import { type CommissionRuleView, loadRule, type Tier } from './rules.ts';

export interface RuleInput {
  name: string;
  scope: CommissionScope;
  targetId?: string | null;
  kind?: ProductKind | null;
  basis: CommissionBasis;
  assignedValue: number;
  /** 点钟 value; the assigned value when omitted. */
  requestedValue?: number;
  tiers?: Tier[];
}

export type RulePatch = Partial<
  Pick<RuleInput, 'name' | 'basis' | 'assignedValue' | 'requestedValue' | 'tiers'>
>;

/** 100% of the paid amount, or ¥100,000 a unit: anything above is a typing slip. */
const MAX_VALUE: Record<CommissionBasis, number> = { percent: 10_000, fixed: 10_000_000 };

function checkValues(basis: CommissionBasis, values: { assigned: number; requested: number; tiers: Tier[] }) {
  const max = MAX_VALUE[basis];
  const bad = (v: number) => !Number.isSafeInteger(v) || v < 0 || v > max;
  if (bad(values.assigned) || bad(values.requested))
    throw new AppError('VALIDATION_FAILED', `A value is 0–${max}`, { field: 'assignedValue' });
  let last = 0;
  for (const [i, t] of values.tiers.entries()) {
    if (bad(t.assignedValue) || bad(t.requestedValue))
      throw new AppError('VALIDATION_FAILED', `A value is 0–${max}`, { field: `tiers[${i}]` });
    if (!Number.isSafeInteger(t.fromCents) || t.fromCents <= last)
      throw new AppError('VALIDATION_FAILED', 'Tier thresholds rise, each above zero', {
        field: `tiers[${i}].fromCents`,
      });
    last = t.fromCents;
  }
}

/** The stored target: the product or category id, the kind, or '' for recharge. */
async function targetOf(tx: Ctx, input: RuleInput): Promise<string> {
  const field = { field: 'targetId' };
  switch (input.scope) {
    case 'product':
      if (!input.targetId) throw new AppError('VALIDATION_FAILED', 'Name the product', field);
      await loadProductRow(tx, input.targetId);
      return input.targetId;
    case 'category':
      if (!input.targetId) throw new AppError('VALIDATION_FAILED', 'Name the category', field);
      await loadCategory(tx, input.targetId);
      return input.targetId;
    case 'kind':
      if (!input.kind) throw new AppError('VALIDATION_FAILED', 'Name the kind', { field: 'kind' });
      return input.kind;
    case 'recharge':
      return '';
  }
}

export async function createRule(ctx: Ctx, input: RuleInput): Promise<CommissionRuleView> {
  requirePermission(ctx.actor, 'commission.manage');
  const tiers = input.tiers ?? [];
  const requested = input.requestedValue ?? input.assignedValue;
  checkValues(input.basis, { assigned: input.assignedValue, requested, tiers });
  return inTransaction(ctx, async (tx) => {
    const target = await targetOf(tx, input);
    const taken = await tx.db
      .selectFrom('commission_rules')
      .select('id')
      .where('tenant_id', '=', tx.tenantId)
      .where('scope', '=', input.scope)
      .where('target', '=', target)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (taken)
      throw new AppError('COMMISSION_RULE_EXISTS', 'That target already has a rule; edit it', {
        ruleId: taken.id,
      });
    const id = uuidv7(tx.now.getTime());
    const at = tx.now.toISOString();
    await tx.db
      .insertInto('commission_rules')
      .values({
        tenant_id: tx.tenantId,
        id,
        name: input.name.trim(),
        scope: input.scope,
        target,
        basis: input.basis,
        assigned_value: input.assignedValue,
        requested_value: requested,
        tiers: JSON.stringify(tiers),
        status: 'active',
        created_at: at,
        updated_at: at,
      })
      .execute();
    const rule = await loadRule(tx, id);
    await recordAudit(tx, {
      action: 'commission.rule.create',
      entity: 'commission_rule',
      entityId: id,
      after: rule,
    });
    return rule;
  });
}

/** Changes values from now on; what was already earned stays as the ledger wrote it. */
export async function updateRule(ctx: Ctx, id: string, patch: RulePatch): Promise<CommissionRuleView> {
  requirePermission(ctx.actor, 'commission.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadRule(tx, id);
    if (before.status !== 'active')
      throw new AppError('COMMISSION_RULE_NOT_FOUND', 'That rule was deleted', { ruleId: id });
    const basis = patch.basis ?? before.basis;
    const assigned = patch.assignedValue ?? before.assignedValue;
    const requested = patch.requestedValue ?? patch.assignedValue ?? before.requestedValue;
    const tiers = patch.tiers ?? before.tiers;
    checkValues(basis, { assigned, requested, tiers });
    await tx.db
      .updateTable('commission_rules')
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        basis,
        assigned_value: assigned,
        requested_value: requested,
        tiers: JSON.stringify(tiers),
        updated_at: tx.now.toISOString(),
      })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    const after = await loadRule(tx, id);
    await recordAudit(tx, {
      action: 'commission.rule.update',
      entity: 'commission_rule',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Archives the rule (ledger rows keep naming it); its target falls back to the next rule up. */
export async function deleteRule(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'commission.manage');
  await inTransaction(ctx, async (tx) => {
    const before = await loadRule(tx, id);
    if (before.status !== 'active') return;
    await tx.db
      .updateTable('commission_rules')
      .set({ status: 'archived', updated_at: tx.now.toISOString() })
      .where('tenant_id', '=', tx.tenantId)
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, {
      action: 'commission.rule.delete',
      entity: 'commission_rule',
      entityId: id,
      before,
    });
  });
}
