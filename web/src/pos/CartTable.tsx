import { CreditCardOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberCard } from '../api/client.ts';
import { formatYuan } from '../lib/money.ts';
import type { Cart, CartLine, PricedCart } from './cart.ts';

/** The member's cards that can pay one session of this product (its SKU is the card's item code). */
export function cardsFor(line: CartLine, cards: readonly MemberCard[]): MemberCard[] {
  if (line.product.kind !== 'service') return [];
  return cards.filter((c) =>
    c.items.some((i) => i.itemCode === line.product.sku && (i.sessionsLeft === null || i.sessionsLeft > 0)),
  );
}

interface Props {
  cart: Cart;
  quote: PricedCart | null;
  selected: number;
  onSelect: (index: number) => void;
  cards: readonly MemberCard[];
  onToggleCard: (index: number) => void;
  /** Display names of the people a line can be credited to, by user id. */
  staffNames: ReadonlyMap<string, string>;
}

export function CartTable({ cart, quote, selected, onSelect, cards, onToggleCard, staffNames }: Props) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    body.current?.children[selected]?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (cart.lines.length === 0) {
    return (
      <div className="pos-cart" style={{ display: 'grid', placeItems: 'center' }}>
        <Empty description={t('pos.emptyCart')} />
      </div>
    );
  }
  // Quote lines follow the cart's order; a stale quote (cart just changed) still explains the rest.
  const priced = (i: number) => {
    const q = quote?.lines[i];
    return q && q.productId === cart.lines[i]?.product.id ? q : null;
  };
  return (
    <div className="pos-cart" data-testid="cart">
      <table>
        <thead>
          <tr>
            <th style={{ width: 32 }}>#</th>
            <th>{t('pos.item')}</th>
            <th className="pos-num" style={{ width: 60 }}>
              {t('pos.qty')}
            </th>
            <th className="pos-num" style={{ width: 90 }}>
              {t('pos.price')}
            </th>
            <th className="pos-num" style={{ width: 100 }}>
              {t('pos.lineTotal')}
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {cart.lines.map((line, i) => {
            const q = priced(i);
            const usable = cardsFor(line, cards);
            const card = line.cardId ? cards.find((c) => c.id === line.cardId) : null;
            return (
              <tr
                key={line.key}
                className={`pos-line${i === selected ? ' pos-line-selected' : ''}`}
                onClick={() => onSelect(i)}
                data-testid="cart-line"
              >
                <td>{i + 1}</td>
                <td>
                  <div style={{ fontWeight: 500 }}>{line.product.name || q?.name || '…'}</div>
                  <div style={{ fontSize: 12, color: '#8c8c8c' }}>{line.product.sku || q?.sku}</div>
                  {line.staff.length > 0 && (
                    <div style={{ fontSize: 13, color: '#0958d9' }} data-testid="line-staff">
                      {line.staff
                        .map((s) =>
                          [
                            staffNames.get(s.userId) ?? '…',
                            s.requested ? t('pos.staffRequested') : '',
                            line.staff.length > 1 ? `${s.sharePercent}%` : '',
                          ]
                            .filter(Boolean)
                            .join(' '),
                        )
                        .join(' · ')}
                    </div>
                  )}
                  {q?.adjustments.map((a) => (
                    <div key={`${a.kind}-${a.label}`} className="pos-adj" data-testid="line-adjustment">
                      {a.label} {formatYuan(-a.amountCents)}
                    </div>
                  ))}
                  {(usable.length > 0 || line.cardId) && (
                    <Button
                      size="small"
                      type={line.cardId ? 'primary' : 'default'}
                      icon={<CreditCardOutlined />}
                      onClick={(e) => {
                        e.stopPropagation();
                        onToggleCard(i);
                      }}
                      style={{ marginTop: 4 }}
                      data-testid="line-use-card"
                    >
                      {line.cardId ? t('pos.usingCard', { name: card?.name ?? '' }) : t('pos.useCard')}
                    </Button>
                  )}
                </td>
                <td className="pos-num" style={{ fontSize: 16 }}>
                  {line.qty}
                </td>
                <td className="pos-num">{formatYuan(q?.unitPriceCents ?? line.product.priceCents)}</td>
                <td className="pos-num" style={{ fontWeight: 600 }}>
                  {q ? formatYuan(q.totalCents) : formatYuan(line.product.priceCents * line.qty)}
                  {q && q.discountCents > 0 && (
                    <div
                      style={{
                        fontSize: 12,
                        color: '#8c8c8c',
                        textDecoration: 'line-through',
                        fontWeight: 400,
                      }}
                    >
                      {formatYuan(q.listCents)}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
