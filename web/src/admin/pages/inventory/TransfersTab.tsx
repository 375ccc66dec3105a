import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Form, Input, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { LinesEditor } from './LinesEditor.tsx';
import { StoreSelect } from './StoreSelect.tsx';
import type { StockTransfer } from './types.ts';

const STATUS_COLOR: Record<StockTransfer['status'], string> = {
  in_transit: 'orange',
  received: 'green',
  cancelled: 'default',
};

interface NewValues {
  fromStoreId: string;
  toStoreId: string;
  note?: string;
  lines: { productId: string; qty: number }[];
}

/** 调拨: goods leave the sender at its moving average and arrive at exactly that value. */
export function TransfersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, me, storeId: currentStore } = useSession();
  const manage = can('inventory.manage');
  const mine = (id: string) => me?.user.allStores || (me?.stores ?? []).some((s) => s.id === id);
  const { data, loading, error, reload } = useLoad(() => unwrap(api.GET('/api/v1/inventory/transfers')), []);
  const allStores = useLoad(() => unwrap(api.GET('/api/v1/stores')), []);
  const [creating, setCreating] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<NewValues>();

  const send = async () => {
    const v = await form.validateFields();
    try {
      await unwrap(
        api.POST('/api/v1/inventory/transfers', {
          body: {
            fromStoreId: v.fromStoreId,
            toStoreId: v.toStoreId,
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            lines: v.lines,
          },
          headers: { 'idempotency-key': key },
        }),
      );
      void message.success(t('inventory.sent'));
      setCreating(false);
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  const close = async (tr: StockTransfer, action: 'receive' | 'cancel') => {
    try {
      await unwrap(
        api.POST(`/api/v1/inventory/transfers/{id}/${action}`, { params: { path: { id: tr.id } } }),
      );
      void message.success(t(action === 'receive' ? 'inventory.receivedOk' : 'inventory.transferCancelled'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<StockTransfer> = [
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('inventory.fromStore'), dataIndex: 'fromStoreName' },
    { title: t('inventory.toStore'), dataIndex: 'toStoreName' },
    {
      title: t('inventory.lines'),
      key: 'lines',
      render: (_, tr) => tr.lines.map((l) => `${l.productName} × ${l.qty}`).join('，'),
    },
    {
      title: t('inventory.value'),
      dataIndex: 'valueCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: StockTransfer['status']) => (
        <Tag color={STATUS_COLOR[v]}>{t(`inventory.transfer_${v}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, tr) =>
        manage &&
        tr.status === 'in_transit' && (
          <Space size={0}>
            {mine(tr.toStoreId) && (
              <Button
                type="link"
                size="small"
                onClick={() => void close(tr, 'receive')}
                data-testid="transfer-receive"
              >
                {t('inventory.receive')}
              </Button>
            )}
            {mine(tr.fromStoreId) && (
              <Popconfirm
                title={t('inventory.cancelTransferConfirm')}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => close(tr, 'cancel')}
              >
                <Button type="link" size="small" danger>
                  {t('inventory.cancelTransfer')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <div data-testid="inventory-transfers">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.refresh')} />
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="transfer-new"
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ fromStoreId: currentStore ?? undefined });
              setKey(newIdempotencyKey());
              setCreating(true);
            }}
          >
            {t('inventory.newTransfer')}
          </Button>
        )}
      </Space>
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<StockTransfer>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        size="large"
        title={t('inventory.newTransfer')}
        extra={
          <Button type="primary" onClick={() => void send()} data-testid="transfer-send">
            {t('inventory.send')}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item name="fromStoreId" label={t('inventory.fromStore')} rules={[{ required: true }]}>
              <StoreSelect />
            </Form.Item>
            <Form.Item name="toStoreId" label={t('inventory.toStore')} rules={[{ required: true }]}>
              <StoreSelect stores={allStores.data ?? []} />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('inventory.note')}>
            <Input maxLength={200} />
          </Form.Item>
          <LinesEditor />
        </Form>
      </Drawer>
    </div>
  );
}
