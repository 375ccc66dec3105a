import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import type { Supplier } from './types.ts';

interface Values {
  name: string;
  contact?: string;
  phone?: string;
  note?: string;
}

export function SuppliersTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const manage = can('inventory.manage');
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/inventory/suppliers', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );
  const [editing, setEditing] = useState<Supplier | null | undefined>(undefined);
  const [form] = Form.useForm<Values>();

  const open = (s: Supplier | null) => {
    setEditing(s);
    form.setFieldsValue(
      s
        ? { name: s.name, contact: s.contact, phone: s.phone, note: s.note }
        : { name: '', contact: '', phone: '', note: '' },
    );
  };
  const save = async () => {
    const body = await form.validateFields();
    try {
      if (editing)
        await unwrap(
          api.PATCH('/api/v1/inventory/suppliers/{id}', { params: { path: { id: editing.id } }, body }),
        );
      else await unwrap(api.POST('/api/v1/inventory/suppliers', { body }));
      void message.success(t('common.saved'));
      setEditing(undefined);
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  const setStatus = async (s: Supplier, status: Supplier['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/inventory/suppliers/{id}', { params: { path: { id: s.id } }, body: { status } }),
      );
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Supplier> = [
    { title: t('inventory.supplierName'), dataIndex: 'name' },
    { title: t('inventory.contact'), dataIndex: 'contact' },
    { title: t('inventory.phone'), dataIndex: 'phone' },
    { title: t('inventory.note'), dataIndex: 'note', responsive: ['md'] },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: Supplier['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`inventory.supplier_${v}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, s: Supplier) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => open(s)}>
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => void setStatus(s, s.status === 'active' ? 'archived' : 'active')}
                >
                  {t(s.status === 'active' ? 'inventory.archive' : 'inventory.unarchive')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="inventory-suppliers">
      <Space wrap style={{ marginBottom: 12 }}>
        <Space size={6}>
          <Switch size="small" checked={showArchived} onChange={setShowArchived} />
          <Typography.Text>{t('inventory.showArchived')}</Typography.Text>
        </Space>
        {manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => open(null)}
            data-testid="supplier-new"
          >
            {t('inventory.newSupplier')}
          </Button>
        )}
      </Space>
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<Supplier>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data ?? []}
        pagination={false}
      />
      <Modal
        open={editing !== undefined}
        title={editing ? t('inventory.editSupplier') : t('inventory.newSupplier')}
        onCancel={() => setEditing(undefined)}
        onOk={() => void save()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="name"
            label={t('inventory.supplierName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('inventory.supplierName') }),
              },
            ]}
          >
            <Input maxLength={80} data-testid="supplier-name" />
          </Form.Item>
          <Form.Item name="contact" label={t('inventory.contact')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="phone" label={t('inventory.phone')}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="note" label={t('inventory.note')}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
