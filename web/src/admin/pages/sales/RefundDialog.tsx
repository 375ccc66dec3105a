import { Alert, Checkbox, Input, InputNumber, Modal, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import type { Order } from '../../../shared/receipt/Receipt.tsx';

type Line = Order['lines'][number];

interface Props {
  order: Order | null;
  /** The till paying any cash back (it needs an open shift for that). */
  till: string;
  /** Admin lets the user name the till; the cashier's till is fixed. */
  tillEditable?: boolean;
  onClose: () => void;
  onDone: (order: Order) => void;
}

const open = (l: Line) => l.qty - l.refundedQty;

/** Refund chosen lines and quantities of an order with a reason (退货). Shared by admin and the till. */
export function RefundDialog({ order, till: initialTill, tillEditable, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [qty, setQty] = useState<Record<number, number>>({});
  const [reason, setReason] = useState('');
  const [till, setTill] = useState(initialTill);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per opening: a retry after a network error replays rather than refunding twice.
  const key = useRef('');

  useEffect(() => {
    if (!order) return;
    key.current = newIdempotencyKey();
    setQty({});
    setReason('');
    setTill(initialTill);
    setError(null);
  }, [order, initialTill]);

  if (!order) return null;
  const refundable = order.lines.filter((l) => open(l) > 0);
  const chosen = refundable.filter((l) => (qty[l.lineNo] ?? 0) > 0);
  const all = refundable.length > 0 && refundable.every((l) => qty[l.lineNo] === open(l));
  // A line's refund is its paid total in proportion to the quantity (the server allocates to the fen).
  const estimate = chosen.reduce((s, l) => s + Math.round((l.totalCents * (qty[l.lineNo] ?? 0)) / l.qty), 0);
  const canSubmit = chosen.length > 0 && reason.trim() !== '' && till.trim() !== '' && !submitting;

  const submit = async () => {
    if (!canSubmit) return;
    setSubmitting(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST('/api/v1/orders/{id}/refunds', {
          params: { path: { id: order.id } },
          headers: { 'Idempotency-Key': key.current },
          body: {
            till: till.trim(),
            reason: reason.trim(),
            lines: chosen.map((l) => ({ lineNo: l.lineNo, qty: qty[l.lineNo] ?? 0 })),
          },
        }),
      );
      onDone(result);
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  const columns: TableColumnsType<Line> = [
    { title: t('sales.product'), dataIndex: 'name' },
    { title: t('sales.sold'), dataIndex: 'qty', width: 70 },
    { title: t('sales.refundedQty'), dataIndex: 'refundedQty', width: 80 },
    { title: t('sales.lineTotal'), dataIndex: 'totalCents', width: 100, render: formatYuan },
    {
      title: t('sales.refundQty'),
      key: 'refund',
      width: 120,
      render: (_, l) => (
        <InputNumber
          min={0}
          max={open(l)}
          precision={0}
          value={qty[l.lineNo] ?? 0}
          onChange={(v) =>
            setQty((q) => ({ ...q, [l.lineNo]: Math.min(open(l), Math.max(0, Number(v ?? 0))) }))
          }
          data-testid={`refund-qty-${l.lineNo}`}
        />
      ),
    },
  ];
  const retrySafe = error instanceof ApiError && (error.status === 0 || error.status >= 500);

  return (
    <Modal
      open
      title={t('sales.refundTitle', { no: order.orderNo })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={
        estimate ? t('sales.refundSubmitAmount', { amount: formatYuan(estimate) }) : t('sales.refundSubmit')
      }
      okButtonProps={
        { disabled: !canSubmit, loading: submitting, danger: true, 'data-testid': 'refund-submit' } as never
      }
      width={640}
      maskClosable={!submitting}
    >
      <div data-testid="refund-dialog">
        <Checkbox
          checked={all}
          onChange={(e) =>
            setQty(e.target.checked ? Object.fromEntries(refundable.map((l) => [l.lineNo, open(l)])) : {})
          }
          style={{ marginBottom: 8 }}
          data-testid="refund-all"
        >
          {t('sales.refundAll')}
        </Checkbox>
        <Table<Line>
          rowKey="lineNo"
          size="small"
          columns={columns}
          dataSource={refundable}
          pagination={false}
        />
        <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0' }}>
          {t('sales.refundHelp')}
        </Typography.Text>
        {tillEditable && (
          <Input
            addonBefore={t('sales.till')}
            value={till}
            maxLength={20}
            onChange={(e) => setTill(e.target.value)}
            style={{ marginBottom: 8 }}
            data-testid="refund-till"
          />
        )}
        <Input
          placeholder={t('sales.refundReason')}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
          onPressEnter={() => void submit()}
          data-testid="refund-reason"
        />
        {error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title={errorText(t, error)}
            description={retrySafe ? t('sales.retrySafe') : undefined}
            data-testid="refund-error"
          />
        ) : null}
      </div>
    </Modal>
  );
}
