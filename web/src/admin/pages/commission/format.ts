import { fenToYuanText, formatYuan } from '../../../lib/money.ts';

/** Basis points and fen share a scale (two decimals), so one parser reads "12.5" as 1250 of either. */
export function formatRate(basis: 'percent' | 'fixed' | null, value: number): string {
  if (basis === 'percent') return `${fenToYuanText(value).replace(/\.?0+$/, '')}%`;
  if (basis === 'fixed') return `${formatYuan(value)}/件`;
  return '';
}
