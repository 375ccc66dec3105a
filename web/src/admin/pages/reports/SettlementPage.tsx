import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Table, type TableColumnsType, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useTenantToday } from '../../auth/tenant-day.ts';
import { Chart } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import '../../components/print.css';
import { ChartBeside } from './ChartBeside.tsx';
import { barOption } from './chart-options.ts';

// GET /reports/settlement: integer fen; `from`/`to` are the tenant's days, inclusive.
type Settlement = Schemas['Settlement'];
type Net = Settlement['nets'][number];
type Range = [Dayjs, Dayjs];
const DAY = 'YYYY-MM-DD';

function settlementHref(from: string, to: string): string {
  return `/api/v1/reports/settlement.xlsx?${new URLSearchParams({ from, to }).toString()}`;
}

/**
 * 跨店结算: stored value recharged in one store and spent in another over a period — the matrix
 * (recharge store × spend store, principal) and each store's net, which together sum to zero.
 */
export function SettlementPage() {
  const { t } = useTranslation();
  const today = useTenantToday();
  const [range, setRange] = useState<Range>(() => [today.startOf('month'), today]);
  const from = range[0].format(DAY);
  const to = range[1].format(DAY);
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/reports/settlement', { params: { query: { from, to } } })),
    [from, to],
  );
  const data = report.data;
  const stores = data?.stores ?? [];
  const code = (id: string) => stores.find((s) => s.storeId === id)?.code ?? '';
  const storeLabel = (id: string) => {
    const s = stores.find((x) => x.storeId === id);
    return s ? `${s.code} · ${s.name}` : '';
  };

  const option = useMemo(() => {
    const nets = data?.nets ?? [];
    const label = (id: string) => data?.stores.find((s) => s.storeId === id)?.code ?? '';
    return barOption(
      nets.map((n) => label(n.storeId)),
      [{ name: t('settlement.net'), data: nets.map((n) => n.netCents) }],
    );
  }, [data, t]);

  const netColumns: TableColumnsType<Net> = [
    { title: t('settlement.store'), key: 'store', render: (_, n) => storeLabel(n.storeId) },
    { title: t('settlement.receivable'), dataIndex: 'receivableCents', align: 'right', render: formatYuan },
    { title: t('settlement.payable'), dataIndex: 'payableCents', align: 'right', render: formatYuan },
    {
      title: t('settlement.net'),
      dataIndex: 'netCents',
      align: 'right',
      render: (v: number, n) => (
        <Typography.Text
          type={v < 0 ? 'danger' : undefined}
          data-testid={`settlement-net-${code(n.storeId)}`}
        >
          {formatYuan(v)}
        </Typography.Text>
      ),
    },
  ];
  const netTable = (
    <Table<Net>
      rowKey="storeId"
      size="small"
      loading={report.loading}
      columns={netColumns}
      dataSource={data?.nets ?? []}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="settlement-nets"
      summary={() =>
        data ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('reports.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatYuan(data.nets.reduce((s, n) => s + n.receivableCents, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatYuan(data.nets.reduce((s, n) => s + n.payableCents, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong data-testid="settlement-total">
                {formatYuan(data.totalNetCents)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );

  type MatrixRow = { storeId: string };
  const cell = (fromId: string, toId: string) =>
    data?.cells.find((c) => c.rechargeStoreId === fromId && c.spendStoreId === toId);
  const matrixColumns: TableColumnsType<MatrixRow> = [
    {
      title: t('settlement.rechargeStore'),
      key: 'store',
      fixed: 'left',
      render: (_, r) => storeLabel(r.storeId),
    },
    ...stores.map((s) => ({
      title: t('settlement.spentIn', { store: s.code }),
      key: s.storeId,
      align: 'right' as const,
      render: (_: unknown, r: MatrixRow) => {
        const c = cell(r.storeId, s.storeId);
        if (!c) return '—';
        const own = r.storeId === s.storeId;
        return (
          <span data-testid={`settlement-cell-${code(r.storeId)}-${s.code}`}>
            <Typography.Text type={own ? 'secondary' : undefined}>
              {formatYuan(c.principalCents)}
            </Typography.Text>
            {c.bonusCents !== 0 && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('settlement.bonusPart', { amount: formatYuan(c.bonusCents) })}
              </Typography.Text>
            )}
          </span>
        );
      },
    })),
  ];

  return (
    <div data-testid="settlement-page">
      <PageCard
        title={`${t('settlement.title')} · ${from} ~ ${to}`}
        extra={
          <>
            <DatePicker.RangePicker
              className="no-print"
              allowClear={false}
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid="settlement-range"
            />
            <Button
              className="no-print"
              icon={<DownloadOutlined />}
              href={settlementHref(from, to)}
              data-testid="settlement-export"
            >
              {t('common.exportExcel')}
            </Button>
            <Button
              className="no-print"
              icon={<PrinterOutlined />}
              onClick={() => window.print()}
              data-testid="settlement-print"
            >
              {t('reports.print')}
            </Button>
          </>
        }
      >
        <Alert
          className="no-print"
          type="info"
          showIcon
          message={t('settlement.rule')}
          style={{ marginBottom: 12 }}
        />
        <LoadError error={report.error} onRetry={() => void report.reload()} />
        <ChartBeside
          chart={
            <Chart
              option={option}
              height={Math.max(160, 48 * (data?.nets.length ?? 0))}
              testId="settlement-chart"
            />
          }
          table={netTable}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('settlement.matrix')}
        </Typography.Title>
        <Table<MatrixRow>
          rowKey="storeId"
          size="small"
          loading={report.loading}
          columns={matrixColumns}
          dataSource={stores.map((s) => ({ storeId: s.storeId }))}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="settlement-matrix"
        />
      </PageCard>
    </div>
  );
}
