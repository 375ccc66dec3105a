import { Button, Col, DatePicker, InputNumber, Row, Space, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { DRILL_PAGE, DrillDown, percent, queryOf, Toolbar } from './shared.tsx';

type Report = Schemas['LifecycleReport'];
type Stage = Report['rows'][number]['stage'];
type Member = Report['rows'][number];

const STAGES: readonly Stage[] = ['active', 'recent_churn', 'mid_churn', 'dormant'];

/** 生命周期: members by days since their last purchase, thresholds editable; funnel and table. */
export function LifecycleTab() {
  const { t } = useTranslation();
  // Left to the server until chosen: today in the tenant's time zone, not the browser's.
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [days, setDays] = useState({ activeDays: 30, recentDays: 90, midDays: 180 });
  const [open, setOpen] = useState<Stage | null>(null);
  const inputs = queryOf({ asOf: asOf?.format('YYYY-MM-DD'), ...days });
  const key = JSON.stringify(inputs);
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/analytics/lifecycle', { params: { query: { ...inputs, limit: '1' } } })),
    [key],
  );
  const data = report.data;
  const rows = useMemo(() => STAGES.map((stage) => ({ stage, members: data?.stages[stage] ?? 0 })), [data]);
  const label = useCallback((s: Stage) => t(`analytics.stage_${s}`), [t]);
  const range = (s: Stage) => {
    const d = data?.thresholds ?? days;
    switch (s) {
      case 'active':
        return `0–${d.activeDays}`;
      case 'recent_churn':
        return `${d.activeDays + 1}–${d.recentDays}`;
      case 'mid_churn':
        return `${d.recentDays + 1}–${d.midDays}`;
      case 'dormant':
        return `> ${d.midDays}`;
    }
  };

  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          label: { formatter: '{b}: {c}' },
          data: rows.map((r) => ({ name: label(r.stage), value: r.members })),
        },
      ],
    }),
    [rows, label],
  );

  const setDay = (field: keyof typeof days) => (v: number | null) => {
    if (v !== null) setDays((d) => ({ ...d, [field]: v }));
  };
  const rising = days.activeDays < days.recentDays && days.recentDays < days.midDays;

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('analytics.stage'),
      dataIndex: 'stage',
      render: (s: Stage) => (
        <Button type="link" size="small" onClick={() => setOpen(s)} data-testid={`lifecycle-stage-${s}`}>
          {label(s)}
        </Button>
      ),
    },
    { title: t('analytics.daysSince'), key: 'range', render: (_, r) => range(r.stage) },
    {
      title: t('analytics.members'),
      dataIndex: 'members',
      align: 'right',
      render: (n: number, r) => <span data-testid={`lifecycle-count-${r.stage}`}>{n}</span>,
    },
    {
      title: t('analytics.memberShare'),
      key: 'share',
      align: 'right',
      render: (_, r) => percent(r.members, data?.memberCount ?? 0),
    },
  ];
  const memberColumns: TableColumnsType<Member> = [
    { title: t('analytics.daysSince'), dataIndex: 'daysSinceLastPurchase', align: 'right' },
  ];

  return (
    <div data-testid="analytics-lifecycle">
      <Toolbar
        testId="lifecycle"
        exportHref={`/api/v1/analytics/lifecycle.xlsx?${new URLSearchParams(inputs).toString()}`}
      >
        <Space>
          {t('analytics.asOf')}
          <DatePicker
            allowClear={false}
            value={asOf ?? (report.data ? dayjs(report.data.asOf) : null)}
            onChange={(d) => d && setAsOf(d)}
          />
        </Space>
        {(['activeDays', 'recentDays', 'midDays'] as const).map((field) => (
          <Space key={field}>
            {t(`analytics.${field}`)}
            <InputNumber
              min={0}
              max={36_600}
              precision={0}
              value={days[field]}
              onChange={setDay(field)}
              status={rising ? undefined : 'error'}
              data-testid={`lifecycle-${field}`}
            />
          </Space>
        ))}
      </Toolbar>
      {!rising && <div style={{ color: '#cf1322', marginBottom: 8 }}>{t('analytics.thresholdsRise')}</div>}
      <LoadError error={report.error} onRetry={() => void report.reload()} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Chart option={option} testId="lifecycle-chart" />
        </Col>
        <Col xs={24} lg={12}>
          <Table
            rowKey="stage"
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
          testId="lifecycle"
          title={t('analytics.membersOf', { name: label(open) })}
          columns={memberColumns}
          exportHref={`/api/v1/analytics/lifecycle.xlsx?${new URLSearchParams({ ...inputs, stage: open }).toString()}`}
          load={(after) =>
            unwrap(
              api.GET('/api/v1/analytics/lifecycle', {
                params: { query: { ...inputs, stage: open, limit: DRILL_PAGE, ...(after ? { after } : {}) } },
              }),
            )
          }
        />
      )}
    </div>
  );
}
