import { Button, Col, DatePicker, InputNumber, Row, Space, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatYuan, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { DRILL_PAGE, DrillDown, percent, queryOf, Toolbar } from './shared.tsx';

type Report = Schemas['AbcdReport'];
type AbcdClass = Report['rows'][number]['abcdClass'];
type Member = Report['rows'][number];

const CLASSES: readonly AbcdClass[] = ['A', 'B', 'C', 'D'];

/** ABCD: members by purchase frequency and amount against two cuts (the median member's by default). */
export function AbcdTab() {
  const { t } = useTranslation();
  // Left to the server until chosen: today in the tenant's time zone, not the browser's.
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [windowDays, setWindowDays] = useState<number | null>(365);
  const [frequencyAbove, setFrequencyAbove] = useState<number | null>(null);
  // Entered in yuan with two decimals; sent as whole fen.
  const [amountAboveYuan, setAmountAboveYuan] = useState<string | null>(null);
  const [open, setOpen] = useState<AbcdClass | null>(null);
  const amountAboveCents = amountAboveYuan === null ? null : parseYuan(amountAboveYuan);
  const inputs = queryOf({ asOf: asOf?.format('YYYY-MM-DD'), windowDays, frequencyAbove, amountAboveCents });
  const key = JSON.stringify(inputs);
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/analytics/abcd', { params: { query: { ...inputs, limit: '1' } } })),
    [key],
  );
  const data = report.data;
  const rows = useMemo(
    () =>
      CLASSES.map((c) => ({
        abcdClass: c,
        members: data?.classes[c] ?? 0,
        amountCents: data?.classAmountCents[c] ?? 0,
      })),
    [data],
  );
  const label = useCallback((c: AbcdClass) => t(`analytics.abcd_${c}`), [t]);

  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      legend: { top: 0 },
      series: [
        {
          name: t('analytics.members'),
          type: 'pie',
          radius: ['0%', '45%'],
          center: ['25%', '55%'],
          data: rows.map((r) => ({ name: label(r.abcdClass), value: r.members })),
          label: { formatter: '{c}' },
        },
        {
          name: t('analytics.amountShare'),
          type: 'pie',
          radius: ['0%', '45%'],
          center: ['75%', '55%'],
          data: rows.map((r) => ({ name: label(r.abcdClass), value: r.amountCents / 100 })),
          label: { formatter: '{d}%' },
        },
      ],
    }),
    [rows, label, t],
  );

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('analytics.class'),
      dataIndex: 'abcdClass',
      render: (c: AbcdClass) => (
        <Button type="link" size="small" onClick={() => setOpen(c)} data-testid={`abcd-class-${c}`}>
          {label(c)}
        </Button>
      ),
    },
    {
      title: t('analytics.members'),
      dataIndex: 'members',
      align: 'right',
      render: (n: number, r) => <span data-testid={`abcd-count-${r.abcdClass}`}>{n}</span>,
    },
    {
      title: t('analytics.memberShare'),
      key: 'ms',
      align: 'right',
      render: (_, r) => percent(r.members, data?.memberCount ?? 0),
    },
    { title: t('analytics.amount'), dataIndex: 'amountCents', align: 'right', render: formatYuan },
    {
      title: t('analytics.amountShare'),
      key: 'as',
      align: 'right',
      render: (_, r) => percent(r.amountCents, data?.amountCents ?? 0),
    },
  ];
  const memberColumns: TableColumnsType<Member> = [
    { title: t('analytics.frequency'), dataIndex: 'frequency', align: 'right' },
    { title: t('analytics.amount'), dataIndex: 'amountCents', align: 'right', render: formatYuan },
  ];

  return (
    <div data-testid="analytics-abcd">
      <Toolbar
        testId="abcd"
        exportHref={`/api/v1/analytics/abcd.xlsx?${new URLSearchParams(inputs).toString()}`}
      >
        <Space>
          {t('analytics.asOf')}
          <DatePicker
            allowClear={false}
            value={asOf ?? (report.data ? dayjs(report.data.asOf) : null)}
            onChange={(d) => d && setAsOf(d)}
          />
        </Space>
        <Space>
          {t('analytics.windowDays')}
          <InputNumber
            min={1}
            max={36_600}
            precision={0}
            value={windowDays}
            placeholder={t('analytics.allHistory')}
            onChange={(v) => setWindowDays(v)}
          />
        </Space>
        <Space>
          {t('analytics.frequencyAbove')}
          <InputNumber
            min={0}
            precision={0}
            value={frequencyAbove}
            placeholder={t('analytics.median')}
            onChange={(v) => setFrequencyAbove(v)}
            data-testid="abcd-frequency"
          />
        </Space>
        <Space>
          {t('analytics.amountAbove')}
          <InputNumber<string>
            min="0"
            step="1"
            precision={2}
            stringMode
            value={amountAboveYuan}
            placeholder={t('analytics.median')}
            onChange={(v) => setAmountAboveYuan(v)}
            data-testid="abcd-amount"
          />
        </Space>
      </Toolbar>
      <LoadError error={report.error} onRetry={() => void report.reload()} />
      <p style={{ margin: '4px 0 12px' }} data-testid="abcd-cuts">
        {data?.frequencyAbove != null && data.amountAboveCents != null
          ? t('analytics.abcdCuts', {
              frequency: data.frequencyAbove,
              amount: formatYuan(data.amountAboveCents),
            })
          : t('analytics.noPurchases')}
      </p>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Chart option={option} testId="abcd-chart" />
        </Col>
        <Col xs={24} lg={12}>
          <Table
            rowKey="abcdClass"
            size="small"
            loading={report.loading}
            columns={columns}
            dataSource={rows}
            pagination={false}
          />
        </Col>
      </Row>
      {open && (
        <DrillDown<Member>
          key={`${open}${key}`}
          testId="abcd"
          title={t('analytics.membersOf', { name: label(open) })}
          columns={memberColumns}
          exportHref={`/api/v1/analytics/abcd.xlsx?${new URLSearchParams({ ...inputs, abcdClass: open }).toString()}`}
          load={(after) =>
            unwrap(
              api.GET('/api/v1/analytics/abcd', {
                params: {
                  query: { ...inputs, abcdClass: open, limit: DRILL_PAGE, ...(after ? { after } : {}) },
                },
              }),
            )
          }
        />
      )}
    </div>
  );
}
