import { Button, Col, DatePicker, InputNumber, Row, Space, Switch, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { DRILL_PAGE, DrillDown, percent, queryOf, Toolbar } from './shared.tsx';

type Report = Schemas['RfmReport'];
type RfmClass = Report['rows'][number]['rfmClass'];
type Member = Report['rows'][number];

export const RFM_CLASS_KEYS: readonly RfmClass[] = [
  'important_value',
  'important_development',
  'important_retain',
  'important_win_back',
  'general_value',
  'general_development',
  'general_retain',
  'general_win_back',
];

interface ClassRow {
  rfmClass: RfmClass;
  members: number;
  monetaryCents: number;
}

/** RFM: the 8 classes with their member counts and value share, the table beside the chart, drill-down. */
export function RfmTab() {
  const { t } = useTranslation();
  // Left to the server until chosen: today in the tenant's time zone, not the browser's.
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [windowDays, setWindowDays] = useState<number | null>(null);
  const [net, setNet] = useState(false);
  const [open, setOpen] = useState<RfmClass | null>(null);
  const inputs = queryOf({ asOf: asOf?.format('YYYY-MM-DD'), windowDays, net: net ? 'true' : undefined });
  const key = JSON.stringify(inputs);
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/analytics/rfm', { params: { query: { ...inputs, limit: '1' } } })),
    [key],
  );
  const data = report.data;
  const rows = useMemo<ClassRow[]>(
    () =>
      RFM_CLASS_KEYS.map((k) => ({
        rfmClass: k,
        members: data?.classes[k] ?? 0,
        monetaryCents: data?.classMonetaryCents[k] ?? 0,
      })),
    [data],
  );
  const label = useCallback((k: RfmClass) => t(`analytics.rfm_${k}`), [t]);

  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [t('analytics.members'), t('analytics.valueShare')] },
      grid: { left: 48, right: 48, bottom: 72 },
      xAxis: { type: 'category', data: rows.map((r) => label(r.rfmClass)), axisLabel: { rotate: 30 } },
      yAxis: [
        { type: 'value', name: t('analytics.members'), minInterval: 1 },
        { type: 'value', name: '%', max: 100 },
      ],
      series: [
        { name: t('analytics.members'), type: 'bar', data: rows.map((r) => r.members) },
        {
          name: t('analytics.valueShare'),
          type: 'bar',
          yAxisIndex: 1,
          data: rows.map((r) =>
            data && data.monetaryCents > 0
              ? Math.round((r.monetaryCents * 1000) / data.monetaryCents) / 10
              : 0,
          ),
        },
      ],
    }),
    [rows, label, t, data],
  );

  const columns: TableColumnsType<ClassRow> = [
    {
      title: t('analytics.class'),
      dataIndex: 'rfmClass',
      render: (k: RfmClass) => (
        <Button type="link" size="small" onClick={() => setOpen(k)} data-testid={`rfm-class-${k}`}>
          {label(k)}
        </Button>
      ),
    },
    {
      title: t('analytics.members'),
      dataIndex: 'members',
      align: 'right',
      render: (n: number, r) => <span data-testid={`rfm-count-${r.rfmClass}`}>{n}</span>,
    },
    {
      title: t('analytics.memberShare'),
      key: 'ms',
      align: 'right',
      render: (_, r) => percent(r.members, data?.memberCount ?? 0),
    },
    { title: t('analytics.monetary'), dataIndex: 'monetaryCents', align: 'right', render: formatYuan },
    {
      title: t('analytics.valueShare'),
      key: 'vs',
      align: 'right',
      render: (_, r) => percent(r.monetaryCents, data?.monetaryCents ?? 0),
    },
  ];
  const memberColumns: TableColumnsType<Member> = [
    { title: t('analytics.recencyDays'), dataIndex: 'recencyDays', align: 'right' },
    { title: t('analytics.frequency'), dataIndex: 'frequency', align: 'right' },
    { title: t('analytics.monetary'), dataIndex: 'monetaryCents', align: 'right', render: formatYuan },
    { title: 'R', dataIndex: 'rScore', align: 'right' },
    { title: 'F', dataIndex: 'fScore', align: 'right' },
    { title: 'M', dataIndex: 'mScore', align: 'right' },
  ];

  return (
    <div data-testid="analytics-rfm">
      <Toolbar
        testId="rfm"
        exportHref={`/api/v1/analytics/rfm.xlsx?${new URLSearchParams(inputs).toString()}`}
      >
        <Space>
          {t('analytics.asOf')}
          <DatePicker
            allowClear={false}
            value={asOf ?? (report.data ? dayjs(report.data.asOf) : null)}
            onChange={(d) => d && setAsOf(d)}
            data-testid="rfm-asof"
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
            data-testid="rfm-window"
          />
        </Space>
        <Space>
          {t('analytics.net')}
          <Switch checked={net} onChange={setNet} />
        </Space>
      </Toolbar>
      <LoadError error={report.error} onRetry={() => void report.reload()} />
      <h3 style={{ margin: '4px 0 12px' }}>
        {t('analytics.rfmTitle', { asOf: data?.asOf ?? '', count: data?.memberCount ?? 0 })}
      </h3>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Chart option={option} testId="rfm-chart" />
        </Col>
        <Col xs={24} lg={12}>
          <Table<ClassRow>
            rowKey="rfmClass"
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
          testId="rfm"
          title={t('analytics.membersOf', { name: label(open) })}
          columns={memberColumns}
          exportHref={`/api/v1/analytics/rfm.xlsx?${new URLSearchParams({ ...inputs, rfmClass: open }).toString()}`}
          load={(after) =>
            unwrap(
              api.GET('/api/v1/analytics/rfm', {
                params: {
                  query: { ...inputs, rfmClass: open, limit: DRILL_PAGE, ...(after ? { after } : {}) },
                },
              }),
            )
          }
        />
      )}
    </div>
  );
}
