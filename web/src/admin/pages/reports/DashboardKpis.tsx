import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/money.ts';
import { changeTenths, formatTenths } from './format.ts';
import type { DashboardTotals } from './report-api.ts';

interface Kpi {
  key: keyof DashboardTotals;
  money: boolean;
  /** Refunds growing is bad news: the arrow turns red going up. */
  lowerIsBetter?: boolean;
}

const KPIS: readonly Kpi[] = [
  { key: 'salesCents', money: true },
  { key: 'orderCount', money: false },
  { key: 'refundCents', money: true, lowerIsBetter: true },
  { key: 'netCents', money: true },
  { key: 'rechargeCents', money: true },
  { key: 'newMembers', money: false },
  { key: 'activeMembers', money: false },
];

const BETTER = '#3f8600';
const WORSE = '#cf1322';

/** The period's headline figures, each with its change against the previous period of equal length. */
export function DashboardKpis({
  totals,
  previous,
}: {
  totals?: DashboardTotals;
  previous?: DashboardTotals;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {KPIS.map((kpi) => {
        const value = totals?.[kpi.key] ?? 0;
        const before = previous?.[kpi.key] ?? 0;
        const show = (n: number) => (kpi.money ? formatYuan(n) : String(n));
        const change = changeTenths(value, before);
        const better = change !== null && change > 0 !== Boolean(kpi.lowerIsBetter);
        const color = change === null || change === 0 ? undefined : better ? BETTER : WORSE;
        return (
          <Col key={kpi.key} xs={24} sm={12} lg={8} xl={6} xxl={24 / 8}>
            <Card size="small" data-testid={`kpi-${kpi.key}`}>
              <Statistic title={t(`dashboard.kpi_${kpi.key}`)} value={show(value)} />
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                data-testid={`kpi-${kpi.key}-change`}
              >
                {t('dashboard.vsPrevious')}{' '}
                <span style={{ color }}>
                  {change === null ? (
                    t('dashboard.noBase')
                  ) : (
                    <>
                      {change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : null}{' '}
                      {formatTenths(change, true)}
                    </>
                  )}
                </span>{' '}
                · {t('dashboard.previousValue', { value: show(before) })}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
