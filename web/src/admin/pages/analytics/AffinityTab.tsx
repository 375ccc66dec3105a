import { DatePicker, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { queryOf, Toolbar } from './shared.tsx';

type Report = Schemas['AffinityReport'];
type Pair = Report['rows'][number];
type Sort = Report['sort'];

const ratio = (v: number) => v.toFixed(4);

/** 商品关联: bought A → also bought B, the best pairs by lift, confidence or support; sortable. */
export function AffinityTab() {
  const { t } = useTranslation();
  // The last 365 days by default: a year of baskets, not every basket ever kept.
  // Until a period is chosen: the last 365 days up to the server's today (the tenant's, not the browser's).
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [yearAgo] = useState(() => dayjs().subtract(365, 'day'));
  const [minSupport, setMinSupport] = useState<number | null>(null);
  const [sort, setSort] = useState<Sort>('lift');
  const inputs = queryOf({
    from: (range?.[0] ?? yearAgo).format('YYYY-MM-DD'),
    to: range?.[1].format('YYYY-MM-DD'),
    minSupport,
    sort,
  });
  const key = JSON.stringify(inputs);
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/analytics/affinity', { params: { query: inputs } })),
    [key],
  );
  const data = report.data;

  const columns: TableColumnsType<Pair> = [
    {
      title: t('analytics.productA'),
      key: 'a',
      render: (_, p) => `${p.productAName} (${p.productASku})`,
      sorter: (x, y) => x.productASku.localeCompare(y.productASku),
    },
    {
      title: t('analytics.productB'),
      key: 'b',
      render: (_, p) => `${p.productBName} (${p.productBSku})`,
      sorter: (x, y) => x.productBSku.localeCompare(y.productBSku),
    },
    {
      title: t('analytics.pairBaskets'),
      dataIndex: 'pairBaskets',
      align: 'right',
      sorter: (x, y) => x.pairBaskets - y.pairBaskets,
    },
    { title: t('analytics.aBaskets'), dataIndex: 'productABaskets', align: 'right' },
    { title: t('analytics.bBaskets'), dataIndex: 'productBBaskets', align: 'right' },
    {
      title: t('analytics.support'),
      dataIndex: 'support',
      align: 'right',
      render: ratio,
      sorter: (x, y) => x.support - y.support,
    },
    {
      title: t('analytics.confidence'),
      dataIndex: 'confidence',
      align: 'right',
      render: ratio,
      sorter: (x, y) => x.confidence - y.confidence,
    },
    {
      title: t('analytics.lift'),
      dataIndex: 'lift',
      align: 'right',
      render: (v: number) => v.toFixed(2),
      sorter: (x, y) => x.lift - y.lift,
    },
  ];

  return (
    <div data-testid="analytics-affinity">
      <Toolbar
        testId="affinity"
        exportHref={`/api/v1/analytics/affinity.xlsx?${new URLSearchParams(inputs).toString()}`}
      >
        <DatePicker.RangePicker
          value={range ?? (report.data ? [yearAgo, dayjs(report.data.to)] : null)}
          onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
        />
        <Space>
          {t('analytics.minSupport')}
          <InputNumber
            min={1}
            precision={0}
            value={minSupport}
            placeholder={t('analytics.minSupportDefault')}
            onChange={(v) => setMinSupport(v)}
            data-testid="affinity-min-support"
          />
        </Space>
        <Space>
          {t('analytics.sortBy')}
          <Select<Sort>
            style={{ minWidth: 120 }}
            value={sort}
            onChange={setSort}
            options={(['lift', 'confidence', 'support'] as const).map((s) => ({
              value: s,
              label: t(`analytics.${s}`),
            }))}
          />
        </Space>
      </Toolbar>
      <LoadError error={report.error} onRetry={() => void report.reload()} />
      {data && (
        <p style={{ margin: '4px 0 12px' }} data-testid="affinity-summary">
          {t('analytics.affinitySummary', {
            baskets: data.basketCount,
            minSupport: data.minSupport,
            pairs: data.pairCount,
            shown: data.rows.length,
          })}
        </p>
      )}
      <Table<Pair>
        rowKey={(p) => `${p.productAId}>${p.productBId}`}
        size="small"
        loading={report.loading}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
