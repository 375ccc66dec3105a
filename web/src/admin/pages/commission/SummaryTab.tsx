import { DatePicker, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { periodQuery, type Range } from './StatementTab.tsx';

type Row = Schemas['CommissionSummary']['rows'][number];

/** Per-person totals of a store over a period; a row opens that person's statement. */
export function SummaryTab({
  range,
  onRangeChange,
  onOpen,
}: {
  range: Range;
  onRangeChange: (range: Range) => void;
  onOpen: (staffUserId: string) => void;
}) {
  const { t } = useTranslation();
  const { me, storeId: current } = useSession();
  const [storeId, setStoreId] = useState<string | undefined>(current ?? undefined);
  const period = periodQuery(range);
  const summary = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/commission/summary', {
          params: { query: { ...period, ...(storeId ? { storeId } : {}) } },
        }),
      ),
    [storeId, period.from, period.to],
  );
  const columns: TableColumnsType<Row> = [
    { title: t('commission.staff'), dataIndex: 'name' },
    { title: t('commission.lines'), dataIndex: 'lines', align: 'right' },
    { title: t('commission.baseTotal'), dataIndex: 'baseCents', align: 'right', render: formatYuan },
    { title: t('commission.saleTotal'), dataIndex: 'saleCents', align: 'right', render: formatYuan },
    { title: t('commission.refundTotal'), dataIndex: 'refundCents', align: 'right', render: formatYuan },
    { title: t('commission.netTotal'), dataIndex: 'netCents', align: 'right', render: formatYuan },
  ];
  const totals = summary.data?.totals;
  return (
    <div data-testid="commission-summary">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('commission.allStores')}
          value={storeId}
          onChange={setStoreId}
          style={{ minWidth: 160 }}
          options={(me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && onRangeChange([v[0], v[1]])}
        />
      </Space>
      <LoadError error={summary.error} onRetry={() => void summary.reload()} />
      <Table<Row>
        rowKey="staffUserId"
        size="middle"
        loading={summary.loading}
        columns={columns}
        dataSource={summary.data?.rows ?? []}
        pagination={false}
        onRow={(r) => ({ onClick: () => onOpen(r.staffUserId), style: { cursor: 'pointer' } })}
        summary={() =>
          totals ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('common.all')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {totals.lines}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatYuan(totals.baseCents)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {formatYuan(totals.saleCents)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {formatYuan(totals.refundCents)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {formatYuan(totals.netCents)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
