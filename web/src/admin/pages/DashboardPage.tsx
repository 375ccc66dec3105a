import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/money.ts';
import { useLoad } from '../../lib/use-load.ts';
import { useSession } from '../auth/session.tsx';
import { Chart } from '../components/Chart.tsx';
import { LoadError } from '../components/LoadError.tsx';
import '../components/print.css';
import { ChartBeside } from './reports/ChartBeside.tsx';
import { barOption, lineOption } from './reports/chart-options.ts';
import { DashboardKpis } from './reports/DashboardKpis.tsx';
import {
  type Dashboard,
  loadDashboard,
  type Period,
  type SalesDimension,
  salesXlsxHref,
} from './reports/report-api.ts';

type TrendDay = Dashboard['trend'][number];
type TopItem = Dashboard['topItems'][number];
type StoreRow = Dashboard['byStore'][number];

const PERIODS: readonly Period[] = ['today', 'week', 'month'];
// The store select's value for every store the user may see.
const ALL = '';

/** 概览: the period's sales, recharges and members against the previous period, trend, top items, stores. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { me, storeId, can } = useSession();
  const [period, setPeriod] = useState<Period>('today');
  const [store, setStore] = useState<string>(storeId ?? ALL);
  // The header's store switch moves the dashboard along with it.
  useEffect(() => setStore(storeId ?? ALL), [storeId]);
  const canRead = can('reports.read');
  const board = useLoad(
    () => (canRead ? loadDashboard(period, store || undefined) : Promise.resolve(undefined)),
    [canRead, period, store],
  );
  const data = board.data;
  const stores = me?.stores ?? [];
  // Owners (every store) and people bound to several stores may look at all of them at once.
  const mayPickAll = Boolean(me?.user.allStores) || stores.length > 1;
  const storeOptions = [
    ...(mayPickAll ? [{ value: ALL, label: t('dashboard.allStores') }] : []),
    ...stores.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
  ];
  const xlsx = (by: SalesDimension, from?: string) =>
    data
      ? salesXlsxHref({ from: from ?? data.from, to: data.to, by, ...(store ? { storeId: store } : {}) })
      : undefined;

  const trendOption = useMemo(
    () =>
      lineOption(
        (data?.trend ?? []).map((d) => d.day),
        [
          { name: t('dashboard.sales'), data: (data?.trend ?? []).map((d) => d.salesCents) },
          { name: t('dashboard.recharge'), data: (data?.trend ?? []).map((d) => d.rechargeCents) },
        ],
      ),
    [data, t],
  );
  const topOption = useMemo(
    () =>
      barOption(
        (data?.topItems ?? []).map((i) => i.name),
        [{ name: t('dashboard.sales'), data: (data?.topItems ?? []).map((i) => i.salesCents) }],
      ),
    [data, t],
  );
  const storeOption = useMemo(
    () =>
      barOption(
        (data?.byStore ?? []).map((s) => s.storeName),
        [
          { name: t('dashboard.sales'), data: (data?.byStore ?? []).map((s) => s.salesCents) },
          { name: t('dashboard.recharge'), data: (data?.byStore ?? []).map((s) => s.rechargeCents) },
        ],
      ),
    [data, t],
  );

  const trendColumns: TableColumnsType<TrendDay> = [
    { title: t('dashboard.day'), dataIndex: 'day' },
    { title: t('dashboard.orders'), dataIndex: 'orderCount', align: 'right' },
    { title: t('dashboard.sales'), dataIndex: 'salesCents', align: 'right', render: formatYuan },
    { title: t('dashboard.refund'), dataIndex: 'refundCents', align: 'right', render: formatYuan },
    { title: t('dashboard.recharge'), dataIndex: 'rechargeCents', align: 'right', render: formatYuan },
  ];
  const topColumns: TableColumnsType<TopItem> = [
    { title: '#', key: 'rank', width: 40, render: (_, __, index) => index + 1 },
    { title: t('dashboard.item'), dataIndex: 'name' },
    { title: t('dashboard.quantity'), dataIndex: 'quantity', align: 'right' },
    { title: t('dashboard.sales'), dataIndex: 'salesCents', align: 'right', render: formatYuan },
  ];
  const storeColumns: TableColumnsType<StoreRow> = [
    { title: t('dashboard.store'), key: 'store', render: (_, s) => `${s.storeCode} · ${s.storeName}` },
    { title: t('dashboard.orders'), dataIndex: 'orderCount', align: 'right' },
    { title: t('dashboard.sales'), dataIndex: 'salesCents', align: 'right', render: formatYuan },
    { title: t('dashboard.recharge'), dataIndex: 'rechargeCents', align: 'right', render: formatYuan },
  ];
  const exportLink = (by: SalesDimension, from?: string) => (
    <Button
      size="small"
      className="no-print"
      icon={<DownloadOutlined />}
      href={xlsx(by, from)}
      disabled={!data}
      data-testid={`dashboard-export-${by}`}
    >
      {t('common.exportExcel')}
    </Button>
  );

  const span = (from: string, to: string) => (from === to ? from : `${from} ~ ${to}`);

  if (!me) return null;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Typography.Text strong style={{ fontSize: 16 }}>
        {t('dashboard.welcome', { name: me.user.displayName })}
        <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
          {me.tenant.name}
          {data &&
            ` · ${span(data.from, data.to)} · ${t('dashboard.comparedWith', { range: span(data.previousFrom, data.previousTo) })}`}
        </Typography.Text>
      </Typography.Text>
      {!canRead ? (
        <Typography.Paragraph type="secondary">{t('dashboard.noReports')}</Typography.Paragraph>
      ) : (
        <>
          <Space wrap className="no-print">
            <Segmented<Period>
              value={period}
              onChange={setPeriod}
              options={PERIODS.map((p) => ({ value: p, label: t(`dashboard.period_${p}`) }))}
              data-testid="dashboard-period"
            />
            <Select
              value={store}
              onChange={setStore}
              options={storeOptions}
              style={{ minWidth: 180 }}
              aria-label={t('dashboard.store')}
              data-testid="dashboard-store"
              popupMatchSelectWidth={false}
            />
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="dashboard-print">
              {t('reports.print')}
            </Button>
          </Space>
          <LoadError error={board.error} onRetry={() => void board.reload()} />
          <DashboardKpis totals={data?.totals} previous={data?.previous} />
          <Card size="small" title={t('dashboard.trend')} extra={exportLink('day', data?.trend[0]?.day)}>
            <ChartBeside
              chart={<Chart option={trendOption} testId="dashboard-trend-chart" />}
              table={
                <Table<TrendDay>
                  rowKey="day"
                  size="small"
                  loading={board.loading}
                  columns={trendColumns}
                  dataSource={[...(data?.trend ?? [])].reverse()}
                  pagination={false}
                  scroll={{ x: 'max-content', y: 260 }}
                  data-testid="dashboard-trend-table"
                />
              }
            />
          </Card>
          <Card size="small" title={t('dashboard.topItems')} extra={exportLink('product')}>
            <ChartBeside
              chart={<Chart option={topOption} testId="dashboard-top-chart" />}
              table={
                <Table<TopItem>
                  rowKey="productId"
                  size="small"
                  loading={board.loading}
                  columns={topColumns}
                  dataSource={data?.topItems ?? []}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  data-testid="dashboard-top-table"
                />
              }
            />
          </Card>
          <Card size="small" title={t('dashboard.byStore')} extra={exportLink('store')}>
            <ChartBeside
              chart={
                <Chart
                  option={storeOption}
                  height={Math.max(160, 48 * (data?.byStore.length ?? 0))}
                  testId="dashboard-store-chart"
                />
              }
              table={
                <Table<StoreRow>
                  rowKey="storeId"
                  size="small"
                  loading={board.loading}
                  columns={storeColumns}
                  dataSource={data?.byStore ?? []}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  data-testid="dashboard-store-table"
                />
              }
            />
          </Card>
        </>
      )}
    </Space>
  );
}
