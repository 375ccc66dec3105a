import { Button, Drawer, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import type { StockEntry, StockLevel } from './types.ts';

/** One product's stock ledger in one store, newest first, page by page. */
export function LedgerDrawer({ level, onClose }: { level: StockLevel | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<StockEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (cursor?: string) => {
    if (!level) return;
    setLoading(true);
    try {
      const page = await unwrap(
        api.GET('/api/v1/inventory/ledger', {
          params: { query: { productId: level.productId, storeId: level.storeId, cursor, limit: 50 } },
        }),
      );
      setEntries((prev) => (cursor ? [...prev, ...page.items] : page.items));
      setNext(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setLoading(false);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the row changes
  useEffect(() => {
    setEntries([]);
    void load();
  }, [level]);

  const columns: TableColumnsType<StockEntry> = [
    { title: t('inventory.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
    {
      title: t('inventory.kind'),
      dataIndex: 'kind',
      render: (v: StockEntry['kind']) => <Tag>{t(`inventory.kind_${v}`)}</Tag>,
    },
    {
      title: t('inventory.qtyDelta'),
      dataIndex: 'qtyDelta',
      align: 'right',
      render: (v: number) => (
        <Typography.Text type={v < 0 ? 'danger' : 'success'}>{v > 0 ? `+${v}` : v}</Typography.Text>
      ),
    },
    {
      title: t('inventory.valueDelta'),
      dataIndex: 'valueDeltaCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    { title: t('inventory.onHandAfter'), dataIndex: 'onHandAfter', align: 'right' },
    {
      title: t('inventory.valueAfter'),
      dataIndex: 'valueAfterCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    { title: t('inventory.note'), dataIndex: 'note' },
  ];

  return (
    <Drawer
      open={level !== null}
      onClose={onClose}
      size="large"
      title={level ? t('inventory.ledgerTitle', { product: level.productName, store: level.storeName }) : ''}
      data-testid="stock-ledger-drawer"
    >
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<StockEntry>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={entries}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {next && (
        <Button style={{ marginTop: 12 }} onClick={() => void load(next)}>
          {t('inventory.loadMore')}
        </Button>
      )}
    </Drawer>
  );
}
