import { Col, Row } from 'antd';
import type { ReactNode } from 'react';

/**
 * A chart with the table it was drawn from beside it on a wide screen, above it otherwise. `wide`
 * is for tables with many columns: they go beside the chart only on the widest screens.
 */
export function ChartBeside({
  chart,
  table,
  wide = false,
}: {
  chart: ReactNode;
  table: ReactNode;
  wide?: boolean;
}) {
  const chartSpan = wide ? { xs: 24, xxl: 9 } : { xs: 24, xl: 12 };
  const tableSpan = wide ? { xs: 24, xxl: 15 } : { xs: 24, xl: 12 };
  return (
    <Row gutter={[16, 16]}>
      <Col {...chartSpan}>{chart}</Col>
      <Col {...tableSpan} style={{ minWidth: 0 }}>
        {table}
      </Col>
    </Row>
  );
}
