import type { TFunction } from 'i18next';
import type { Schemas } from '../../../api/client.ts';
import { formatYuanShort } from '../../../lib/money.ts';

export type CouponTemplate = Schemas['CouponTemplate'];
export type Coupon = Schemas['Coupon'];

type Terms = Pick<CouponTemplate, 'kind' | 'value' | 'maxOffCents' | 'thresholdCents'>;

/** One line a cashier reads aloud: "满¥100减¥20", "8折（最高减¥15）", "减¥10". */
export function couponTerms(t: TFunction, c: Terms): string {
  const threshold =
    c.thresholdCents > 0 ? t('coupons.terms.threshold', { amount: formatYuanShort(c.thresholdCents) }) : '';
  if (c.kind === 'percent') {
    const off = t('coupons.terms.percent', { rate: (100 - c.value) / 10, percent: c.value });
    const cap =
      c.maxOffCents !== null ? t('coupons.terms.cap', { amount: formatYuanShort(c.maxOffCents) }) : '';
    return `${threshold}${off}${cap}`;
  }
  return `${threshold}${t('coupons.terms.off', { amount: formatYuanShort(c.value) })}`;
}

export const STATE_COLOR: Record<Coupon['state'], string> = {
  usable: 'green',
  not_yet_valid: 'blue',
  used: 'default',
  expired: 'orange',
  void: 'default',
};
