import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors.ts';
import { formatYuan } from '../lib/money.ts';
import type { Cart } from './cart.ts';
import type { useQuote } from './hooks.ts';

/** Under the cart: count, list price, discounts, points, the order-level explanations and the total. */
export function Totals({ priced, cart }: { priced: ReturnType<typeof useQuote>; cart: Cart }) {
  const { t } = useTranslation();
  const q = priced.quote;
  const count = cart.lines.reduce((s, l) => s + l.qty, 0);
  return (
    <div className="pos-totals" data-testid="totals">
      <div>
        <div>{t('pos.count', { count })}</div>
        {q && (
          <div style={{ fontSize: 13 }}>
            {t('pos.listTotal')} {formatYuan(q.listCents)} · {t('pos.discountTotal')}{' '}
            <span style={{ color: '#cf1322' }} data-testid="discount-total">
              {formatYuan(q.discountCents)}
            </span>
            {q.pointsRedeemed > 0 &&
              ` · ${t('pos.pointsUsed', { points: q.pointsRedeemed, value: formatYuan(q.pointsValueCents) })}`}
            {cart.memberId && ` · ${t('pos.pointsToEarn', { points: q.pointsToEarnEstimate })}`}
          </div>
        )}
        {q?.orderAdjustments.map((a) => (
          <Tag key={`${a.kind}-${a.label}`} color="volcano" data-testid="order-adjustment">
            {a.label} {formatYuan(-a.amountCents)}
          </Tag>
        ))}
        {priced.error ? (
          <Typography.Text type="danger" data-testid="quote-error">
            {errorText(t, priced.error)}
          </Typography.Text>
        ) : null}
      </div>
      <div className="pos-total" data-testid="cart-total">
        {q ? formatYuan(q.totalCents) : '—'}
      </div>
    </div>
  );
}
