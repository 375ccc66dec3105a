import { PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Space, Spin, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import type { Order } from '../../../shared/receipt/Receipt.tsx';
import { ReceiptDialog } from '../../../shared/receipt/ReceiptDialog.tsx';
import { OrderDetail } from './OrderDetail.tsx';
import { RefundDialog } from './RefundDialog.tsx';

interface Props {
  orderId: string | null;
  onClose: () => void;
  /** Called after a refund so the list can show the new status. */
  onChanged?: (order: Order) => void;
  canRefund: boolean;
  till: string;
  tillEditable?: boolean;
  tenantName: string;
  storeName: (storeId: string) => string;
}

/** One order in a drawer with reprint and refund; the back office and the till share it. */
export function OrderDrawer({
  orderId,
  onClose,
  onChanged,
  canRefund,
  till,
  tillEditable,
  tenantName,
  storeName,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useLoad(
    () =>
      orderId
        ? unwrap(api.GET('/api/v1/orders/{id}', { params: { path: { id: orderId } } }))
        : Promise.resolve(null),
    [orderId],
  );
  const [fresh, setFresh] = useState<Order | null>(null);
  const order = fresh && fresh.id === orderId ? fresh : (loaded.data ?? null);
  const [receipt, setReceipt] = useState<Order | null>(null);
  const [refunding, setRefunding] = useState<Order | null>(null);
  const refundable = order ? order.lines.some((l) => l.refundedQty < l.qty) : false;

  return (
    <Drawer
      open={orderId !== null}
      onClose={onClose}
      size={760}
      title={order ? t('sales.orderTitle', { no: order.orderNo }) : t('sales.order')}
      destroyOnHidden
      extra={
        order && (
          <Space>
            <Button icon={<PrinterOutlined />} onClick={() => setReceipt(order)} data-testid="order-reprint">
              {t('sales.reprint')}
            </Button>
            <Tooltip title={canRefund ? '' : t('sales.refundNeedsPermission')}>
              <Button
                danger
                icon={<RollbackOutlined />}
                disabled={!canRefund || !refundable}
                onClick={() => setRefunding(order)}
                data-testid="order-refund-open"
              >
                {t('sales.refund')}
              </Button>
            </Tooltip>
          </Space>
        )
      }
    >
      {loaded.error ? <Alert type="error" showIcon title={errorText(t, loaded.error)} /> : null}
      <Spin spinning={loaded.loading}>
        {order && <OrderDetail order={order} storeName={storeName(order.storeId)} />}
      </Spin>
      <ReceiptDialog
        order={receipt}
        title={tenantName}
        storeName={receipt ? storeName(receipt.storeId) : ''}
        onClose={() => setReceipt(null)}
      />
      <RefundDialog
        order={refunding}
        till={till}
        tillEditable={tillEditable}
        onClose={() => setRefunding(null)}
        onDone={(next) => {
          setRefunding(null);
          setFresh(next);
          onChanged?.(next);
          message.success(t('sales.refundDone'));
        }}
      />
    </Drawer>
  );
}
