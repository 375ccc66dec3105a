import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../shared/BrandMark.tsx';

/** Logo and product name at the top of the side menu. */
export function Brand({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        height: 64,
        display: 'flex',
        alignItems: 'center',
        justifyContent: collapsed ? 'center' : 'flex-start',
        gap: 10,
        padding: collapsed ? 0 : '0 20px',
        color: '#fff',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      <BrandMark />
      {!collapsed && <span style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>{t('app.name')}</span>}
    </div>
  );
}
