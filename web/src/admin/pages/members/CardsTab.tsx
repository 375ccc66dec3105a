import {
  CheckSquareOutlined,
  CreditCardOutlined,
  EditOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Progress, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type MemberCard, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { CardKindTag } from '../card-products/CardProductParts.tsx';
import type { CardItem } from './AdjustModal.tsx';

interface Props {
  cards: MemberCard[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Why selling or using cards is not possible now (frozen, erased, no store), if it is not. */
  blockedReason: string | null;
  onIssue: () => void;
  onConsume: (card: MemberCard) => void;
  onRefund: (card: MemberCard) => void;
  /** Correct the sessions left on one counted item (调整次数). */
  onAdjustSessions: (card: MemberCard, item: CardItem) => void;
  /** After a pause or resume, so the page reloads the cards. */
  onChanged: () => void;
}

const STATUS_COLOR: Record<MemberCard['status'], string> = {
  active: 'green',
  paused: 'orange',
  refunded: 'default',
};

/** A card can take a session now: active, in date, and something left on it. */
function canUse(card: MemberCard): boolean {
  return (
    card.status === 'active' &&
    !card.expired &&
    card.items.some((i) => i.sessionsLeft === null || i.sessionsLeft > 0)
  );
}

export function CardsTab({
  cards,
  loading,
  error,
  onRetry,
  blockedReason,
  onIssue,
  onConsume,
  onRefund,
  onAdjustSessions,
  onChanged,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();

  const setPaused = async (card: MemberCard, pause: boolean) => {
    try {
      const path = pause ? '/api/v1/cards/{id}/pause' : '/api/v1/cards/{id}/resume';
      await unwrap(api.POST(path, { params: { path: { id: card.id } } }));
      void message.success(t(pause ? 'cards.paused' : 'cards.resumed'));
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const issueButton = (
    <Button
      type="primary"
      icon={<CreditCardOutlined />}
      disabled={blockedReason !== null}
      onClick={onIssue}
      data-testid="card-issue-open"
    >
      {t('cards.issue')}
    </Button>
  );

  const actions = (card: MemberCard) => (
    <Space size={0} wrap>
      {can('cards.consume') && canUse(card) && (
        <Button
          type="link"
          size="small"
          icon={<CheckSquareOutlined />}
          disabled={blockedReason !== null}
          onClick={() => onConsume(card)}
          data-testid="card-consume"
        >
          {t('cards.consume')}
        </Button>
      )}
      {can('members.manage') && card.kind === 'time' && card.status === 'active' && !card.expired && (
        <Popconfirm
          title={t('cards.pauseConfirm', { name: card.name })}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          onConfirm={() => setPaused(card, true)}
        >
          <Button type="link" size="small" icon={<PauseCircleOutlined />} data-testid="card-pause">
            {t('cards.pause')}
          </Button>
        </Popconfirm>
      )}
      {can('members.manage') && card.status === 'paused' && (
        <Button
          type="link"
          size="small"
          icon={<PlayCircleOutlined />}
          onClick={() => void setPaused(card, false)}
          data-testid="card-resume"
        >
          {t('cards.resume')}
        </Button>
      )}
      {can('cards.refund') && card.status !== 'refunded' && (
        <Button
          type="link"
          size="small"
          danger
          icon={<RollbackOutlined />}
          onClick={() => onRefund(card)}
          data-testid="card-refund"
        >
          {t('wallet.refund')}
        </Button>
      )}
    </Space>
  );

  return (
    <div data-testid="member-cards">
      {can('cards.issue') && (
        <div style={{ marginBottom: 12 }}>
          {blockedReason ? (
            <Tooltip title={blockedReason}>
              <span>{issueButton}</span>
            </Tooltip>
          ) : (
            issueButton
          )}
        </div>
      )}
      <LoadError error={error} onRetry={onRetry} />
      <Spin spinning={loading && !cards}>
        {cards && cards.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cards.none')} />
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {(cards ?? []).map((card) => (
              <Card
                key={card.id}
                size="small"
                data-testid="member-card"
                data-card-id={card.id}
                title={
                  <Space size={6} wrap>
                    <span>{card.name}</span>
                    <CardKindTag kind={card.kind} />
                    <Tag color={STATUS_COLOR[card.status]} data-testid="card-status">
                      {t(`cards.status_${card.status}`)}
                    </Tag>
                    {card.expired && card.status !== 'refunded' && (
                      <Tag color="red" data-testid="card-expired">
                        {t('cards.expired')}
                      </Tag>
                    )}
                  </Space>
                }
                extra={actions(card)}
              >
                <CardBody
                  card={card}
                  onAdjust={
                    can('cards.adjust') && card.kind === 'counted' && card.status !== 'refunded'
                      ? (item) => onAdjustSessions(card, item)
                      : undefined
                  }
                  blockedReason={blockedReason}
                />
              </Card>
            ))}
          </Space>
        )}
      </Spin>
    </div>
  );
}

interface CardBodyProps {
  card: MemberCard;
  /** Set when the user may correct this card's sessions. */
  onAdjust: ((item: CardItem) => void) | undefined;
  blockedReason: string | null;
}

function CardBody({ card, onAdjust, blockedReason }: CardBodyProps) {
  const { t } = useTranslation();
  return (
    <>
      {card.items.map((item) => (
        <div
          key={item.itemCode}
          data-testid={`card-item-${item.itemCode}`}
          style={{ display: 'flex', alignItems: 'center', gap: 8 }}
        >
          <Typography.Text style={{ minWidth: 80 }}>{item.itemName}</Typography.Text>
          {item.sessionsLeft === null || item.sessionsTotal === null ? (
            <Typography.Text type="secondary">{t('cards.unlimited')}</Typography.Text>
          ) : (
            <>
              <Progress
                percent={Math.floor((item.sessionsLeft * 100) / Math.max(item.sessionsTotal, 1))}
                size="small"
                showInfo={false}
                style={{ width: 100, margin: 0 }}
              />
              <Typography.Text data-testid="card-sessions-left" data-left={item.sessionsLeft}>
                {t('cards.sessionsLeft', { left: item.sessionsLeft, total: item.sessionsTotal })}
              </Typography.Text>
              {item.sessionsReserved > 0 && (
                <Typography.Text type="secondary" data-testid="card-sessions-reserved">
                  {t('appointments.sessionsReserved', { n: item.sessionsReserved })}
                </Typography.Text>
              )}
              {onAdjust && (
                <Tooltip title={blockedReason}>
                  <span>
                    <Button
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      disabled={blockedReason !== null}
                      onClick={() => onAdjust(item)}
                      data-testid="card-adjust-sessions"
                    >
                      {t('adjust.openSessions')}
                    </Button>
                  </span>
                </Tooltip>
              )}
            </>
          )}
        </div>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 6 }}>
        {t('cards.soldFor', { amount: formatYuan(card.priceCents), date: formatDate(card.issuedAt) })} ·{' '}
        {card.expiresAt ? t('cards.validUntil', { date: formatDate(card.expiresAt) }) : t('cards.noExpiry')}
        {card.status === 'paused' &&
          card.pausedAt &&
          ` · ${t('cards.pausedSince', { date: formatDate(card.pausedAt) })}`}
      </Typography.Text>
      {card.status === 'refunded' && (
        <Typography.Text type="warning" style={{ display: 'block' }} data-testid="card-refunded-amount">
          {t('cards.refundedAmount', { amount: formatYuan(card.refundedCents) })}
        </Typography.Text>
      )}
    </>
  );
}
