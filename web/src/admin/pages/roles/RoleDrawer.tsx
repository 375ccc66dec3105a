import { Alert, App, Button, Checkbox, Drawer, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Permission, type Role, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';

interface Values {
  code: string;
  name: string;
  permissions: Permission[];
}

interface Props {
  /** undefined: closed; null: create; a role: edit or view. */
  role: Role | null | undefined;
  readOnly: boolean;
  permissions: readonly Permission[];
  onClose: () => void;
  onSaved: () => void;
}

export function RoleDrawer({ role, readOnly, permissions, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      if (role) {
        const body = { name: v.name.trim(), permissions: v.permissions };
        await unwrap(api.PATCH('/api/v1/roles/{id}', { params: { path: { id: role.id } }, body }));
        void message.success(t('common.saved'));
      } else {
        await unwrap(
          api.POST('/api/v1/roles', {
            body: { code: v.code, name: v.name.trim(), permissions: v.permissions },
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

  const title = !role ? t('roles.new') : readOnly ? t('roles.view') : t('roles.edit');

  return (
    <Drawer
      title={title}
      open={role !== undefined}
      onClose={onClose}
      size={440}
      destroyOnHidden
      extra={
        !readOnly && (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => void submit()}>
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      {role?.builtin && (
        <Alert type="info" showIcon title={t('roles.builtinReadonly')} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        autoComplete="off"
        disabled={readOnly}
        preserve={false}
        initialValues={{
          code: role?.code ?? '',
          name: role?.name ?? '',
          permissions: role?.permissions ?? [],
        }}
      >
        <Form.Item
          name="code"
          label={t('roles.code')}
          extra={role ? undefined : t('roles.codeHelp')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,31}$/, message: t('roles.codeHelp') }]}
        >
          <Input disabled={Boolean(role)} maxLength={32} autoCapitalize="none" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('roles.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('roles.name') }) },
          ]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="permissions" label={t('roles.permissions')}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {permissions.map((code) => (
              <Checkbox key={code} value={code}>
                {t(`permissions.${code}`)} <code style={{ color: '#8c8c8c', fontSize: 12 }}>{code}</code>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
