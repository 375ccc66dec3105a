import { Card, Space } from 'antd';
import type { ReactNode } from 'react';

/** A page's main card: title on the left, actions on the right, wrapping on narrow screens. */
export function PageCard({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      title={title}
      extra={
        extra && (
          <Space wrap size={8}>
            {extra}
          </Space>
        )
      }
      styles={{ body: { paddingTop: 12 } }}
    >
      {children}
    </Card>
  );
}
