import { Button, Empty, Rate, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Level, type TimelineEvent, type TimelineSource, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { LoadError } from '../../components/LoadError.tsx';

const PAGE_SIZE = 30;

/** Tag colour and timeline dot per source, so a glance down the line tells money from points. */
const SOURCE_STYLE: Record<TimelineSource, { tag: string; dot: string }> = {
  stored_value: { tag: 'green', dot: '#52c41a' },
  points: { tag: 'blue', dot: '#1677ff' },
  card: { tag: 'purple', dot: '#722ed1' },
  level: { tag: 'gold', dot: '#faad14' },
  adjustment: { tag: 'orange', dot: '#fa8c16' },
  order: { tag: 'cyan', dot: '#13c2c2' },
  refund: { tag: 'magenta', dot: '#eb2f96' },
  message: { tag: 'geekblue', dot: '#2f54eb' },
  complaint: { tag: 'red', dot: '#f5222d' },
  rating: { tag: 'lime', dot: '#a0d911' },
  follow_up: { tag: 'volcano', dot: '#fa541c' },
  coupon: { tag: 'gold', dot: '#d4b106' },
  history: { tag: 'default', dot: '#8c8c8c' },
};

// Level upgrades always name the level reached; a yearly review may drop to no level, and then
// the event carries the level left — so only upgrades show a level name.
const UPGRADE_REASONS = new Set(['recharge', 'checkout', 'points']);

function kindLabel(t: TFunction, event: TimelineEvent): string {
  const opts = { defaultValue: event.kind };
  switch (event.source) {
    case 'stored_value':
      return t(`wallet.kind_${event.kind}`, opts);
    case 'points':
      return t(`points.kind_${event.kind}`, opts);
    case 'card':
      return t(`timeline.cardKind_${event.kind}`, opts);
    case 'level':
      return t(`member360.levelReason_${event.kind}`, opts);
    case 'adjustment':
      return t(`approvals.status_${event.kind}`, opts);
    case 'order':
      return t(`timeline.orderKind_${event.kind}`, opts);
    case 'refund':
      return t(`timeline.refundKind_${event.kind}`, opts);
    case 'message':
      // kind is the message status; refType its channel.
      return `${t(`engagement.channel_${event.refType}`, { defaultValue: event.refType })} · ${t(`engagement.status_${event.kind}`, opts)}`;
    case 'complaint':
      // kind is the complaint's current status; refType its category.
      return `${t(`feedback.category_${event.refType}`, { defaultValue: event.refType })} · ${t(`feedback.status_${event.kind}`, opts)}`;
    case 'rating':
      return t(`timeline.ratingKind_${event.kind}`, opts);
    case 'follow_up':
      return event.kind === 'open' || event.kind === 'done'
        ? t(`feedback.fuStatus_${event.kind}`, opts)
        : t(`feedback.outcome_${event.kind}`, opts);
    case 'coupon':
      return t(`timeline.couponKind_${event.kind}`, opts);
    case 'history':
      // An order or return of the old system, brought in by a history import; note is its invoice no.
      return t(`timeline.historyKind_${event.kind}`, opts);
  }
}

/** "+¥100.00", "-¥5.00", "+150": money and counts alike carry an explicit sign. */
function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : text;
}

/** `muted` for amounts that are asked for, not moved (an adjustment request). */
function Signed({ value, muted, children }: { value: number; muted?: boolean; children: string }) {
  return (
    <Typography.Text
      type={muted ? 'secondary' : value > 0 ? 'success' : 'danger'}
      data-testid="timeline-amount"
    >
      {children}
    </Typography.Text>
  );
}

