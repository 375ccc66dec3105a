import { formatYuanShort } from '../../../lib/money.ts';

/** Tenths of a percent as text: 125 → "12.5%", -30 → "-3.0%". Integers only, so no 0.1 + 0.2 drift. */
export function formatTenths(tenths: number, signed = false): string {
  const abs = Math.abs(tenths);
  const sign = tenths < 0 ? '-' : signed && tenths > 0 ? '+' : '';
  return `${sign}${Math.trunc(abs / 10)}.${abs % 10}%`;
}

/**
 * The change against the previous period in tenths of a percent, rounded half away from zero;
 * null when there is nothing to compare with (the previous period had none).
 */
export function changeTenths(current: number, previous: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  const scaled = ((current - previous) * 1000) / Math.abs(previous);
  return Math.sign(scaled) * Math.round(Math.abs(scaled));
}

/** Gross margin (毛利率) in tenths of a percent of the net sales; null without net sales. */
export function marginTenths(grossProfitCents: number, netCents: number): number | null {
  if (netCents <= 0) return null;
  const scaled = (grossProfitCents * 1000) / netCents;
  return Math.sign(scaled) * Math.round(Math.abs(scaled));
}

/** A chart's money axis: ECharts picks tick values that may be fractional fen; people read yuan. */
export function yuanAxisLabel(fen: number): string {
  return formatYuanShort(Math.round(fen));
}
