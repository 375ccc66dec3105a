import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Input, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { readStored } from '../../../lib/storage.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { OrderStatusTag } from './OrderDetail.tsx';
import { OrderDrawer } from './OrderDrawer.tsx';

export type OrderSummary = Schemas['OrderSummary'];
export interface OrderQuery {
  storeId?: string;
  from?: string;
  to?: string;
  q?: string;
}

const PAGE_SIZE = 50;

/** Loads orders page by page (cursor), dropping answers to an older query. */
export function useOrderPages(query: OrderQuery) {
  const [items, setItems] = useState<OrderSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(async (q: OrderQuery, after: string | null) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const page = await unwrap(
        api.GET('/api/v1/orders', {
          params: { query: { ...q, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) } },
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
  }, []);

  useEffect(() => {
    void fetchPage(query, null);
  }, [query, fetchPage]);

  const replace = (order: OrderSummary) =>
    setItems((prev) => prev.map((o) => (o.id === order.id ? { ...o, ...order } : o)));
  return {
    items,
    cursor,
    loading,
    error,
    reload: () => fetchPage(query, null),
    more: () => fetchPage(query, cursor),
    replace,
  };
}

export function useOrderColumns(storeName: (id: string) => string): TableColumnsType<OrderSummary> {
  const { t } = useTranslation();
  return [
    { title: t('sales.orderNo'), dataIndex: 'orderNo', width: 170 },
    { title: t('sales.time'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
    {
      title: t('sales.store'),
      key: 'store',
      render: (_, o) => `${storeName(o.storeId)} · ${o.till}`,
      responsive: ['lg'],
    },
    { title: t('sales.member'), dataIndex: 'memberName', render: (v: string | null) => v ?? '—' },
    { title: t('sales.cashier'), dataIndex: 'cashierName', responsive: ['lg'] },
    { title: t('sales.total'), dataIndex: 'totalCents', align: 'right', render: formatYuan },
    {
      title: t('sales.refunded'),
      dataIndex: 'refundedCents',
      align: 'right',
      render: (v: number) => (v ? formatYuan(v) : ''),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: OrderSummary['status']) => <OrderStatusTag status={s} />,
    },
  ];
}

/** 销售单: every sale in the user's stores, with detail, reprint and refund. */
export function SalesPage() {
  const { t } = useTranslation();
  const { me, storeId: currentStore, can } = useSession();
  const [storeId, setStoreId] = useState<string | undefined>(currentStore ?? undefined);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [orderNo, setOrderNo] = useState('');
  const [query, setQuery] = useState<OrderQuery>(() => (currentStore ? { storeId: currentStore } : {}));
  const [openId, setOpenId] = useState<string | null>(null);
  const pages = useOrderPages(query);

  const names = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);
  const storeName = (id: string) => names.get(id) ?? id.slice(0, 8);
  const columns = useOrderColumns(storeName);

  const search = () =>
    setQuery({
      ...(storeId ? { storeId } : {}),
      ...(range?.[0] ? { from: range[0].startOf('day').toISOString() } : {}),
      ...(range?.[1] ? { to: range[1].endOf('day').toISOString() } : {}),
      ...(orderNo.trim() ? { q: orderNo.trim() } : {}),
    });

  const exportColumns: ExportColumn<OrderSummary>[] = [
    { title: t('sales.orderNo'), value: (o) => o.orderNo },
    { title: t('sales.time'), value: (o) => formatDateTime(o.createdAt) },
    { title: t('sales.store'), value: (o) => storeName(o.storeId) },
    { title: t('sales.till'), value: (o) => o.till },
    { title: t('sales.member'), value: (o) => o.memberName ?? '' },
    { title: t('sales.cashier'), value: (o) => o.cashierName ?? '' },
    { title: t('sales.listAmount'), value: (o) => (o.listCents / 100).toFixed(2) },
    { title: t('sales.discount'), value: (o) => (o.discountCents / 100).toFixed(2) },
    { title: t('sales.total'), value: (o) => (o.totalCents / 100).toFixed(2) },
    { title: t('sales.refunded'), value: (o) => (o.refundedCents / 100).toFixed(2) },
    { title: t('common.status'), value: (o) => t(`sales.status_${o.status}`) },
  ];

  return (
    <div data-testid="sales-page">
      <PageCard
        title={t('sales.title')}
        extra={
          <>
            <Typography.Text type="secondary">
              {t('sales.loaded', { count: pages.items.length })}
            </Typography.Text>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void pages.reload()}
              aria-label={t('common.refresh')}
            />
            <ExportButton name="sales" columns={exportColumns} rows={pages.items} />
          </>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder={t('sales.allStores')}
            value={storeId}
            onChange={setStoreId}
            style={{ minWidth: 160 }}
            options={(me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))}
            data-testid="sales-store"
          />
          <DatePicker.RangePicker value={range} onChange={(v) => setRange(v)} />
          <Input
            allowClear
            placeholder={t('sales.orderNoPlaceholder')}
            value={orderNo}
            onChange={(e) => setOrderNo(e.target.value)}
            onPressEnter={search}
            style={{ width: 200 }}
            data-testid="sales-q"
          />
          <Button type="primary" icon={<SearchOutlined />} onClick={search} data-testid="sales-search">
            {t('common.search')}
          </Button>
        </Space>
        <LoadError error={pages.error} onRetry={() => void pages.reload()} />
        <Table<OrderSummary>
          rowKey="id"
          size="middle"
          loading={pages.loading && pages.items.length === 0}
          columns={columns}
          dataSource={pages.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(o) =>
            ({
              onClick: () => setOpenId(o.id),
              style: { cursor: 'pointer' },
              'data-testid': 'order-row',
            }) as never
          }
        />
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {pages.cursor ? (
            <Button loading={pages.loading} onClick={() => void pages.more()} data-testid="sales-more">
              {t('sales.loadMore')}
            </Button>
          ) : (
            pages.items.length > 0 && <Typography.Text type="secondary">{t('sales.end')}</Typography.Text>
          )}
        </div>
      </PageCard>
      <OrderDrawer
        orderId={openId}
        onClose={() => setOpenId(null)}
        onChanged={pages.replace}
        canRefund={can('pos.refund')}
        till={readStored('md.pos.till') ?? 'T1'}
        tillEditable
        tenantName={me?.tenant.name ?? ''}
        storeName={storeName}
      />
    </div>
  );
}