/** The amount in the source's unit: ¥ (principal and bonus) for money, 积分 for points, 次 for cards. */
function Amount({ event, levelName }: { event: TimelineEvent; levelName: (id: string) => string }) {
  const { t } = useTranslation();
  switch (event.source) {
    case 'stored_value':
    case 'adjustment': {
      // An applied adjustment also appears as its own stored-value row: the request is only context.
      const muted = event.source === 'adjustment';
      return (
        <>
          {event.amount !== 0 && (
            <Signed value={event.amount} muted={muted}>
              {t('timeline.principal', { amount: signed(event.amount, formatYuan(event.amount)) })}
            </Signed>
          )}{' '}
          {event.bonusAmount !== 0 && (
            <Signed value={event.bonusAmount} muted={muted}>
              {t('timeline.bonus', { amount: signed(event.bonusAmount, formatYuan(event.bonusAmount)) })}
            </Signed>
          )}
        </>
      );
    }
    case 'points':
      return event.amount === 0 ? null : (
        <Signed value={event.amount}>
          {t('timeline.points', { value: signed(event.amount, String(event.amount)) })}
        </Signed>
      );
    case 'card':
      // A visit on a time card uses no session: delta 0, nothing to show.
      return event.amount === 0 ? null : (
        <Signed value={event.amount}>
          {t('timeline.sessions', { value: signed(event.amount, String(event.amount)) })}
        </Signed>
      );
    case 'level':
      return UPGRADE_REASONS.has(event.kind) && event.refId ? (
        <Typography.Text>{t('timeline.toLevel', { name: levelName(event.refId) })}</Typography.Text>
      ) : null;
    case 'order':
      return <Typography.Text>{t('timeline.spent', { amount: formatYuan(event.amount) })}</Typography.Text>;
    case 'refund':
      return (
        <Signed value={event.amount}>{t('timeline.refunded', { amount: formatYuan(-event.amount) })}</Signed>
      );
    case 'coupon':
      return event.amount === 0 ? null : (
        <Typography.Text>{t('timeline.couponOff', { amount: formatYuan(-event.amount) })}</Typography.Text>
      );
    case 'history':
      return event.kind === 'return' ? (
        <Signed value={event.amount}>{t('timeline.refunded', { amount: formatYuan(-event.amount) })}</Signed>
      ) : (
        <Typography.Text>{t('timeline.spent', { amount: formatYuan(event.amount) })}</Typography.Text>
      );
    case 'rating':
      return <Rate disabled value={event.amount} style={{ fontSize: 12 }} />;
    case 'message':
    case 'complaint':
    case 'follow_up':
      return null;
  }
}

interface Props {
  memberId: string;
  /** Bumped by the page after anything that moves value, to reload from the newest event. */
  version: number;
  levels: Level[] | undefined;
  storeLabel: (id: string | null) => string;
}

/**
 * 动态: stored value, points, card sessions, level changes, adjustments, purchases and refunds,
 * messages, complaints, ratings, follow-up calls and coupons in one line, newest first.
 */
export function TimelineTab({ memberId, version, levels, storeLabel }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<TimelineEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      try {
        const page = await unwrap(
          api.GET('/api/v1/members/{id}/timeline', {
            params: {
              path: { id: memberId },
              query: { limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) },
            },
          }),
        );
        if (mine !== generation.current) return;
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setLoaded(true);
        setError(null);
      } catch (err) {
        if (mine === generation.current) setError(err);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [memberId],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the reload signal
  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage, version]);

  const levelName = (id: string) => levels?.find((l) => l.id === id)?.name ?? id.slice(0, 8);

  return (
    <div data-testid="member-timeline">
      <LoadError error={error} onRetry={() => void fetchPage(null)} />
      {loaded && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />
      ) : (
        <Spin spinning={loading && items.length === 0}>
          <Timeline
            style={{ paddingTop: 8 }}
            items={items.map((e) => ({
              key: `${e.source}-${e.id}`,
              color: SOURCE_STYLE[e.source].dot,
              content: (
                <div data-testid="timeline-event" data-source={e.source} data-kind={e.kind}>
                  <Space size={6} wrap>
                    <Tag color={SOURCE_STYLE[e.source].tag} style={{ margin: 0 }}>
                      {t(`timeline.source_${e.source}`)}
                    </Tag>
                    <Typography.Text strong>{kindLabel(t, e)}</Typography.Text>
                    <span>
                      <Amount event={e} levelName={levelName} />
                    </span>
                  </Space>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(e.at)}
                    {e.storeId && ` · ${storeLabel(e.storeId)}`}
                    {e.note && ` · ${e.note}`}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        </Spin>
      )}
      {cursor && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void fetchPage(cursor)} loading={loading} data-testid="timeline-load-more">
            {t('members.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
