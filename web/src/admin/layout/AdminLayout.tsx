import {
  AccountBookOutlined,
  ApartmentOutlined,
  AreaChartOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CommentOutlined,
  CreditCardOutlined,
  CrownOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  FireOutlined,
  GiftOutlined,
  IdcardOutlined,
  ImportOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  ShoppingOutlined,
  StarOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, type MenuProps, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import type { Permission } from '../../api/client.ts';
import { readStored, writeStored } from '../../lib/storage.ts';
import { LangSwitch } from '../../shared/LangSwitch.tsx';
import { useSession } from '../auth/session.tsx';
import { Brand } from './Brand.tsx';
import { StoreSwitcher } from './StoreSwitcher.tsx';
import { UserMenu } from './UserMenu.tsx';

interface NavItem {
  key: string;
  path: string;
  icon: ReactNode;
  /** Shown when the user holds this permission, or any one of a list. */
  permission?: Permission | readonly Permission[];
}

const NAV: readonly NavItem[] = [
  { key: 'dashboard', path: '/', icon: <DashboardOutlined /> },
  { key: 'members', path: '/members', icon: <IdcardOutlined />, permission: 'members.read' },
  {
    key: 'import',
    path: '/import',
    icon: <ImportOutlined />,
    permission: ['members.import', 'catalog.manage'],
  },
  { key: 'levels', path: '/levels', icon: <CrownOutlined />, permission: 'levels.manage' },
  {
    key: 'card-products',
    path: '/card-products',
    icon: <CreditCardOutlined />,
    permission: 'cards.products.manage',
  },
  {
    key: 'recharge-plans',
    path: '/recharge-plans',
    icon: <GiftOutlined />,
    permission: 'wallet.plans.manage',
  },
  {
    key: 'products',
    path: '/products',
    icon: <ShoppingOutlined />,
    permission: ['pos.sell', 'catalog.manage', 'inventory.read'],
  },
  { key: 'sales', path: '/sales', icon: <ShoppingCartOutlined />, permission: 'orders.read' },
  { key: 'salesReport', path: '/reports/sales', icon: <BarChartOutlined />, permission: 'reports.read' },
  { key: 'memberGrowth', path: '/reports/members', icon: <TeamOutlined />, permission: 'reports.read' },
  // Finance's reports: owners and finance hold reports.read.
  { key: 'liability', path: '/reports/liability', icon: <AccountBookOutlined />, permission: 'reports.read' },
  {
    key: 'settlement',
    path: '/reports/settlement',
    icon: <MoneyCollectOutlined />,
    permission: 'reports.read',
  },
  { key: 'analytics', path: '/analytics', icon: <AreaChartOutlined />, permission: 'reports.read' },
  { key: 'appointments', path: '/appointments', icon: <CalendarOutlined />, permission: 'appointments.read' },
  { key: 'coupons', path: '/coupons', icon: <TagsOutlined />, permission: 'coupons.manage' },
  { key: 'promotions', path: '/promotions', icon: <FireOutlined />, permission: 'promotions.manage' },
  { key: 'giftCards', path: '/gift-cards', icon: <AccountBookOutlined />, permission: 'giftcards.read' },
  {
    key: 'pointsExchange',
    path: '/points-exchange',
    icon: <StarOutlined />,
    permission: ['exchange.manage', 'points.exchange'],
  },
  // Everyone reads their own commission statement.
  { key: 'commission', path: '/commission', icon: <MoneyCollectOutlined /> },
  { key: 'engagement', path: '/engagement', icon: <NotificationOutlined />, permission: 'engagement.read' },
  // Everyone has their own post-visit follow-up calls (回访).
  { key: 'feedback', path: '/feedback', icon: <CommentOutlined /> },
  { key: 'categories', path: '/categories', icon: <ApartmentOutlined />, permission: 'catalog.manage' },
  { key: 'inventory', path: '/inventory', icon: <DatabaseOutlined />, permission: 'inventory.read' },
  {
    key: 'approvals',
    path: '/approvals',
    icon: <FileDoneOutlined />,
    permission: ['wallet.approve', 'wallet.adjust'],
  },
  { key: 'stores', path: '/stores', icon: <ShopOutlined />, permission: 'stores.read' },
  { key: 'users', path: '/users', icon: <TeamOutlined />, permission: 'users.read' },
  { key: 'roles', path: '/roles', icon: <SafetyCertificateOutlined />, permission: 'users.read' },
  { key: 'audit', path: '/audit', icon: <AuditOutlined />, permission: 'audit.read' },
  { key: 'settings', path: '/settings', icon: <SettingOutlined />, permission: 'settings.manage' },
];

const COLLAPSED_KEY = 'md.nav.collapsed';

function selectedKey(pathname: string): string {
  // The entry whose path starts the address (reports live under /reports/<name>), else by first segment.
  const byPath = NAV.find((item) => item.path !== '/' && pathname.startsWith(item.path));
  if (byPath) return byPath.key;
  const first = pathname.split('/')[1] ?? '';
  return NAV.some((item) => item.key === first) ? first : 'dashboard';
}

export function AdminLayout() {
  const { t } = useTranslation();
  const { me, canAny } = useSession();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(() => readStored(COLLAPSED_KEY) === '1');

  const toggle = (next: boolean) => {
    setCollapsed(next);
    writeStored(COLLAPSED_KEY, next ? '1' : '0');
  };

  // Labels are links (real hrefs, middle-click works); data-testid="menu-<key>" is for browser tests.
  const items: MenuProps['items'] = NAV.filter((item) => !item.permission || canAny(item.permission)).map(
    (item) => ({
      key: item.key,
      icon: item.icon,
      label: (
        <Link to={item.path} data-testid={`menu-${item.key}`}>
          {t(`nav.${item.key}`)}
        </Link>
      ),
    }),
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={toggle}
        breakpoint="lg"
        trigger={null}
        width={208}
        collapsedWidth={64}
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <Brand collapsed={collapsed} />
        <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Button
            type="text"
            aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => toggle(!collapsed)}
          />
          <Typography.Text
            strong
            ellipsis
            style={{ flex: 1, minWidth: 0, fontSize: 16 }}
            data-testid="tenant-name"
          >
            {me?.tenant.name}
          </Typography.Text>
          <Space size={12} wrap={false}>
            <StoreSwitcher />
            <LangSwitch />
            <UserMenu />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '12px 16px', color: '#8c8c8c', fontSize: 12 }}>
          {t('app.copyright')}
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
