import { DownOutlined, KeyOutlined, LogoutOutlined, PoweroffOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { useSession } from '../auth/session.tsx';
import { ChangePasswordModal } from './ChangePasswordModal.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { modal, message } = App.useApp();
  const [changing, setChanging] = useState(false);

  const leave = async (everywhere: boolean) => {
    try {
      await signOut(everywhere);
    } catch (err) {
      // The session is dropped locally either way; just say the server did not confirm.
      void message.warning(errorText(t, err));
    }
    // The route guard now sees no session and shows the sign-in page.
  };

  const items: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: t('header.changePassword'),
      'data-testid': 'change-password',
    },
    {
      key: 'everywhere',
      icon: <PoweroffOutlined />,
      label: t('header.logoutEverywhere'),
      'data-testid': 'logout-everywhere',
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('header.logout'),
      danger: true,
      'data-testid': 'logout',
    },
  ] as MenuProps['items'];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    if (key === 'logout') void leave(false);
    if (key === 'everywhere') {
      modal.confirm({
        title: t('header.logoutEverywhereTitle'),
        content: t('header.logoutEverywhereContent'),
        okText: t('common.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: true },
        onOk: () => leave(true),
      });
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" data-testid="user-menu" style={{ paddingInline: 8 }}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#13a8a8' }} />
          <span style={{ maxWidth: 120, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {me?.user.displayName}
          </span>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
