import type { TFunction } from 'i18next';
import type { LevelBasis } from '../../../api/client.ts';
import { basisIsMoney } from '../../../lib/levels.ts';
import { formatYuan } from '../../../lib/money.ts';

/** A threshold or total in the basis unit: yuan for spend and recharge, points for points. */
export function formatBasisAmount(t: TFunction, basis: LevelBasis, value: number): string {
  return basisIsMoney(basis) ? formatYuan(value) : t('levels.pointsAmount', { count: value });
}

/** 95 → 95折 / 5% off; 90 → 9折 / 10% off; 100 → no discount. Chinese drops the trailing zero. */
export function formatDiscount(t: TFunction, percent: number): string {
  if (percent >= 100) return t('levels.discountNone');
  const zhe = percent % 10 === 0 ? String(percent / 10) : String(percent);
  return t('levels.discountValue', { zhe, off: 100 - percent });
}

/** 150 → 1.5×. */
export function formatMultiplier(percent: number): string {
  return `${percent / 100}×`;
}
