import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type StoredValueEntry, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { LoadError } from '../../components/LoadError.tsx';

const PAGE_SIZE = 50;

const KIND_COLOR: Record<string, string> = {
  opening: 'default',
  recharge: 'green',
  spend: 'blue',
  spend_reversal: 'cyan',
  recharge_refund: 'orange',
  adjustment: 'purple',
};

/** A signed amount: the ledger is read for what moved, so + and − are explicit and coloured. */
export function Delta({ fen }: { fen: number }) {
  if (fen === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={fen > 0 ? 'success' : 'danger'}>
      {fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen)}
    </Typography.Text>
  );
}

interface Props {
  memberId: string;
  /** Bumped by the page after a recharge or refund to reload from the newest entry. */
  version: number;
  storeLabel: (id: string | null) => string;
}

export function LedgerTab({ memberId, version, storeLabel }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<StoredValueEntry[]>([]);
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
          api.GET('/api/v1/members/{id}/stored-value/entries', {
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

  const kindLabel = (kind: string) => t(`wallet.kind_${kind}`, { defaultValue: kind });

  const columns: TableColumnsType<StoredValueEntry> = [
    { title: t('wallet.at'), dataIndex: 'at', width: 170, render: formatDateTime },
    {
      title: t('wallet.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (v: string) => <Tag color={KIND_COLOR[v] ?? 'default'}>{kindLabel(v)}</Tag>,
    },
    {
      title: t('wallet.principalDelta'),
      dataIndex: 'principalDelta',
      align: 'right',
      render: (v: number) => <Delta fen={v} />,
    },
    {
      title: t('wallet.bonusDelta'),
      dataIndex: 'bonusDelta',
      align: 'right',
      render: (v: number) => <Delta fen={v} />,
    },
    {
      title: t('wallet.principalAfter'),
      dataIndex: 'principalAfter',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('wallet.bonusAfter'),
      dataIndex: 'bonusAfter',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    { title: t('wallet.store'), dataIndex: 'storeId', render: storeLabel, responsive: ['lg'] },
    { title: t('wallet.note'), dataIndex: 'note', ellipsis: true, responsive: ['xl'] },
  ];

  return (
    <div data-testid="ledger-table">
      <LoadError error={error} onRetry={() => void fetchPage(null)} />
      <Table<StoredValueEntry>
        rowKey="id"
        size="small"
        loading={loading && items.length === 0}
        columns={columns}
        dataSource={items}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {cursor && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void fetchPage(cursor)} loading={loading} data-testid="ledger-load-more">
            {t('members.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
