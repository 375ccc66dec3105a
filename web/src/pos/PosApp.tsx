import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../admin/auth/RequireAuth.tsx';
import { SessionProvider } from '../admin/auth/session.tsx';
import { LoginPage } from '../admin/pages/LoginPage.tsx';
import { AntdProviders } from '../shared/AntdProviders.tsx';
import { PosHome } from './PosHome.tsx';
import './pos.css';

/** The cashier front-end: same session cookie and sign-in as the back office, under /pos. */
export function PosApp() {
  return (
    <AntdProviders>
      <BrowserRouter basename="/pos">
        <SessionProvider>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              path="*"
              element={
                <RequireAuth>
                  <PosHome />
                </RequireAuth>
              }
            />
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </AntdProviders>
  );
}
