import { ShopOutlined } from '@ant-design/icons';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';

/** The store the user works in now; kept per device in localStorage `md.store`. */
export function StoreSwitcher() {
  const { t } = useTranslation();
  const { me, storeId, setStoreId } = useSession();
  const stores = me?.stores ?? [];
  return (
    <Space size={6}>
      <ShopOutlined style={{ color: '#8c8c8c' }} />
      <Select
        data-testid="store-switcher"
        aria-label={t('header.store')}
        style={{ width: 190 }}
        value={storeId ?? undefined}
        placeholder={t('header.noStores')}
        disabled={stores.length === 0}
        onChange={setStoreId}
        options={stores.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
