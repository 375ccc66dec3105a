import { Alert, Button, Divider, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors.ts';
import { formatYuan } from '../lib/money.ts';
import type { PricedCart } from './cart.ts';
import type { MemberInfo } from './hooks.ts';
import { Kbd } from './Kbd.tsx';

interface Props {
  info: MemberInfo | null;
  error: unknown;
  attached: boolean;
  onFind: () => void;
  onDetach: () => void;
  /** The member's usable coupons, each priced on the cart (from the latest quote). */
  coupons: PricedCart['coupons'] | undefined;
  couponId: string | null;
  onPickCoupon: (couponId: string | null) => void;
  /** 积分兑换 for this member (shown with the exchange permission). */
  onExchange?: () => void;
}

/** Who is buying: level, stored value (principal + bonus), points, cards with sessions left. */
export function MemberPanel({
  info,
  error,
  attached,
  onFind,
  onDetach,
  coupons,
  couponId,
  onPickCoupon,
  onExchange,
}: Props) {
  const { t } = useTranslation();
  if (!attached) {
    return (
      <div className="pos-member" style={{ display: 'grid', placeItems: 'center' }}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pos.noMember')}>
          <Button type="primary" size="large" onClick={onFind} data-testid="member-find">
            <Kbd k="F2" />
            {t('pos.findMember')}
          </Button>
        </Empty>
      </div>
    );
  }
  if (!info) {
    return (
      <div className="pos-member">
        {error ? <Alert type="error" showIcon title={errorText(t, error)} /> : t('common.loading')}
      </div>
    );
  }
  const { member, level, storedValue, cards, points } = info;
  return (
    <div className="pos-member" data-testid="member-panel">
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="member-name">
          {member.name}
        </Typography.Text>
        {level && <Tag color="gold">{level.name}</Tag>}
        <Button size="small" style={{ marginLeft: 'auto' }} onClick={onDetach} data-testid="member-detach">
          {t('pos.detach')}
        </Button>
      </div>
      <Typography.Text type="secondary">
        {member.phone ?? ''} {member.cardNo ? `· ${member.cardNo}` : ''}
      </Typography.Text>
      {member.status !== 'active' && (
        <Alert type="warning" showIcon title={t(`members.status_${member.status}`)} />
      )}
      <Divider style={{ margin: '8px 0' }} />
      <div className="md-r-row" style={{ display: 'flex', justifyContent: 'space-between' }}>
        <span>{t('pos.storedValue')}</span>
        <Typography.Text strong data-testid="member-sv">
          {formatYuan(storedValue.totalCents)}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('pos.principalBonus', {
          principal: formatYuan(storedValue.principalCents),
          bonus: formatYuan(storedValue.bonusCents),
        })}
      </Typography.Text>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 4 }}>
        <span>{t('pos.points')}</span>
        <span>
          <Typography.Text strong data-testid="member-points">
            {points.balance}
          </Typography.Text>
          {onExchange && (
            <Button
              size="small"
              type="link"
              onClick={onExchange}
              disabled={member.status !== 'active'}
              data-testid="member-exchange"
            >
              {t('pos.exchangePoints')}
            </Button>
          )}
        </span>
      </div>
      <Divider style={{ margin: '8px 0' }} />
      <Typography.Text strong>{t('pos.cards')}</Typography.Text>
      {cards.length === 0 ? (
        <div style={{ color: '#8c8c8c', fontSize: 12 }}>{t('pos.noCards')}</div>
      ) : (
        cards.map((c) => (
          <div key={c.id} style={{ fontSize: 12, marginTop: 4 }}>
            <div>{c.name}</div>
            {c.items.map((i) => (
              <div key={i.itemCode} style={{ color: '#595959', paddingLeft: 8 }}>
                {i.itemName}:{' '}
                {i.sessionsLeft === null ? t('pos.unlimited') : t('pos.sessionsLeft', { n: i.sessionsLeft })}
              </div>
            ))}
          </div>
        ))
      )}
      <Divider style={{ margin: '8px 0' }} />
      <Typography.Text strong>{t('pos.coupons')}</Typography.Text>
      {(coupons ?? []).length === 0 ? (
        <div style={{ color: '#8c8c8c', fontSize: 12 }}>{t('pos.noCoupons')}</div>
      ) : (
        <div data-testid="member-coupons" style={{ display: 'grid', gap: 4, marginTop: 4 }}>
          {(coupons ?? []).map((c) => {
            const picked = c.id === couponId;
            return (
              <Button
                key={c.id}
                size="small"
                type={picked ? 'primary' : 'default'}
                disabled={!c.applicable && !picked}
                onClick={() => onPickCoupon(picked ? null : c.id)}
                style={{ height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
                data-testid="coupon-pick"
              >
                <span style={{ display: 'block' }}>{c.name}</span>
                <span style={{ display: 'block', fontSize: 12, opacity: 0.8 }}>
                  {c.applicable
                    ? t('pos.couponSaves', { amount: formatYuan(c.estimateCents) })
                    : t(`pos.couponWhy_${c.reason ?? 'nothing_left'}`)}
                  {' · '}
                  {c.code}
                </span>
              </Button>
            );
          })}
        </div>
      )}
    </div>
  );
}
