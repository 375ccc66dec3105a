import type { ProductKind } from '../../db/schema.ts';
import { allocate, fen } from '../../shared/money.ts';
import type { CommissionRuleView } from './rules.ts';

/**
 * Pure rule arithmetic: which rule prices a line, which value a person earns at, and how a line's
 * commission splits between the people who served it. No database, so it is easy to reason about.
 */
export interface RuleIndex {
  byProduct: Map<string, CommissionRuleView>;
  byCategory: Map<string, CommissionRuleView>;
  byKind: Map<ProductKind, CommissionRuleView>;
  /** The category tree: child → parent. */
  parentOf: Map<string, string | null>;
}

export function indexRules(
  rules: readonly CommissionRuleView[],
  parentOf: Map<string, string | null> = new Map(),
): RuleIndex {
  const index: RuleIndex = { byProduct: new Map(), byCategory: new Map(), byKind: new Map(), parentOf };
  for (const r of rules) {
    if (r.status !== 'active') continue;
    if (r.scope === 'product' && r.targetId) index.byProduct.set(r.targetId, r);
    if (r.scope === 'category' && r.targetId) index.byCategory.set(r.targetId, r);
    if (r.scope === 'kind' && r.kind) index.byKind.set(r.kind, r);
  }
  return index;
}

/** Most specific wins: the product's rule, else its nearest category ancestor's, else the kind's. */
export function ruleFor(
  index: RuleIndex,
  line: { productId: string; categoryId: string | null; kind: ProductKind },
): CommissionRuleView | null {
  const own = index.byProduct.get(line.productId);
  if (own) return own;
  let at = line.categoryId;
  for (let steps = 0; at && steps <= index.parentOf.size; steps++) {
    const rule = index.byCategory.get(at);
    if (rule) return rule;
    at = index.parentOf.get(at) ?? null;
  }
  return index.byKind.get(line.kind) ?? null;
}

/**
 * The value a person earns at: 点钟 (requested) or 轮钟 (assigned), from the highest tier whose
 * threshold their month-to-date volume before this sale has reached.
 */
export function rateFor(rule: CommissionRuleView, requested: boolean, volumeCents: number): number {
  let assigned = rule.assignedValue;
  let asked = rule.requestedValue;
  for (const tier of rule.tiers) {
    if (volumeCents < tier.fromCents) break;
    assigned = tier.assignedValue;
    asked = tier.requestedValue;
  }
  return requested ? asked : assigned;
}

export interface StaffPart {
  sharePercent: number;
  rate: number;
}

/**
 * Splits a line between its staff. Each person's base is their share of the paid amount
 * (largest remainder over the shares). The line's commission is computed once, half away from
 * zero, then spread by largest remainder weighted by share × rate — with one rate for everyone this
 * is exactly "the line's commission split by share_percent", and the parts always sum to it.
 */
export function splitLine(
  line: { totalCents: number; qty: number },
  basis: 'percent' | 'fixed',
  staff: readonly StaffPart[],
): { bases: number[]; amounts: number[] } {
  const bases = allocate(
    line.totalCents,
    staff.map((s) => s.sharePercent),
  );
  const weights = staff.map((s) => s.rate * s.sharePercent);
  const sum = BigInt(weights.reduce((a, b) => a + b, 0));
  // percent: total × Σ(bp × share%) / (10000 × 100); fixed: qty × Σ(fen × share%) / 100.
  const numerator = basis === 'percent' ? BigInt(line.totalCents) * sum : BigInt(line.qty) * sum;
  const denominator = basis === 'percent' ? 1_000_000n : 100n;
  const total = fen(Number((numerator * 2n + denominator) / (denominator * 2n)));
  const amounts = sum === 0n ? staff.map(() => 0) : allocate(total, weights);
  return { bases, amounts };
}
