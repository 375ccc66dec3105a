import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type User, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!user) return;
    const { newPassword } = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(
        api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { newPassword } }),
      );
      void message.success(t('users.passwordReset'));
      onClose();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={user ? t('users.resetPasswordTitle', { name: user.displayName }) : ''}
      open={user !== null}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} autoComplete="off">
        <Form.Item
          name="newPassword"
          label={t('users.newPassword')}
          rules={[{ required: true, message: t('common.required', { field: t('users.newPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
