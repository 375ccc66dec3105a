import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { changeLanguage, currentLanguage, LANGUAGES } from '../i18n/index.ts';

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

/** The member centre: a placeholder card until the member issues land. */
function Home() {
  const { t } = useTranslation();
  return (
    <div className="m-page">
      <header className="m-header">
        <span className="m-logo" aria-hidden="true">
          M
        </span>
        <span className="m-title">{t('m.title')}</span>
        <LangSwitch />
      </header>
      <main>
        <section className="m-card">
          <div className="m-card-brand">{t('app.name')}</div>
          <div className="m-card-stats">
            <div>
              <div className="m-stat-label">{t('m.balance')}</div>
              <div className="m-stat-value">—</div>
            </div>
            <div>
              <div className="m-stat-label">{t('m.points')}</div>
              <div className="m-stat-value">—</div>
            </div>
          </div>
        </section>
        <section className="m-notice">
          <h1>
            {t('m.title')} · {t('m.comingSoon')}
          </h1>
          <p>{t('m.description')}</p>
        </section>
      </main>
    </div>
  );
}

export function MemberApp() {
  return (
    <BrowserRouter basename="/m">
      <Routes>
        <Route path="*" element={<Home />} />
      </Routes>
    </BrowserRouter>
  );
}
