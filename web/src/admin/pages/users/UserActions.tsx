import { CheckCircleOutlined, EditOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/client.ts';

interface Props {
  user: User;
  isSelf: boolean;
  onEdit: () => void;
  onResetPassword: () => void;
  onSetStatus: (action: 'disable' | 'enable') => void;
}

export function UserActions({ user, isSelf, onEdit, onResetPassword, onSetStatus }: Props) {
  const { t } = useTranslation();
  return (
    <Space size={0} wrap={false}>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" icon={<KeyOutlined />} onClick={onResetPassword}>
        {t('users.resetPassword')}
      </Button>
      {user.status === 'active' ? (
        <Popconfirm
          title={t('users.disableConfirm', { name: user.displayName })}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onSetStatus('disable')}
          disabled={isSelf}
        >
          <Button type="link" size="small" danger icon={<StopOutlined />} disabled={isSelf}>
            {t('users.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button type="link" size="small" icon={<CheckCircleOutlined />} onClick={() => onSetStatus('enable')}>
          {t('users.enable')}
        </Button>
      )}
    </Space>
  );
}
