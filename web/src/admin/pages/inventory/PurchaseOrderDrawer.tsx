import {
  App,
  Button,
  Descriptions,
  Drawer,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useSession } from '../../auth/session.tsx';
import type { PurchaseOrder } from './types.ts';

type Line = PurchaseOrder['lines'][number];

/** A purchase order's lines; receive part (quantities per line) or everything outstanding; cancel. */
export function PurchaseOrderDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [po, setPo] = useState<PurchaseOrder | null>(null);
  const [qty, setQty] = useState<Record<number, number | null>>({});
  // One key per receipt being entered: a retry after a network error is taken in once.
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);

  const show = useCallback((next: PurchaseOrder) => {
    setPo(next);
    setQty(Object.fromEntries(next.lines.map((l) => [l.lineNo, l.qtyOrdered - l.qtyReceived])));
  }, []);
  useEffect(() => {
    setPo(null);
    if (!id) return;
    unwrap(api.GET('/api/v1/inventory/purchase-orders/{id}', { params: { path: { id } } }))
      .then(show)
      .catch((err) => void message.error(errorText(t, err)));
  }, [id, message, t, show]);

  const receive = async (all: boolean) => {
    if (!po) return;
    const lines = Object.entries(qty)
      .filter(([, q]) => q && q > 0)
      .map(([lineNo, q]) => ({ lineNo: Number(lineNo), qty: q as number }));
    if (!all && !lines.length) return;
    setBusy(true);
    try {
      const receipt = await unwrap(
        api.POST('/api/v1/inventory/purchase-orders/{id}/receive', {
          params: { path: { id: po.id } },
          body: all ? {} : { lines },
          headers: { 'idempotency-key': key },
        }),
      );
      setKey(newIdempotencyKey());
      show(receipt.purchaseOrder);
      void message.success(t('inventory.receivedOk'));
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    if (!po) return;
    let reason = '';
    Modal.confirm({
      title: t('inventory.cancelPurchaseOrder'),
      content: <Input placeholder={t('inventory.reason')} onChange={(e) => (reason = e.target.value)} />,
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          show(
            await unwrap(
              api.POST('/api/v1/inventory/purchase-orders/{id}/cancel', {
                params: { path: { id: po.id } },
                body: { reason: reason.trim() || '-' },
              }),
            ),
          );
          onChanged();
        } catch (err) {
          void message.error(errorText(t, err));
        }
      },
    });
  };

  const receivable = po && (po.status === 'open' || po.status === 'partial') && can('inventory.manage');
  const columns: TableColumnsType<Line> = [
    { title: t('inventory.sku'), dataIndex: 'sku' },
    { title: t('inventory.product'), dataIndex: 'productName' },
    {
      title: t('inventory.unitCost'),
      dataIndex: 'unitCostCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    { title: t('inventory.ordered'), dataIndex: 'qtyOrdered', align: 'right' },
    { title: t('inventory.receivedQty'), dataIndex: 'qtyReceived', align: 'right' },
    ...(receivable
      ? [
          {
            title: t('inventory.receiveNow'),
            key: 'now',
            render: (_: unknown, l: Line) => (
              <InputNumber
                min={0}
                max={l.qtyOrdered - l.qtyReceived}
                precision={0}
                value={qty[l.lineNo] ?? null}
                onChange={(v) => setQty((prev) => ({ ...prev, [l.lineNo]: v }))}
                disabled={l.qtyReceived >= l.qtyOrdered}
                data-testid="po-receive-qty"
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={t('inventory.purchaseOrder')}
      data-testid="po-drawer"
    >
      {po && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('inventory.store')}>{po.storeName}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.supplier')}>{po.supplierName}</Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <Tag>{t(`inventory.po_${po.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>
              {formatDateTime(po.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('inventory.total')}>{formatYuan(po.totalCents)}</Descriptions.Item>
            <Descriptions.Item label={t('inventory.received')}>
              {formatYuan(po.receivedCents)}
            </Descriptions.Item>
            {po.note && <Descriptions.Item label={t('inventory.note')}>{po.note}</Descriptions.Item>}
          </Descriptions>
          <Table<Line>
            rowKey="lineNo"
            size="small"
            columns={columns}
            dataSource={po.lines}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
          {receivable && (
            <Space style={{ marginTop: 16 }} wrap>
              <Button
                type="primary"
                loading={busy}
                onClick={() => void receive(false)}
                data-testid="po-receive"
              >
                {t('inventory.receiveEntered')}
              </Button>
              <Button loading={busy} onClick={() => void receive(true)} data-testid="po-receive-all">
                {t('inventory.receiveAll')}
              </Button>
              <Button danger onClick={cancel}>
                {t('inventory.cancelPurchaseOrder')}
              </Button>
            </Space>
          )}
        </>
      )}
    </Drawer>
  );
}
