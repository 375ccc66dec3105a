import { divRound } from '../../shared/money.ts';
import type { CouponRule, PricedLine } from '../pricing/price-cart.ts';
import type { CouponTemplate } from './templates.ts';

export type CouponTerms = Pick<
  CouponTemplate,
  'name' | 'kind' | 'value' | 'maxOffCents' | 'thresholdCents' | 'scope' | 'scopeIds'
>;

/** Whether a line counts for the coupon: its product or category is in scope. */
export function inScope(terms: CouponTerms, line: Pick<PricedLine, 'productId' | 'categoryId'>): boolean {
  if (terms.scope === 'all') return true;
  if (terms.scope === 'products') return terms.scopeIds.includes(line.productId);
  return line.categoryId !== null && terms.scopeIds.includes(line.categoryId);
}

/**
 * The engine's view of a coupon (pure): the lines in scope, what they cost at the coupon's turn in
 * the stacking order (after promotions, level and manual discounts), the threshold checked on that
 * amount, and the discount — fixed fen, or a percent of it up to the cap — never more than it.
 */
export function couponRule(terms: CouponTerms): CouponRule {
  return {
    label: `优惠券：${terms.name}`,
    discountFor(lines) {
      const lineIndexes = lines.flatMap((l, i) => (inScope(terms, l) && l.totalCents > 0 ? [i] : []));
      const base = lineIndexes.reduce((s, i) => s + (lines[i]?.totalCents ?? 0), 0);
      if (base <= 0 || base < terms.thresholdCents) return { amountCents: 0, lineIndexes };
      const off =
        terms.kind === 'percent'
          ? Math.min(divRound(base * terms.value, 100), terms.maxOffCents ?? Number.MAX_SAFE_INTEGER)
          : terms.value;
      return { amountCents: Math.min(off, base), lineIndexes };
    },
  };
}

/** Why a coupon gives nothing on this cart, or null when it applies. */
export function whyNotApplicable(terms: CouponTerms, lines: readonly PricedLine[]): string | null {
  const inScopeLines = lines.filter((l) => inScope(terms, l) && l.totalCents > 0);
  if (inScopeLines.length === 0) return 'no_items_in_scope';
  const base = inScopeLines.reduce((s, l) => s + l.totalCents, 0);
  if (base < terms.thresholdCents) return 'below_threshold';
  return null;
}
