import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from '../../api/client.ts';
import { useSession } from './session.tsx';

/**
 * Sends signed-out visitors to /login, remembering where they wanted to go in `?next=` — unless
 * they signed out themselves, when coming back to the same page would be odd.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, ended } = useSession();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (status === 'signed-out') {
    const next = location.pathname + location.search;
    const search = next === '/' || ended === 'user' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return children;
}

export function RequirePermission({
  permission,
  children,
}: {
  /** One permission, or a list of which any one will do. */
  permission: Permission | readonly Permission[];
  children: ReactNode;
}) {
  const { canAny } = useSession();
  const { t } = useTranslation();
  if (!canAny(permission)) return <Result status="403" title="403" subTitle={t('notFound.forbidden')} />;
  return children;
}
