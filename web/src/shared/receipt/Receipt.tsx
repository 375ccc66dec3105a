import './receipt.css';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { formatYuan } from '../../lib/money.ts';
import type { PaperWidth } from './paper.ts';

export type Order = Schemas['Order'];

interface Props {
  order: Order;
  width: PaperWidth;
  /** Shop name on top (the tenant) and the store under it. */
  title: string;
  storeName: string;
}

function Row({ left, right, className }: { left: string; right: string; className?: string }) {
  return (
    <div className={`md-r-row${className ? ` ${className}` : ''}`}>
      <span>{left}</span>
      <span>{right}</span>
    </div>
  );
}

/** A sales receipt for 58 or 80 mm thermal paper; the same markup shows on screen as the preview. */
export function Receipt({ order, width, title, storeName }: Props) {
  const { t } = useTranslation();
  const refunded = order.refunds.length > 0;
  return (
    <div className={`md-receipt md-receipt--${width}`} data-testid={`receipt-${width}`}>
      <h1>{title}</h1>
      <div className="md-r-center">{storeName}</div>
      <div className="md-r-center">{t('sales.receipt.salesSlip')}</div>
      <hr className="md-r-rule" />
      <Row left={t('sales.receipt.orderNo')} right={order.orderNo} />
      <Row left={t('sales.receipt.time')} right={formatDateTime(order.createdAt)} />
      <Row left={t('sales.receipt.cashier')} right={`${order.cashierName ?? ''} · ${order.till}`} />
      {order.memberName && <Row left={t('sales.receipt.member')} right={order.memberName} />}
      <hr className="md-r-rule" />
      {order.lines.map((line) => (
        <div key={line.lineNo}>
          <div>{line.name}</div>
          <Row
            left={`  ${line.qty} × ${formatYuan(line.unitPriceCents)}`}
            right={formatYuan(line.listCents)}
          />
          {line.adjustments.map((a) => (
            <Row
              key={`${a.kind}-${a.label}`}
              className="md-r-adj"
              left={a.label}
              right={formatYuan(-a.amountCents)}
            />
          ))}
          {line.refundedQty > 0 && (
            <Row
              className="md-r-adj"
              left={t('sales.receipt.refundedQty', { qty: line.refundedQty })}
              right=""
            />
          )}
        </div>
      ))}
      <hr className="md-r-rule" />
      <Row left={t('sales.receipt.list')} right={formatYuan(order.listCents)} />
      {order.discountCents > 0 && (
        <Row left={t('sales.receipt.discount')} right={formatYuan(-order.discountCents)} />
      )}
      <Row className="md-r-total" left={t('sales.receipt.total')} right={formatYuan(order.totalCents)} />
      <hr className="md-r-rule" />
      {order.payments.map((p) => (
        <div key={p.seq}>
          <Row
            left={`${t(`sales.method_${p.method}`)}${p.ref ? ` (${p.ref})` : ''}`}
            right={formatYuan(p.method === 'cash' ? p.tenderedCents || p.amountCents : p.amountCents)}
          />
          {p.method === 'gift_card' &&
            order.giftCards
              .filter((g) => g.role === 'paid' && g.seq === p.seq)
              .map((g) => (
                <Row
                  key={g.giftCardId}
                  className="md-r-adj"
                  left={t('sales.receipt.giftCardLeft', { last4: g.last4 })}
                  right={formatYuan(g.balanceCents)}
                />
              ))}
          {p.method === 'stored_value' && p.bonusCents > 0 && (
            <Row
              className="md-r-adj"
              left={t('sales.receipt.svSplit', {
                principal: formatYuan(p.principalCents),
                bonus: formatYuan(p.bonusCents),
              })}
              right=""
            />
          )}
        </div>
      ))}
      {order.giftCards
        .filter((g) => g.role === 'sold')
        .map((g) => (
          <div key={g.giftCardId} data-testid="receipt-giftcard-sold">
            <Row
              left={t('sales.receipt.giftCardSold', { last4: g.last4 })}
              right={formatYuan(g.amountCents)}
            />
            {g.code && <div className="md-r-center">{g.code.replace(/(\d{4})(?=\d)/g, '$1 ')}</div>}
          </div>
        ))}
      {order.changeCents > 0 && (
        <Row left={t('sales.receipt.change')} right={formatYuan(order.changeCents)} />
      )}
      {order.pointsRedeemed > 0 && (
        <Row
          left={t('sales.receipt.pointsRedeemed', { points: order.pointsRedeemed })}
          right={formatYuan(-order.pointsValueCents)}
        />
      )}
      {refunded && (
        <>
          <hr className="md-r-rule" />
          {order.refunds.map((r) => (
            <Row
              key={r.id}
              left={`${t('sales.receipt.refund')} ${formatDateTime(r.createdAt)}`}
              right={formatYuan(-r.amountCents)}
            />
          ))}
        </>
      )}
      {order.memberBalances && (
        <>
          <hr className="md-r-rule" />
          <Row
            left={t('sales.receipt.balanceAfter')}
            right={formatYuan(order.memberBalances.principalCents + order.memberBalances.bonusCents)}
          />
          <Row
            className="md-r-adj"
            left={t('sales.receipt.principalBonus', {
              principal: formatYuan(order.memberBalances.principalCents),
              bonus: formatYuan(order.memberBalances.bonusCents),
            })}
            right=""
          />
          <Row left={t('sales.receipt.pointsEarned')} right={`+${order.pointsEarned}`} />
          <Row left={t('sales.receipt.pointsBalance')} right={String(order.memberBalances.points)} />
        </>
      )}
      <hr className="md-r-rule" />
      <div className="md-r-center">{t('sales.receipt.thanks')}</div>
      <div className="md-r-center md-r-small">{order.id}</div>
    </div>
  );
}
