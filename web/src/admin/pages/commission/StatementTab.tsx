import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { formatRate } from './format.ts';

type Entry = Schemas['CommissionStatement']['entries'][number];
export type Range = [Dayjs, Dayjs];

export const thisMonth = (): Range => [dayjs().startOf('month'), dayjs().endOf('month')];
export const periodQuery = (range: Range) => ({
  from: range[0].startOf('day').toISOString(),
  to: range[1].add(1, 'day').startOf('day').toISOString(),
});

/** A person's commission over a period: totals, every entry, Excel and print. */
export function StatementTab({
  staffUserId,
  onStaffChange,
  range,
  onRangeChange,
}: {
  staffUserId: string | undefined;
  onStaffChange: (id: string | undefined) => void;
  range: Range;
  onRangeChange: (range: Range) => void;
}) {
  const { t } = useTranslation();
  const { me, can, storeId } = useSession();
  const canRead = can('commission.read');
  const period = periodQuery(range);
  const statement = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/commission/statement', {
          params: { query: { ...period, ...(staffUserId ? { staffUserId } : {}) } },
        }),
      ),
    [staffUserId, period.from, period.to],
  );
  // The people to choose from: whoever has commission in the period in the user's stores.
  const people = useLoad(
    () =>
      canRead
        ? unwrap(
            api.GET('/api/v1/commission/summary', {
              params: { query: { ...period, ...(storeId ? { storeId } : {}) } },
            }),
          ).then((s) => s.rows)
        : Promise.resolve([]),
    [canRead, storeId, period.from, period.to],
  );
  const stores = new Map((me?.stores ?? []).map((s) => [s.id, s.name]));
  const options = [
    { value: '', label: `${me?.user.displayName ?? ''}（${t('commission.me')}）` },
    ...(people.data ?? [])
      .filter((p) => p.staffUserId !== me?.user.id)
      .map((p) => ({ value: p.staffUserId, label: p.name })),
  ];
  const exportQuery = new URLSearchParams({ ...period, ...(staffUserId ? { staffUserId } : {}) });

  const columns: TableColumnsType<Entry> = [
    { title: t('commission.time'), dataIndex: 'at', width: 170, render: formatDateTime },
    {
      title: t('commission.kind'),
      dataIndex: 'kind',
      render: (k: Entry['kind']) => (
        <Tag color={k === 'refund' ? 'red' : 'green'}>{t(`commission.kind_${k}`)}</Tag>
      ),
    },
    {
      title: t('commission.store'),
      dataIndex: 'storeId',
      render: (id: string) => stores.get(id) ?? '—',
      responsive: ['lg'],
    },
    { title: t('commission.orderNo'), dataIndex: 'orderNo' },
    { title: t('commission.item'), dataIndex: 'itemName' },
    { title: t('commission.qty'), dataIndex: 'qty', align: 'right' },
    {
      title: t('commission.share'),
      dataIndex: 'sharePercent',
      align: 'right',
      render: (v: number) => `${v}%`,
    },
    {
      title: `${t('commission.requested')}/${t('commission.assigned')}`,
      dataIndex: 'requested',
      render: (v: boolean) => (v ? t('commission.requested') : t('commission.assigned')),
    },
    { title: t('commission.rate'), key: 'rate', render: (_, e) => formatRate(e.basis, e.rate) },
    { title: t('commission.base'), dataIndex: 'baseCents', align: 'right', render: formatYuan },
    { title: t('commission.amount'), dataIndex: 'amountCents', align: 'right', render: formatYuan },
  ];
  const totals = statement.data?.totals;

  return (
    <div data-testid="commission-statement">
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        {canRead && (
          <Select
            style={{ minWidth: 180 }}
            value={staffUserId ?? ''}
            onChange={(v) => onStaffChange(v || undefined)}
            options={options}
            aria-label={t('commission.staff')}
            data-testid="commission-staff"
          />
        )}
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && onRangeChange([v[0], v[1]])}
        />
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/commission/statement.xlsx?${exportQuery.toString()}`}
          data-testid="commission-export"
        >
          {t('commission.exportXlsx')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="commission-print">
          {t('commission.print')}
        </Button>
      </Space>
      {!canRead && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('commission.noRead')} />}
      <LoadError error={statement.error} onRetry={() => void statement.reload()} />
      {statement.data && (
        <h3 style={{ margin: '4px 0 12px' }}>
          {t('commission.statementOf', { name: statement.data.staff.name })} · {range[0].format('YYYY-MM-DD')}{' '}
          ~ {range[1].format('YYYY-MM-DD')}
        </h3>
      )}
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col xs={12} md={5}>
          <Statistic title={t('commission.netTotal')} value={formatYuan(totals?.netCents ?? 0)} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('commission.saleTotal')} value={formatYuan(totals?.saleCents ?? 0)} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('commission.refundTotal')} value={formatYuan(totals?.refundCents ?? 0)} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('commission.baseTotal')} value={formatYuan(totals?.baseCents ?? 0)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('commission.lines')} value={totals?.lines ?? 0} />
        </Col>
      </Row>
      {statement.data?.truncated && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('commission.truncated')} />
      )}
      <Table<Entry>
        rowKey="id"
        size="small"
        loading={statement.loading}
        columns={columns}
        dataSource={statement.data?.entries ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
