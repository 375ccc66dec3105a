import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Select, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { useTenantToday } from '../../auth/tenant-day.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import '../../components/print.css';
import { ChartBeside } from './ChartBeside.tsx';

// GET /reports/members: counts of members by the tenant's day or month, `from`/`to` inclusive.
type Growth = Schemas['MemberGrowth'];
type Bucket = Growth['series'][number];
type StoreRow = Growth['byStore'][number];
type By = Growth['by'];
const DAY = 'YYYY-MM-DD';
const ALL = '';
const FIGURES = ['newMembers', 'activeMembers', 'repeatBuyers'] as const;

/** 会员增长与活跃: new, active and repeat-buying members over time and by store; Excel and print. */
export function MemberGrowthPage() {
  const { t } = useTranslation();
  const { me, storeId } = useSession();
  const today = useTenantToday();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [today.startOf('month'), today]);
  const [by, setBy] = useState<By>('day');
  const [store, setStore] = useState<string>(storeId ?? ALL);
  const stores = me?.stores ?? [];
  const mayPickAll = Boolean(me?.user.allStores) || stores.length > 1;
  const query = {
    from: range[0].format(DAY),
    to: range[1].format(DAY),
    by,
    ...(store ? { storeId: store } : {}),
  };
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/reports/members', { params: { query } })),
    [query.from, query.to, by, store],
  );

  const option = useMemo((): ChartOption => {
    const series = report.data?.series ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: series.map((b) => (report.data?.by === 'day' ? b.bucket.slice(5) : b.bucket)),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: FIGURES.map((key) => ({
        name: t(`memberGrowth.${key}`),
        type: 'line',
        showSymbol: false,
        data: series.map((b) => b[key]),
      })),
    };
  }, [report.data, t]);

  const figureColumns = FIGURES.map((key) => ({
    title: t(`memberGrowth.${key}`),
    dataIndex: key,
    align: 'right' as const,
  }));
  const total = report.data?.total;
  const totalRow = (first: string) =>
    total ? (
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <Typography.Text strong>{first}</Typography.Text>
        </Table.Summary.Cell>
        {FIGURES.map((key, i) => (
          <Table.Summary.Cell key={key} index={i + 1} align="right">
            <Typography.Text strong data-testid={`member-growth-total-${key}`}>
              {total[key]}
            </Typography.Text>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    ) : null;
  const seriesColumns: TableColumnsType<Bucket> = [
    { title: t(by === 'day' ? 'memberGrowth.day' : 'memberGrowth.month'), dataIndex: 'bucket' },
    ...figureColumns,
  ];
  const storeColumns: TableColumnsType<StoreRow> = [
    { title: t('memberGrowth.store'), key: 'store', render: (_, s) => `${s.storeCode} · ${s.storeName}` },
    ...figureColumns,
  ];

  return (
    <div data-testid="member-growth-page">
      <PageCard
        title={`${t('memberGrowth.title')} · ${query.from} ~ ${query.to}`}
        extra={
          <>
            <Segmented<By>
              className="no-print"
              value={by}
              onChange={setBy}
              options={[
                { value: 'day', label: t('memberGrowth.byDay') },
                { value: 'month', label: t('memberGrowth.byMonth') },
              ]}
              data-testid="member-growth-by"
            />
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
                data-testid="member-growth-store"
                popupMatchSelectWidth={false}
              />
            )}
            <DatePicker.RangePicker
              className="no-print"
              allowClear={false}
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid="member-growth-range"
            />
            <Button
              className="no-print"
              icon={<DownloadOutlined />}
              href={`/api/v1/reports/members.xlsx?${new URLSearchParams(query).toString()}`}
              data-testid="member-growth-export"
            >
              {t('common.exportExcel')}
            </Button>
            <Button
              className="no-print"
              icon={<PrinterOutlined />}
              onClick={() => window.print()}
              data-testid="member-growth-print"
            >
              {t('reports.print')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary" className="no-print">
          {t('memberGrowth.rule')}
        </Typography.Paragraph>
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        <ChartBeside
          chart={<Chart option={option} height={320} testId="member-growth-chart" />}
          table={
            <Table<Bucket>
              rowKey="bucket"
              size="small"
              loading={report.loading}
              columns={seriesColumns}
              dataSource={report.data?.series ?? []}
              pagination={false}
              scroll={{ x: 'max-content', y: 320 }}
              data-testid="member-growth-table"
              summary={() => totalRow(t('reports.total'))}
            />
          }
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('memberGrowth.byStore')}
        </Typography.Title>
        <Table<StoreRow>
          rowKey="storeId"
          size="small"
          loading={report.loading}
          columns={storeColumns}
          dataSource={report.data?.byStore ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="member-growth-stores"
        />
      </PageCard>
    </div>
  );
}
