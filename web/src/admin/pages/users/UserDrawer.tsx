import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Me, type Role, type User, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';

interface Values {
  username: string;
  displayName: string;
  phone: string;
  password: string;
  roleIds: string[];
  allStores: boolean;
  storeIds: string[];
}

interface Props {
  /** undefined: closed; null: create; a user: edit. */
  user: User | null | undefined;
  roles: readonly Role[];
  stores: Me['stores'];
  onClose: () => void;
  onSaved: () => void;
}

export function UserDrawer({ user, roles, stores, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const allStores = Form.useWatch('allStores', form);

  const initialValues: Values = {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    phone: user?.phone ?? '',
    password: '',
    roleIds: user?.roles.map((r) => r.id) ?? [],
    allStores: user?.allStores ?? false,
    storeIds: user?.storeIds ?? [],
  };

  const submit = async () => {
    const v = await form.validateFields();
    const common = {
      displayName: v.displayName.trim(),
      phone: v.phone.trim(),
      roleIds: v.roleIds,
      allStores: v.allStores,
      storeIds: v.allStores ? [] : v.storeIds,
    };
    setSaving(true);
    try {
      if (user) {
        await unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: common }));
        void message.success(t('common.saved'));
      } else {
        await unwrap(
          api.POST('/api/v1/users', {
            body: { ...common, username: v.username.trim(), password: v.password },
          }),
        );
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
      title={user ? t('users.edit') : t('users.new')}
      open={user !== undefined}
      onClose={onClose}
      size={480}
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
          name="username"
          label={t('users.username')}
          extra={user ? undefined : t('users.usernameHelp')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_.@-]{2,64}$/, message: t('users.usernameHelp') }]}
        >
          <Input disabled={Boolean(user)} autoCapitalize="none" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('users.displayName') }),
            },
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')}>
          <Input maxLength={32} inputMode="tel" />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('users.password')}
            rules={[{ required: true, message: t('common.required', { field: t('users.password') }) }]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        )}
        <Form.Item
          name="roleIds"
          label={t('users.roles')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.required', { field: t('users.roles') }),
            },
          ]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={roles.map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Form.Item
          name="allStores"
          label={t('users.allStores')}
          extra={t('users.allStoresHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {!allStores && (
          <Form.Item name="storeIds" label={t('users.stores')}>
            <Select
              mode="multiple"
              optionFilterProp="label"
              options={stores.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
