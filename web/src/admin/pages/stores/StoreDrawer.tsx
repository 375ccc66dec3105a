import { App, Button, Drawer, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Store, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';

interface Values {
  code: string;
  name: string;
  address: string;
  phone: string;
  ownership: Store['ownership'];
  status: Store['status'];
}

interface Props {
  /** undefined: closed; null: create; a store: edit. */
  store: Store | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}

export function StoreDrawer({ store, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const open = store !== undefined;

  const initialValues: Values = store
    ? {
        code: store.code,
        name: store.name,
        address: store.address,
        phone: store.phone,
        ownership: store.ownership,
        status: store.status,
      }
    : { code: '', name: '', address: '', phone: '', ownership: 'direct', status: 'active' };

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      if (store) {
        await unwrap(api.PATCH('/api/v1/stores/{id}', { params: { path: { id: store.id } }, body: values }));
        void message.success(t('common.saved'));
      } else {
        const { status: _status, ...body } = values;
        await unwrap(api.POST('/api/v1/stores', { body }));
        void message.success(t('common.created'));
      }
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={store ? t('stores.edit') : t('stores.new')}
      open={open}
      onClose={onClose}
      size={440}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="code"
          label={t('stores.code')}
          extra={t('stores.codeHelp')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('stores.codeHelp') }]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('stores.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('stores.name') }) },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="ownership" label={t('stores.ownership')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio value="direct">{t('stores.ownership_direct')}</Radio>
            <Radio value="franchise">{t('stores.ownership_franchise')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="address" label={t('stores.address')}>
          <Input.TextArea maxLength={300} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="phone" label={t('stores.phone')}>
          <Input maxLength={32} />
        </Form.Item>
        {store && (
          <Form.Item name="status" label={t('common.status')}>
            <Radio.Group optionType="button" buttonStyle="solid">
              <Radio value="active">{t('stores.status_active')}</Radio>
              <Radio value="closed">{t('stores.status_closed')}</Radio>
            </Radio.Group>
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
