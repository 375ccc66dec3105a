import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Form, Input, Select, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { LinesEditor } from './LinesEditor.tsx';
import { PurchaseOrderDrawer } from './PurchaseOrderDrawer.tsx';
import { StoreSelect } from './StoreSelect.tsx';
import type { PurchaseOrder } from './types.ts';

const STATUS_COLOR: Record<PurchaseOrder['status'], string> = {
  open: 'blue',
  partial: 'orange',
  received: 'green',
  cancelled: 'default',
};

interface NewValues {
  storeId: string;
  supplierId: string;
  note?: string;
  lines: { productId: string; qty: number; unitCost: string }[];
}

export function PurchaseOrdersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, storeId: currentStore } = useSession();
  const [storeId, setStoreId] = useState<string | null>(null);
  const [status, setStatus] = useState<PurchaseOrder['status'] | undefined>();
  const [cursor, setCursor] = useState<string | undefined>();
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/inventory/purchase-orders', {
          params: { query: { ...(storeId ? { storeId } : {}), ...(status ? { status } : {}), cursor } },
        }),
      ),
    [storeId, status, cursor],
  );
  const suppliers = useLoad(() => unwrap(api.GET('/api/v1/inventory/suppliers')), []);
  const [creating, setCreating] = useState(false);
  const [createKey, setCreateKey] = useState(newIdempotencyKey);
  const [viewing, setViewing] = useState<string | null>(null);
  const [form] = Form.useForm<NewValues>();

  const create = async () => {
    const v = await form.validateFields();
    try {
      const po = await unwrap(
        api.POST('/api/v1/inventory/purchase-orders', {
          body: {
            storeId: v.storeId,
            supplierId: v.supplierId,
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            lines: v.lines.map((l) => ({
              productId: l.productId,
              qty: l.qty,
              unitCostCents: parseYuan(l.unitCost) ?? 0,
            })),
          },
          headers: { 'idempotency-key': createKey },
        }),
      );
      void message.success(t('common.created'));
      setCreating(false);
      setViewing(po.id);
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<PurchaseOrder> = [
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('inventory.store'), dataIndex: 'storeName' },
    { title: t('inventory.supplier'), dataIndex: 'supplierName' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: PurchaseOrder['status']) => <Tag color={STATUS_COLOR[v]}>{t(`inventory.po_${v}`)}</Tag>,
    },
    {
      title: t('inventory.total'),
      dataIndex: 'totalCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('inventory.received'),
      dataIndex: 'receivedCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, po) => (
        <Button type="link" size="small" onClick={() => setViewing(po.id)} data-testid="po-open">
          {t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="inventory-purchase-orders">
      <Space wrap style={{ marginBottom: 12 }}>
        <StoreSelect
          allowAll
          value={storeId}
          onChange={(v) => {
            setCursor(undefined);
            setStoreId(v);
          }}
        />
        <Select
          allowClear
          placeholder={t('common.status')}
          value={status}
          onChange={(v) => {
            setCursor(undefined);
            setStatus(v);
          }}
          style={{ width: 140 }}
          options={(['open', 'partial', 'received', 'cancelled'] as const).map((s) => ({
            value: s,
            label: t(`inventory.po_${s}`),
          }))}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.refresh')} />
        {can('inventory.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="po-new"
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ storeId: currentStore ?? undefined });
              setCreateKey(newIdempotencyKey());
              setCreating(true);
            }}
          >
            {t('inventory.newPurchaseOrder')}
          </Button>
        )}
      </Space>
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<PurchaseOrder>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => setCursor(data.nextCursor ?? undefined)}>
          {t('inventory.nextPage')}
        </Button>
      )}
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        size="large"
        title={t('inventory.newPurchaseOrder')}
        extra={
          <Button type="primary" onClick={() => void create()} data-testid="po-save">
            {t('common.create')}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item name="storeId" label={t('inventory.store')} rules={[{ required: true }]}>
              <StoreSelect />
            </Form.Item>
            <Form.Item name="supplierId" label={t('inventory.supplier')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 200 }}
                options={(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                data-testid="po-supplier"
              />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('inventory.note')}>
            <Input maxLength={200} />
          </Form.Item>
          <LinesEditor withCost />
        </Form>
      </Drawer>
      <PurchaseOrderDrawer id={viewing} onClose={() => setViewing(null)} onChanged={() => void reload()} />
    </div>
  );
}
