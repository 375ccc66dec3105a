import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageCard } from '../../components/PageCard.tsx';
import { PurchaseOrdersTab } from './PurchaseOrdersTab.tsx';
import { StockTab } from './StockTab.tsx';
import { StocktakesTab } from './StocktakesTab.tsx';
import { SuppliersTab } from './SuppliersTab.tsx';
import { TransfersTab } from './TransfersTab.tsx';

const TABS = ['stock', 'purchase-orders', 'transfers', 'stocktakes', 'suppliers'] as const;
type Tab = (typeof TABS)[number];

/** 进销存: stock, purchase orders, transfers, stock-takes and suppliers, one tab each (in the URL). */
export function InventoryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const active: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'stock';
  const content: Record<Tab, React.ReactNode> = {
    stock: <StockTab />,
    'purchase-orders': <PurchaseOrdersTab />,
    transfers: <TransfersTab />,
    stocktakes: <StocktakesTab />,
    suppliers: <SuppliersTab />,
  };
  return (
    <div data-testid="inventory-page">
      <PageCard title={t('inventory.title')}>
        <Tabs
          activeKey={active}
          onChange={(key) => navigate(key === 'stock' ? '/inventory' : `/inventory/${key}`)}
          destroyOnHidden
          items={TABS.map((key) => ({ key, label: t(`inventory.tab_${key}`), children: content[key] }))}
        />
      </PageCard>
    </div>
  );
}
