import { Col, Row } from 'antd';
import type { ReactNode } from 'react';

/** A chart with the table it was drawn from beside it on a desktop, under it on a phone. */
export function ChartBeside({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        {chart}
      </Col>
      <Col xs={24} xl={12} style={{ minWidth: 0 }}>
        {table}
      </Col>
    </Row>
  );
}
