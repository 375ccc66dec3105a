import { LogoutOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../admin/auth/session.tsx';
import { LangSwitch } from '../shared/LangSwitch.tsx';
import { Kbd } from './Kbd.tsx';

interface Props {
  storeName: string;
  till: string;
  onChangeTill: () => void;
  onCloseShift: () => void;
  onSignOut: () => void;
}

/** The till's top bar: shop, store, till, who is signed in, 交班, language, switch user. */
export function PosBar({ storeName, till, onChangeTill, onCloseShift, onSignOut }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <div className="pos-bar">
      <Typography.Text strong style={{ fontSize: 16 }}>
        {me?.tenant.name} · {storeName}
      </Typography.Text>
      <Tag color="cyan" data-testid="pos-till-tag" onClick={onChangeTill} style={{ cursor: 'pointer' }}>
        {t('pos.till')} {till}
      </Tag>
      <Typography.Text style={{ flex: 1 }}>{me?.user.displayName}</Typography.Text>
      <Button size="small" onClick={onCloseShift} data-testid="shift-close-open">
        <Kbd k="Alt+J" />
        {t('pos.closeShift')}
      </Button>
      <LangSwitch size="small" />
      <Button size="small" icon={<LogoutOutlined />} onClick={onSignOut} data-testid="pos-signout">
        <Kbd k="Alt+L" />
        {t('pos.switchUser')}
      </Button>
    </div>
  );
}
