import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { useTenantToday } from '../../auth/tenant-day.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import '../../components/print.css';
import { ChartBeside } from './ChartBeside.tsx';
import { yuanAxisLabel } from './format.ts';

// GET /reports/liability: integer fen, points and sessions at the end of `asOf` (tenant's day).
type Liability = Schemas['Liability'];
type Row = Liability['rows'][number];
type Figures = Liability['total'];
const DAY = 'YYYY-MM-DD';
const ALL = '';
/** The money columns stacked in the chart, in the order the table shows them. */
const STACK = [
  'principalCents',
  'bonusCents',
  'cardValueCents',
  'giftCardCents',
  'pointsValueCents',
] as const;

/** 储值负债: what the merchant owes its members at the end of a day, by store; Excel and print. */
export function LiabilityPage() {
  const { t } = useTranslation();
  const { me, storeId } = useSession();
  const today = useTenantToday();
  const [asOf, setAsOf] = useState<Dayjs>(today);
  const [store, setStore] = useState<string>(storeId ?? ALL);
  const stores = me?.stores ?? [];
  const mayPickAll = Boolean(me?.user.allStores) || stores.length > 1;
  const query = { asOf: asOf.format(DAY), ...(store ? { storeId: store } : {}) };
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/reports/liability', { params: { query } })),
    [query.asOf, store],
  );
  const rows = report.data?.rows ?? [];
  const label = (r: Row) => (r.storeId ? `${r.storeCode} · ${r.storeName}` : t('liability.unassigned'));

  const option = useMemo((): ChartOption => {
    const data = report.data?.rows ?? [];
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v: unknown) => formatYuan(Math.round(Number(v) || 0)),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.map((r) => r.storeCode || t('liability.unassigned')) },
      yAxis: { type: 'value', minInterval: 100, axisLabel: { formatter: yuanAxisLabel } },
      series: STACK.map((key) => ({
        name: t(`liability.${key}`),
        type: 'bar',
        stack: 'total',
        barMaxWidth: 40,
        data: data.map((r) => r[key]),
      })),
    };
  }, [report.data, t]);

  const money = (key: keyof Figures) => ({
    title: t(`liability.${key}`),
    dataIndex: key,
    align: 'right' as const,
    render: formatYuan,
  });
  const columns: TableColumnsType<Row> = [
    { title: t('liability.store'), key: 'store', fixed: 'left', render: (_, r) => label(r) },
    money('principalCents'),
    money('bonusCents'),
    { title: t('liability.points'), dataIndex: 'points', align: 'right' },
    money('pointsValueCents'),
    { title: t('liability.cardSessions'), dataIndex: 'cardSessions', align: 'right' },
    money('cardValueCents'),
    money('giftCardCents'),
  ];
  const total = report.data?.total;
  const totalCells = total
    ? [
        formatYuan(total.principalCents),
        formatYuan(total.bonusCents),
        String(total.points),
        formatYuan(total.pointsValueCents),
        String(total.cardSessions),
        formatYuan(total.cardValueCents),
        formatYuan(total.giftCardCents),
      ]
    : [];
  const table = (
    <Table<Row>
      rowKey={(r) => r.storeId ?? 'none'}
      size="small"
      loading={report.loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="liability-table"
      summary={() =>
        total ? (
          <Table.Summary.Row data-testid="liability-total">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('reports.total')}</Typography.Text>
            </Table.Summary.Cell>
            {totalCells.map((text, i) => (
              <Table.Summary.Cell key={columns[i + 1]?.key ?? i} index={i + 1} align="right">
                <Typography.Text strong>{text}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  );

  const params = new URLSearchParams(query);
  return (
    <div data-testid="liability-page">
      <PageCard
        title={`${t('liability.title')} · ${t('liability.asOf', { day: query.asOf })}`}
        extra={
          <>
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
                data-testid="liability-store"
                popupMatchSelectWidth={false}
              />
            )}
            <DatePicker
              className="no-print"
              allowClear={false}
              value={asOf}
              onChange={(v) => v && setAsOf(v)}
              data-testid="liability-as-of"
            />
            <Button
              className="no-print"
              icon={<DownloadOutlined />}
              href={`/api/v1/reports/liability.xlsx?${params.toString()}`}
              data-testid="liability-export"
            >
              {t('common.exportExcel')}
            </Button>
            <Button
              className="no-print"
              icon={<PrinterOutlined />}
              onClick={() => window.print()}
              data-testid="liability-print"
            >
              {t('reports.print')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary" className="no-print">
          {t('liability.rule')}
        </Typography.Paragraph>
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        <ChartBeside
          wide
          chart={<Chart option={option} height={320} testId="liability-chart" />}
          table={table}
        />
      </PageCard>
    </div>
  );
}
