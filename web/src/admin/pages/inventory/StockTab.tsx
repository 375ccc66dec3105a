import { DownloadOutlined, EditOutlined, HistoryOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { AdjustStockModal } from './AdjustStockModal.tsx';
import { LedgerDrawer } from './LedgerDrawer.tsx';
import { StoreSelect } from './StoreSelect.tsx';
import type { StockLevel } from './types.ts';

/** Stock per store with its moving-average cost; low-stock filter, ledger and Excel export. */
export function StockTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [storeId, setStoreId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [lowOnly, setLowOnly] = useState(false);
  const [cursor, setCursor] = useState<string | undefined>();
  const [ledgerOf, setLedgerOf] = useState<StockLevel | null>(null);
  const [adjusting, setAdjusting] = useState<StockLevel | null>(null);
  const query = {
    ...(storeId ? { storeId } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(lowOnly ? { lowOnly: 'true' as const } : {}),
  };
  const { data, loading, error, reload } = useLoad(
    () => unwrap(api.GET('/api/v1/inventory/stock', { params: { query: { ...query, cursor, limit: 50 } } })),
    [storeId, q, lowOnly, cursor],
  );
  const exportHref = `/api/v1/inventory/stock/export.xlsx?${new URLSearchParams(query).toString()}`;

  const columns: TableColumnsType<StockLevel> = [
    { title: t('inventory.sku'), dataIndex: 'sku', width: 120 },
    {
      title: t('inventory.product'),
      dataIndex: 'productName',
      render: (v: string, r) => (
        <Space size={4}>
          {v}
          {r.low && <Tag color="red">{t('inventory.low')}</Tag>}
        </Space>
      ),
    },
    { title: t('inventory.store'), dataIndex: 'storeName', responsive: ['md'] },
    {
      title: t('inventory.onHand'),
      dataIndex: 'onHand',
      align: 'right',
      render: (v: number, r) => (
        <Typography.Text type={v < 0 ? 'danger' : undefined}>
          {v} {r.unit}
        </Typography.Text>
      ),
    },
    {
      title: t('inventory.unitCost'),
      dataIndex: 'unitCostCents',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : formatYuan(v)),
    },
    {
      title: t('inventory.value'),
      dataIndex: 'valueCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('inventory.threshold'),
      dataIndex: 'lowStockThreshold',
      align: 'right',
      responsive: ['lg'],
      render: (v: number | null) => v ?? '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<HistoryOutlined />}
            onClick={() => setLedgerOf(r)}
            data-testid="stock-ledger"
          >
            {t('inventory.ledger')}
          </Button>
          {can('inventory.adjust') && (
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={() => setAdjusting(r)}
              data-testid="stock-adjust"
            >
              {t('inventory.adjust')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const reset = (fn: () => void) => {
    setCursor(undefined);
    fn();
  };

  return (
    <div data-testid="inventory-stock">
      <Space wrap style={{ marginBottom: 12 }}>
        <StoreSelect allowAll value={storeId} onChange={(v) => reset(() => setStoreId(v))} />
        <Input.Search
          allowClear
          placeholder={t('inventory.searchStock')}
          onSearch={(v) => reset(() => setQ(v))}
          style={{ width: 220 }}
        />
        <Space size={6}>
          <Switch
            size="small"
            checked={lowOnly}
            onChange={(v) => reset(() => setLowOnly(v))}
            data-testid="stock-low-only"
          />
          <Typography.Text>{t('inventory.lowOnly')}</Typography.Text>
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.refresh')} />
        <Button icon={<DownloadOutlined />} href={exportHref} data-testid="stock-export">
          {t('common.exportExcel')}
        </Button>
      </Space>
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<StockLevel>
        rowKey={(r) => `${r.storeId}/${r.productId}`}
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Space style={{ marginTop: 12 }}>
        {cursor && <Button onClick={() => setCursor(undefined)}>{t('inventory.firstPage')}</Button>}
        {data?.nextCursor && (
          <Button onClick={() => setCursor(data.nextCursor ?? undefined)}>{t('inventory.nextPage')}</Button>
        )}
      </Space>
      <LedgerDrawer level={ledgerOf} onClose={() => setLedgerOf(null)} />
      <AdjustStockModal
        level={adjusting}
        onClose={() => setAdjusting(null)}
        onDone={() => {
          setAdjusting(null);
          void reload();
        }}
      />
    </div>
  );
}
