import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { changeLanguage, currentLanguage, LANGUAGES } from '../i18n/index.ts';
import { AccountPage, CodePage, CouponsPage, HistoryPage, ProfilePage } from './AccountPages.tsx';
import { rememberLinkParams } from './portal-api.ts';
import { SignInPage } from './SignInPage.tsx';

function LangSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <fieldset className="m-lang" data-testid="lang-switch" aria-label={t('lang.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          className={lang === active ? 'active' : ''}
          aria-pressed={lang === active}
          onClick={() => void changeLanguage(lang)}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  // The store's QR link (/m/?t=<merchant>&s=<store>) is remembered for signing in and joining.
  useEffect(() => rememberLinkParams(location.search), [location.search]);
  return (
    <div className="m-page">
      <header className="m-header">
        <Link to="/" className="m-logo" aria-label={t('m.title')}>
          M
        </Link>
        <span className="m-title">{t('m.title')}</span>
        <LangSwitch />
      </header>
      <main>{children}</main>
    </div>
  );
}

/** The member centre on the phone: sign in by SMS code, then the account pages. */
export function MemberApp() {
  return (
    <BrowserRouter basename="/m">
      <Shell>
        <Routes>
          <Route path="/" element={<AccountPage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/code" element={<CodePage />} />
          <Route path="/coupons" element={<CouponsPage />} />
          <Route path="/history" element={<HistoryPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Shell>
    </BrowserRouter>
  );
}
