import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { formatYuan } from '../lib/money.ts';
import { useLoad } from '../lib/use-load.ts';
import { PrintArea, printNow } from '../shared/receipt/PrintArea.tsx';
import type { Shift } from './PosHome.tsx';
import { YuanInput } from './YuanInput.tsx';

type TenderRow = Shift['tenders'][number];

/** The shift report on paper: per tender sales, refunds and net; cash expected, counted, difference. */
function ShiftSlip({ shift, title, cashier }: { shift: Shift; title: string; cashier: string }) {
  const { t } = useTranslation();
  const row = (left: string, right: string) => (
    <div className="md-r-row">
      <span>{left}</span>
      <span>{right}</span>
    </div>
  );
  return (
    <div className="md-receipt md-receipt--80">
      <h1>{title}</h1>
      <div className="md-r-center">{t('pos.shiftReport')}</div>
      <hr className="md-r-rule" />
      {row(t('pos.till'), shift.till)}
      {row(t('pos.cashier'), cashier)}
      {row(t('pos.openedAt'), formatDateTime(shift.openedAt))}
      {shift.closedAt && row(t('pos.closedAt'), formatDateTime(shift.closedAt))}
      {row(t('pos.orderCount'), `${shift.orderCount} / ${t('pos.refundCount')} ${shift.refundCount}`)}
      <hr className="md-r-rule" />
      {shift.tenders.map((tn) =>
        row(
          t(`sales.method_${tn.method}`),
          `${formatYuan(tn.salesCents)} −${formatYuan(tn.refundsCents)} = ${formatYuan(tn.netCents)}`,
        ),
      )}
      <hr className="md-r-rule" />
      {row(t('pos.float'), formatYuan(shift.floatCents))}
      {row(t('pos.expectedCash'), formatYuan(shift.expectedCashCents))}
      {shift.countedCashCents !== null && row(t('pos.countedCash'), formatYuan(shift.countedCashCents))}
      {shift.differenceCents !== null && row(t('pos.difference'), formatYuan(shift.differenceCents))}
    </div>
  );
}

/** 交班: the report so far, the counted cash, the difference; closing prints the report. */
export function ShiftCloseDialog({
  shiftId,
  title,
  cashier,
  onClose,
  onClosed,
}: {
  shiftId: string;
  title: string;
  cashier: string;
  onClose: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/shifts/{id}', { params: { path: { id: shiftId } } })),
    [shiftId],
  );
  const [counted, setCounted] = useState(0);
  const [closed, setClosed] = useState<Shift | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shift = closed ?? report.data ?? null;

  const close = async () => {
    if (submitting || closed) return;
    setSubmitting(true);
    setError(null);
    try {
      setClosed(
        await unwrap(
          api.POST('/api/v1/shifts/{id}/close', {
            params: { path: { id: shiftId } },
            body: { countedCashCents: counted },
          }),
        ),
      );
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };
  const difference = closed ? (closed.differenceCents ?? 0) : shift ? counted - shift.expectedCashCents : 0;

  return (
    <Modal
      open
      title={closed ? t('pos.shiftClosedTitle') : t('pos.closeShiftTitle')}
      onCancel={closed ? onClosed : onClose}
      maskClosable={false}
      width={600}
      footer={
        closed ? (
          <Space>
            <Button icon={<PrinterOutlined />} onClick={printNow} data-testid="shift-print">
              {t('sales.receipt.print')}
            </Button>
            <Button type="primary" onClick={onClosed} data-testid="shift-done">
              {t('sales.receipt.done')}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger
              loading={submitting}
              disabled={!shift}
              onClick={() => void close()}
              data-testid="shift-close-submit"
            >
              {t('pos.closeShift')} (Enter)
            </Button>
          </Space>
        )
      }
    >
      <div data-testid="shift-report">
        {report.error ? <Alert type="error" showIcon title={errorText(t, report.error)} /> : null}
        <Spin spinning={report.loading && !shift}>
          {shift && (
            <>
              <Typography.Paragraph>
                {t('pos.shiftSummary', {
                  till: shift.till,
                  at: formatDateTime(shift.openedAt),
                  orders: shift.orderCount,
                  refunds: shift.refundCount,
                })}
              </Typography.Paragraph>
              <Table<TenderRow>
                rowKey="method"
                size="small"
                pagination={false}
                dataSource={shift.tenders}
                columns={[
                  {
                    title: t('sales.method'),
                    dataIndex: 'method',
                    render: (m: TenderRow['method']) => t(`sales.method_${m}`),
                  },
                  {
                    title: t('pos.salesAmount'),
                    dataIndex: 'salesCents',
                    align: 'right',
                    render: formatYuan,
                  },
                  {
                    title: t('pos.refundsAmount'),
                    dataIndex: 'refundsCents',
                    align: 'right',
                    render: formatYuan,
                  },
                  { title: t('pos.net'), dataIndex: 'netCents', align: 'right', render: formatYuan },
                ]}
              />
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: '140px 1fr',
                  gap: 8,
                  marginTop: 12,
                  alignItems: 'center',
                }}
              >
                <span>{t('pos.float')}</span>
                <span>{formatYuan(shift.floatCents)}</span>
                <span>{t('pos.expectedCash')}</span>
                <Typography.Text strong data-testid="shift-expected">
                  {formatYuan(shift.expectedCashCents)}
                </Typography.Text>
                <span>{t('pos.countedCash')}</span>
                {closed ? (
                  <span>{formatYuan(closed.countedCashCents ?? 0)}</span>
                ) : (
                  <YuanInput
                    autoFocus
                    value={counted}
                    onChange={setCounted}
                    onEnter={() => void close()}
                    testId="shift-counted"
                  />
                )}
                <span>{t('pos.difference')}</span>
                <Typography.Text
                  strong
                  type={difference === 0 ? 'success' : 'danger'}
                  data-testid="shift-difference"
                >
                  {formatYuan(difference)}
                </Typography.Text>
              </div>
            </>
          )}
        </Spin>
        {error ? <Alert type="error" showIcon title={errorText(t, error)} style={{ marginTop: 8 }} /> : null}
      </div>
      {shift && (
        <PrintArea>
          <ShiftSlip shift={shift} title={title} cashier={cashier} />
        </PrintArea>
      )}
    </Modal>
  );
}
