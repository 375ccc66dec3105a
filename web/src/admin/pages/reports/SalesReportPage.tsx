import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { useTenantToday } from '../../auth/tenant-day.ts';
import { Chart } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import '../../components/print.css';
import { ChartBeside } from './ChartBeside.tsx';
import { barOption, lineOption } from './chart-options.ts';
import { formatTenths, marginTenths } from './format.ts';
import {
  loadSales,
  SALES_DIMENSIONS,
  type SalesDimension,
  type SalesFigures,
  type SalesQuery,
  type SalesRow,
  salesXlsxHref,
} from './report-api.ts';

type Range = [Dayjs, Dayjs];
const DAY = 'YYYY-MM-DD';
// The store select's value for every store the user may see.
const ALL = '';

/** 销售报表: sales, refunds, cost and gross profit of a date range by one dimension; Excel and print. */
export function SalesReportPage() {
  const { t } = useTranslation();
  const { me, storeId } = useSession();
  // Days are the tenant's: after 16:00 UTC it is already tomorrow in Shanghai, whatever the browser's clock says.
  const today = useTenantToday();
  const [picked, setRange] = useState<Range | null>(null);
  const range: Range = picked ?? [today.startOf('month'), today];
  const [by, setBy] = useState<SalesDimension>('day');
  const [store, setStore] = useState<string>(storeId ?? ALL);
  // The header's store switch moves the report along with it.
  useEffect(() => setStore(storeId ?? ALL), [storeId]);
  const stores = me?.stores ?? [];
  const mayPickAll = Boolean(me?.user.allStores) || stores.length > 1;
  const query: SalesQuery = {
    from: range?.[0].format(DAY) ?? '',
    to: range?.[1].format(DAY) ?? '',
    by,
    ...(store ? { storeId: store } : {}),
  };
  const report = useLoad(
    () => (range ? loadSales(query) : Promise.resolve(undefined)),
    [query.from, query.to, by, store],
  );
  const rows = report.data?.rows ?? [];
  const totals = report.data?.totals;
  const isPayment = by === 'payment';

  const label = (row: SalesRow) => {
    if (row.key === 'none') return t(`reports.none_${by}`);
    if (isPayment) return t(`sales.method_${row.key}`, { defaultValue: row.label });
    return row.label;
  };
  const option = useMemo(() => {
    const data = report.data?.rows ?? [];
    const series = (pick: (r: SalesRow) => number, name: string) => ({ name, data: data.map(pick) });
    if (report.data?.by === 'day')
      return lineOption(
        data.map((r) => r.key),
        [series((r) => r.salesCents, t('reports.sales')), series((r) => r.netCents, t('reports.net'))],
      );
    const top = data.slice(0, 15);
    return barOption(
      top.map((r) => (r.key === 'none' ? t(`reports.none_${report.data?.by}`) : r.label)),
      [{ name: t('reports.net'), data: top.map((r) => r.netCents) }],
    );
  }, [report.data, t]);

  const margin = (f: SalesFigures) => {
    const m = marginTenths(f.grossProfitCents, f.netCents);
    return m === null ? '—' : formatTenths(m);
  };
  const columns: TableColumnsType<SalesRow> = [
    { title: t(`reports.dim_${by}`), key: 'label', render: (_, r) => label(r), fixed: 'left' },
    ...(isPayment ? [] : [{ title: t('reports.orders'), dataIndex: 'orderCount', align: 'right' as const }]),
    { title: t(isPayment ? 'reports.payments' : 'reports.quantity'), dataIndex: 'quantity', align: 'right' },
    { title: t('reports.sales'), dataIndex: 'salesCents', align: 'right', render: formatYuan },
    { title: t('reports.refund'), dataIndex: 'refundCents', align: 'right', render: formatYuan },
    { title: t('reports.net'), dataIndex: 'netCents', align: 'right', render: formatYuan },
    ...(isPayment
      ? []
      : [
          { title: t('reports.cost'), dataIndex: 'costCents', align: 'right' as const, render: formatYuan },
          {
            title: t('reports.grossProfit'),
            dataIndex: 'grossProfitCents',
            align: 'right' as const,
            render: formatYuan,
          },
          {
            title: t('reports.margin'),
            key: 'margin',
            align: 'right' as const,
            render: (_: unknown, r: SalesRow) => margin(r),
          },
        ]),
  ];
  // The totals row repeats the columns above, so its cells follow the same list.
  const totalCells = totals
    ? [
        t('reports.total'),
        ...(isPayment ? [] : [String(totals.orderCount)]),
        String(totals.quantity),
        formatYuan(totals.salesCents),
        formatYuan(totals.refundCents),
        formatYuan(totals.netCents),
        ...(isPayment
          ? []
          : [formatYuan(totals.costCents), formatYuan(totals.grossProfitCents), margin(totals)]),
      ]
    : [];

  const table = (
    <Table<SalesRow>
      rowKey="key"
      size="small"
      loading={report.loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="sales-report-table"
      summary={() =>
        totals ? (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="sales-report-totals">
              {totalCells.map((text, i) => (
                <Table.Summary.Cell key={columns[i]?.key ?? i} index={i} align={i === 0 ? 'left' : 'right'}>
                  <Typography.Text strong>{text}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );

  return (
    <div data-testid="sales-report">
      <PageCard title={`${t('reports.salesTitle')} · ${t(`reports.by_${by}`)} · ${query.from} ~ ${query.to}`}>
        <Space wrap className="no-print" style={{ marginBottom: 4 }}>
          {stores.length > 0 && (
            <Select
              className="no-print"
              value={store}
              onChange={setStore}
              options={[
                ...(mayPickAll ? [{ value: ALL, label: t('dashboard.allStores') }] : []),
                ...stores.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` })),
              ]}
              style={{ minWidth: 160 }}
              aria-label={t('dashboard.store')}
              data-testid="sales-report-store"
              popupMatchSelectWidth={false}
            />
          )}
          <DatePicker.RangePicker
            className="no-print"
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="sales-report-range"
          />
          <Button
            className="no-print"
            icon={<DownloadOutlined />}
            href={range ? salesXlsxHref(query) : undefined}
            disabled={!range}
            data-testid="sales-report-export"
          >
            {t('common.exportExcel')}
          </Button>
          <Button
            className="no-print"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="sales-report-print"
          >
            {t('reports.print')}
          </Button>
        </Space>
        <Tabs
          className="no-print"
          activeKey={by}
          onChange={(key) => setBy(key as SalesDimension)}
          items={SALES_DIMENSIONS.map((d) => ({
            key: d,
            label: <span data-testid={`sales-by-${d}`}>{t(`reports.by_${d}`)}</span>,
          }))}
        />
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        <ChartBeside
          wide
          chart={<Chart option={option} height={320} testId="sales-report-chart" />}
          table={table}
        />
      </PageCard>
    </div>
  );
}
