import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { StocktakeDrawer } from './StocktakeDrawer.tsx';
import { StoreSelect } from './StoreSelect.tsx';
import type { Stocktake } from './types.ts';

const STATUS_COLOR: Record<Stocktake['status'], string> = {
  open: 'blue',
  posted: 'green',
  cancelled: 'default',
};

/** 盘点: count sheets per store; posting moves each difference through the stock ledger. */
export function StocktakesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, storeId: currentStore } = useSession();
  const { data, loading, error, reload } = useLoad(() => unwrap(api.GET('/api/v1/inventory/stocktakes')), []);
  const [opening, setOpening] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const [form] = Form.useForm<{ storeId: string; note?: string }>();

  const open = async () => {
    const v = await form.validateFields();
    try {
      const st = await unwrap(
        api.POST('/api/v1/inventory/stocktakes', {
          body: { storeId: v.storeId, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
        }),
      );
      setOpening(false);
      setViewing(st.id);
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Stocktake> = [
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('inventory.store'), dataIndex: 'storeName' },
    { title: t('inventory.note'), dataIndex: 'note' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: Stocktake['status']) => <Tag color={STATUS_COLOR[v]}>{t(`inventory.stocktake_${v}`)}</Tag>,
    },
    {
      title: t('inventory.postedAt'),
      dataIndex: 'postedAt',
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, st) => (
        <Button type="link" size="small" onClick={() => setViewing(st.id)} data-testid="stocktake-open">
          {st.status === 'open' && can('inventory.manage') ? t('inventory.count') : t('common.view')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="inventory-stocktakes">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.refresh')} />
        {can('inventory.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="stocktake-new"
            onClick={() => {
              form.setFieldsValue({ storeId: currentStore ?? undefined, note: '' });
              setOpening(true);
            }}
          >
            {t('inventory.newStocktake')}
          </Button>
        )}
      </Space>
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<Stocktake>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Modal
        open={opening}
        title={t('inventory.newStocktake')}
        onCancel={() => setOpening(false)}
        onOk={() => void open()}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="storeId" label={t('inventory.store')} rules={[{ required: true }]}>
            <StoreSelect />
          </Form.Item>
          <Form.Item name="note" label={t('inventory.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
      <StocktakeDrawer id={viewing} onClose={() => setViewing(null)} onChanged={() => void reload()} />
    </div>
  );
}
