import { Descriptions, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import type { Order } from '../../../shared/receipt/Receipt.tsx';

type Line = Order['lines'][number];
type Payment = Order['payments'][number];

const STATUS_COLOR = { completed: 'green', partially_refunded: 'orange', refunded: 'red' } as const;

export function OrderStatusTag({ status }: { status: Order['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`sales.status_${status}`)}</Tag>;
}

/** Everything about one sale: lines with each discount explained, staff, tenders, refunds. */
export function OrderDetail({ order, storeName }: { order: Order; storeName: string }) {
  const { t } = useTranslation();
  const lineColumns: TableColumnsType<Line> = [
    {
      title: t('sales.product'),
      key: 'name',
      render: (_, l) => (
        <div>
          <div>{l.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.sku}
            {l.memberCardId ? ` · ${t('sales.paidByCard')}` : ''}
          </Typography.Text>
          {l.adjustments.map((a) => (
            <div key={`${a.kind}-${a.label}`} style={{ fontSize: 12, color: '#cf1322' }}>
              {a.label} {formatYuan(-a.amountCents)}
            </div>
          ))}
          {l.staff.length > 0 && (
            <div style={{ fontSize: 12 }}>
              {t('sales.staff')}:{' '}
              {l.staff.map((s) => `${s.name} ${s.sharePercent}%${s.requested ? '·点' : ''}`).join('，')}
            </div>
          )}
        </div>
      ),
    },
    { title: t('sales.qty'), dataIndex: 'qty', width: 60 },
    { title: t('sales.unitPrice'), dataIndex: 'unitPriceCents', width: 90, render: formatYuan },
    {
      title: t('sales.discount'),
      dataIndex: 'discountCents',
      width: 90,
      render: (v: number) => (v ? formatYuan(-v) : ''),
    },
    { title: t('sales.lineTotal'), dataIndex: 'totalCents', width: 100, render: formatYuan },
    {
      title: t('sales.refundedQty'),
      dataIndex: 'refundedQty',
      width: 80,
      render: (v: number, l) => (v ? `${v} (${formatYuan(l.refundedCents)})` : ''),
    },
  ];
  const paymentColumns: TableColumnsType<Payment> = [
    {
      title: t('sales.method'),
      dataIndex: 'method',
      render: (m: Payment['method']) => t(`sales.method_${m}`),
    },
    { title: t('sales.amount'), dataIndex: 'amountCents', render: formatYuan },
    {
      title: t('sales.detail'),
      key: 'detail',
      render: (_, p) =>
        p.method === 'cash'
          ? t('sales.cashDetail', {
              tendered: formatYuan(p.tenderedCents),
              change: formatYuan(order.changeCents),
            })
          : p.method === 'stored_value'
            ? t('sales.svDetail', {
                principal: formatYuan(p.principalCents),
                bonus: formatYuan(p.bonusCents),
              })
            : p.ref,
    },
    {
      title: t('sales.refunded'),
      dataIndex: 'refundedCents',
      render: (v: number) => (v ? formatYuan(v) : ''),
    },
  ];

  return (
    <div data-testid="order-detail">
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('sales.orderNo')}>
          <span data-testid="order-no">{order.orderNo}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <OrderStatusTag status={order.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('sales.time')}>{formatDateTime(order.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('sales.store')}>
          {storeName} · {order.till}
        </Descriptions.Item>
        <Descriptions.Item label={t('sales.cashier')}>{order.cashierName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('sales.member')}>
          {order.memberName ? `${order.memberName}${order.memberPhone ? ` ${order.memberPhone}` : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('sales.total')}>
          <Typography.Text strong data-testid="order-total">
            {formatYuan(order.totalCents)}
          </Typography.Text>
          {order.discountCents > 0 && (
            <Typography.Text type="secondary">
              {' '}
              (
              {t('sales.listAndDiscount', {
                list: formatYuan(order.listCents),
                discount: formatYuan(order.discountCents),
              })}
              )
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('sales.points')}>
          {t('sales.pointsDetail', { earned: order.pointsEarned, redeemed: order.pointsRedeemed })}
        </Descriptions.Item>
      </Descriptions>
      <Table<Line>
        rowKey="lineNo"
        size="small"
        columns={lineColumns}
        dataSource={order.lines}
        pagination={false}
      />
      {order.orderAdjustments.length > 0 && (
        <div style={{ margin: '8px 0' }}>
          {order.orderAdjustments.map((a) => (
            <Tag key={`${a.kind}-${a.label}`} color="volcano">
              {a.label} {formatYuan(-a.amountCents)}
            </Tag>
          ))}
        </div>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('sales.payments')}
      </Typography.Title>
      <Table<Payment>
        rowKey="seq"
        size="small"
        columns={paymentColumns}
        dataSource={order.payments}
        pagination={false}
      />
      {order.refunds.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('sales.refunds')}
          </Typography.Title>
          {order.refunds.map((r) => (
            <div key={r.id} data-testid="order-refund">
              {formatDateTime(r.createdAt)} · {formatYuan(r.amountCents)} · {r.reason}
            </div>
          ))}
        </>
      )}
    </div>
  );
}
