import { EditOutlined } from '@ant-design/icons';
import { Button, Col, Row, Statistic, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type PointsEntry, type PointsLot, unwrap } from '../../../api/client.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';

const PAGE_SIZE = 30;

const KIND_COLOR: Record<string, string> = {
  opening: 'default',
  earn: 'green',
  redeem: 'blue',
  restore: 'cyan',
  clawback: 'orange',
  expire: 'default',
  adjustment: 'purple',
};

function PointsDelta({ value }: { value: number }) {
  if (value === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={value > 0 ? 'success' : 'danger'}>
      {value > 0 ? `+${value}` : value}
    </Typography.Text>
  );
}

interface Props {
  memberId: string;
  /** Bumped by the page after anything that may earn or spend points. */
  version: number;
  /** Shows 调整积分 when set (the user holds points.adjust). */
  onAdjust?: () => void;
  /** Why adjusting is not possible now (frozen, erased, no store), if it is not. */
  blockedReason: string | null;
}

/** Points balance, the lots it is made of (each with its own expiry) and the points ledger. */
export function PointsTab({ memberId, version, onAdjust, blockedReason }: Props) {
  const { t } = useTranslation();
  const points = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/points', { params: { path: { id: memberId } } })),
    [memberId, version],
  );
  const [items, setItems] = useState<PointsEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      try {
        const page = await unwrap(
          api.GET('/api/v1/members/{id}/points/entries', {
            params: {
              path: { id: memberId },
              query: { limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) },
            },
          }),
        );
        if (mine !== generation.current) return;
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
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

  const next = points.data?.nextExpiry;
  const lotColumns: TableColumnsType<PointsLot> = [
    { title: t('points.earnedAt'), dataIndex: 'earnedAt', render: formatDateTime },
    {
      title: t('points.expiresAt'),
      dataIndex: 'expiresAt',
      render: (v: string | null) => (v ? formatDate(v) : t('points.never')),
    },
    { title: t('points.original'), dataIndex: 'original', align: 'right' },
    { title: t('points.remaining'), dataIndex: 'remaining', align: 'right' },
  ];
  const entryColumns: TableColumnsType<PointsEntry> = [
    { title: t('wallet.at'), dataIndex: 'at', width: 170, render: formatDateTime },
    {
      title: t('wallet.kind'),
      dataIndex: 'kind',
      render: (v: string) => (
        <Tag color={KIND_COLOR[v] ?? 'default'}>{t(`points.kind_${v}`, { defaultValue: v })}</Tag>
      ),
    },
    {
      title: t('points.delta'),
      dataIndex: 'delta',
      align: 'right',
      render: (v: number) => <PointsDelta value={v} />,
    },
    { title: t('points.balanceAfter'), dataIndex: 'balanceAfter', align: 'right' },
    { title: t('wallet.note'), dataIndex: 'note', ellipsis: true, responsive: ['xl'] },
  ];

  return (
    <div data-testid="member-points">
      {onAdjust && (
        <div style={{ marginBottom: 12 }}>
          {/* A disabled button swallows hover, so the span carries the tooltip. */}
          <Tooltip title={blockedReason}>
            <span>
              <Button
                icon={<EditOutlined />}
                disabled={blockedReason !== null}
                onClick={onAdjust}
                data-testid="points-adjust-open"
              >
                {t('adjust.openPoints')}
              </Button>
            </span>
          </Tooltip>
        </div>
      )}
      <LoadError error={points.error} onRetry={() => void points.reload()} />
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={10}>
          <Statistic
            title={t('points.balance')}
            value={points.data?.balance ?? 0}
            loading={points.loading && !points.data}
            formatter={() => <span data-testid="points-balance">{points.data?.balance ?? '—'}</span>}
          />
        </Col>
        <Col span={14}>
          <Statistic
            title={t('points.nextExpiry')}
            value={next?.points ?? 0}
            loading={points.loading && !points.data}
            formatter={() => (
              <span data-testid="points-next-expiry" style={{ fontSize: 14 }}>
                {next
                  ? t('points.nextExpiryValue', { points: next.points, date: formatDate(next.at) })
                  : t('points.noExpiry')}
              </span>
            )}
          />
        </Col>
      </Row>
      <Typography.Text strong>{t('points.lots')}</Typography.Text>
      <Table<PointsLot>
        rowKey="id"
        size="small"
        style={{ margin: '8px 0 16px' }}
        columns={lotColumns}
        dataSource={points.data?.lots ?? []}
        pagination={{ defaultPageSize: 5, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
      <Typography.Text strong>{t('points.ledger')}</Typography.Text>
      <LoadError error={error} onRetry={() => void fetchPage(null)} />
      <Table<PointsEntry>
        rowKey="id"
        size="small"
        style={{ marginTop: 8 }}
        loading={loading && items.length === 0}
        columns={entryColumns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="points-ledger"
      />
      {cursor && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void fetchPage(cursor)} loading={loading} data-testid="points-load-more">
            {t('members.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
