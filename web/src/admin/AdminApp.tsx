import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AntdProviders } from '../shared/AntdProviders.tsx';
import { RequireAuth, RequirePermission } from './auth/RequireAuth.tsx';
import { SessionProvider } from './auth/session.tsx';
import { AdminLayout } from './layout/AdminLayout.tsx';
import { AnalyticsPage } from './pages/analytics/AnalyticsPage.tsx';
import { AppointmentsPage } from './pages/appointments/AppointmentsPage.tsx';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage.tsx';
import { AuditPage } from './pages/audit/AuditPage.tsx';
import { CardProductsPage } from './pages/card-products/CardProductsPage.tsx';
import { CategoriesPage } from './pages/catalog/CategoriesPage.tsx';
import { ProductsPage } from './pages/catalog/ProductsPage.tsx';
import { CommissionPage } from './pages/commission/CommissionPage.tsx';
import { CouponsPage } from './pages/coupons/CouponsPage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { EngagementPage } from './pages/engagement/EngagementPage.tsx';
import { FeedbackPage } from './pages/feedback/FeedbackPage.tsx';
import { GiftCardsPage } from './pages/giftcards/GiftCardsPage.tsx';
import { ImportPage } from './pages/import/ImportPage.tsx';
import { InventoryPage } from './pages/inventory/InventoryPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { LevelsPage } from './pages/levels/LevelsPage.tsx';
import { MemberPage } from './pages/members/MemberPage.tsx';
import { MembersPage } from './pages/members/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PointsExchangePage } from './pages/points-exchange/PointsExchangePage.tsx';
import { PromotionsPage } from './pages/promotions/PromotionsPage.tsx';
import { RechargePlansPage } from './pages/recharge-plans/RechargePlansPage.tsx';
import { LiabilityPage } from './pages/reports/LiabilityPage.tsx';
import { MemberGrowthPage } from './pages/reports/MemberGrowthPage.tsx';
import { SalesReportPage } from './pages/reports/SalesReportPage.tsx';
import { SettlementPage } from './pages/reports/SettlementPage.tsx';
import { RolesPage } from './pages/roles/RolesPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SalesPage } from './pages/sales/SalesPage.tsx';
import { StoresPage } from './pages/stores/StoresPage.tsx';
import { UsersPage } from './pages/users/UsersPage.tsx';

// Approvers decide; requesters follow what they asked for.
const APPROVALS_PERMISSIONS = ['wallet.approve', 'wallet.adjust'] as const;
// The catalog is read by whoever sells, manages it or counts stock.
const CATALOG_READERS = ['pos.sell', 'catalog.manage', 'inventory.read'] as const;
// Members and products are imported on one page; each kind needs its own permission.
const IMPORTERS = ['members.import', 'catalog.manage'] as const;

export function AdminApp() {
  return (
    <AntdProviders>
      <BrowserRouter basename="/admin">
        <SessionProvider>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <AdminLayout />
                </RequireAuth>
              }
            >
              <Route index element={<DashboardPage />} />
              <Route path="dashboard" element={<Navigate to="/" replace />} />
              <Route
                path="members"
                element={
                  <RequirePermission permission="members.read">
                    <MembersPage />
                  </RequirePermission>
                }
              />
              <Route
                path="members/:id"
                element={
                  <RequirePermission permission="members.read">
                    <MemberPage />
                  </RequirePermission>
                }
              />
              <Route
                path="import"
                element={
                  <RequirePermission permission={IMPORTERS}>
                    <ImportPage />
                  </RequirePermission>
                }
              />
              <Route
                path="levels"
                element={
                  <RequirePermission permission="levels.manage">
                    <LevelsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="card-products"
                element={
                  <RequirePermission permission="cards.products.manage">
                    <CardProductsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="products"
                element={
                  <RequirePermission permission={CATALOG_READERS}>
                    <ProductsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="appointments"
                element={
                  <RequirePermission permission="appointments.read">
                    <AppointmentsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="sales"
                element={
                  <RequirePermission permission="orders.read">
                    <SalesPage />
                  </RequirePermission>
                }
              />
              <Route
                path="reports/sales"
                element={
                  <RequirePermission permission="reports.read">
                    <SalesReportPage />
                  </RequirePermission>
                }
              />
              <Route
                path="reports/members"
                element={
                  <RequirePermission permission="reports.read">
                    <MemberGrowthPage />
                  </RequirePermission>
                }
              />
              <Route
                path="reports/liability"
                element={
                  <RequirePermission permission="reports.read">
                    <LiabilityPage />
                  </RequirePermission>
                }
              />
              <Route
                path="reports/settlement"
                element={
                  <RequirePermission permission="reports.read">
                    <SettlementPage />
                  </RequirePermission>
                }
              />
              <Route
                path="analytics"
                element={
                  <RequirePermission permission="reports.read">
                    <AnalyticsPage />
                  </RequirePermission>
                }
              />
              <Route path="commission" element={<CommissionPage />} />
              {/* Everyone has their own follow-up calls; complaints and ratings need feedback.read. */}
              <Route path="feedback" element={<FeedbackPage />} />
              <Route
                path="coupons"
                element={
                  <RequirePermission permission="coupons.manage">
                    <CouponsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="gift-cards"
                element={
                  <RequirePermission permission="giftcards.read">
                    <GiftCardsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="points-exchange"
                element={
                  <RequirePermission permission={['exchange.manage', 'points.exchange']}>
                    <PointsExchangePage />
                  </RequirePermission>
                }
              />
              <Route
                path="promotions"
                element={
                  <RequirePermission permission="promotions.manage">
                    <PromotionsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="engagement"
                element={
                  <RequirePermission permission="engagement.read">
                    <EngagementPage />
                  </RequirePermission>
                }
              />
              <Route
                path="categories"
                element={
                  <RequirePermission permission="catalog.manage">
                    <CategoriesPage />
                  </RequirePermission>
                }
              />
              <Route
                path="approvals"
                element={
                  <RequirePermission permission={APPROVALS_PERMISSIONS}>
                    <ApprovalsPage />
                  </RequirePermission>
                }
              />
              <Route
                path="recharge-plans"
                element={
                  <RequirePermission permission="wallet.plans.manage">
                    <RechargePlansPage />
                  </RequirePermission>
                }
              />
              <Route
                path="stores"
                element={
                  <RequirePermission permission="stores.read">
                    <StoresPage />
                  </RequirePermission>
                }
              />
              <Route
                path="users"
                element={
                  <RequirePermission permission="users.read">
                    <UsersPage />
                  </RequirePermission>
                }
              />
              <Route
                path="roles"
                element={
                  <RequirePermission permission="users.read">
                    <RolesPage />
                  </RequirePermission>
                }
              />
              <Route
                path="audit"
                element={
                  <RequirePermission permission="audit.read">
                    <AuditPage />
                  </RequirePermission>
                }
              />
              <Route
                path="inventory/:tab?"
                element={
                  <RequirePermission permission="inventory.read">
                    <InventoryPage />
                  </RequirePermission>
                }
              />
              <Route path="settings" element={<SettingsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </AntdProviders>
  );
}
