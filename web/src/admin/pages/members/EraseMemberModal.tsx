import { Alert, App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Member, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';

interface Props {
  member: Member;
  open: boolean;
  onClose: () => void;
  onErased: () => void;
}

/**
 * Erasing wipes personal data for good (PIPL 个人信息删除), so the user types the member's name
 * before the button unlocks; the API itself wants the member id echoed back.
 */
export function EraseMemberModal({ member, open, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const [saving, setSaving] = useState(false);
  const matches = typed.trim() === member.name.trim();

  const erase = async () => {
    setSaving(true);
    try {
      await unwrap(
        api.POST('/api/v1/members/{id}/erase', {
          params: { path: { id: member.id } },
          body: { confirm: member.id },
        }),
      );
      void message.success(t('members.erased'));
      onErased();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('members.eraseTitle', { name: member.name })}
      open={open}
      onCancel={onClose}
      afterOpenChange={(visible) => !visible && setTyped('')}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger
            disabled={!matches}
            loading={saving}
            onClick={() => void erase()}
            data-testid="erase-confirm-ok"
          >
            {t('members.eraseOk')}
          </Button>
        </Space>
      }
    >
      <Alert type="error" showIcon title={t('members.eraseWarning')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph>{t('members.eraseTypeName', { name: member.name })}</Typography.Paragraph>
      <Input
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        placeholder={member.name}
        autoComplete="off"
        data-testid="erase-confirm-input"
      />
    </Modal>
  );
}
