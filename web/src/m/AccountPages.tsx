import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { errorText } from '../lib/errors.ts';
import { formatYuan } from '../lib/money.ts';
import { useLoad } from '../lib/use-load.ts';
import { type Account, type Coupon, isSignedOut, localDate, localDateTime, portal } from './portal-api.ts';

/** Loads a portal answer; a signed-out phone goes to the sign-in page. */
function usePortal<T>(load: () => Promise<T>, deps: readonly unknown[] = []) {
  const loaded = useLoad(load, deps);
  const { t } = useTranslation();
  const redirect = isSignedOut(loaded.error) ? <Navigate to="/sign-in" replace /> : null;
  const failed =
    loaded.error && !redirect ? (
      <p className="m-error" role="alert">
        {errorText(t, loaded.error)}
      </p>
    ) : null;
  return { ...loaded, redirect, failed };
}

function levelText(t: TFunction, level: Account['level']): string {
  // A merchant without levels shows no level line at all.
  if (!level.current && !level.next) return '';
  if (!level.next || level.toNext === null) return t('m.account.topLevel');
  const amount = level.basis === 'points' ? String(level.toNext) : formatYuan(level.toNext);
  return t(`m.account.toNext.${level.basis}`, { amount, level: level.next.name });
}

export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me, redirect, failed } = usePortal(portal.account);
  if (redirect) return redirect;
  if (failed) return failed;
  if (!me) return <p className="m-hint">{t('m.loading')}</p>;
  const expiry = me.points.nextExpiry;
  return (
    <>
      <section className="m-card" data-testid="m-card">
        <div className="m-card-brand">
          {me.profile.name} · {me.level.current?.name ?? t('m.account.noLevel')}
        </div>
        <div className="m-card-stats">
          <div>
            <div className="m-stat-label">{t('m.balance')}</div>
            <div className="m-stat-value" data-testid="m-balance">
              {formatYuan(me.storedValue.totalCents)}
            </div>
            <div className="m-stat-note">
              {t('m.account.principalBonus', {
                principal: formatYuan(me.storedValue.principalCents),
                bonus: formatYuan(me.storedValue.bonusCents),
              })}
            </div>
          </div>
          <div>
            <div className="m-stat-label">{t('m.points')}</div>
            <div className="m-stat-value" data-testid="m-points">
              {me.points.balance}
            </div>
            {expiry && (
              <div className="m-stat-note">
                {t('m.account.pointsExpire', { points: expiry.points, date: localDate(expiry.at) })}
              </div>
            )}
          </div>
        </div>
        {levelText(t, me.level) && <div className="m-stat-note">{levelText(t, me.level)}</div>}
      </section>
      <nav className="m-nav">
        <Link to="/code">{t('m.nav.code')}</Link>
        <Link to="/coupons">{t('m.nav.coupons', { count: me.coupons.usable })}</Link>
        <Link to="/history">{t('m.nav.history')}</Link>
        <Link to="/profile">{t('m.nav.profile')}</Link>
      </nav>
      <section className="m-panel">
        <h2>{t('m.account.cards')}</h2>
        {me.cards.length === 0 && <p className="m-hint">{t('m.account.noCards')}</p>}
        {me.cards.map((card) => (
          <div key={card.id} className="m-item">
            <div className="m-item-title">
              {card.name}
              {card.expired && <span className="m-tag">{t('m.account.expired')}</span>}
            </div>
            <div className="m-hint">
              {card.expiresAt
                ? t('m.account.validUntil', { date: localDate(card.expiresAt) })
                : t('m.account.noExpiry')}
            </div>
            {card.items.map((i) => (
              <div key={i.itemName} className="m-line">
                <span>{i.itemName}</span>
                <span>
                  {i.sessionsLeft === null
                    ? t('m.account.unlimited')
                    : t('m.account.sessionsLeft', { n: i.sessionsLeft })}
                </span>
              </div>
            ))}
          </div>
        ))}
      </section>
      <button
        type="button"
        className="m-button-secondary m-wide"
        onClick={async () => {
          await portal.signOut().catch(() => undefined);
          navigate('/sign-in', { replace: true });
        }}
      >
        {t('m.account.signOut')}
      </button>
    </>
  );
}

/** The rotating code for the counter: fetched again every time its window turns. */
export function CodePage() {
  const { t } = useTranslation();
  const { data, redirect, failed, reload } = usePortal(portal.code);
  useEffect(() => {
    const timer = setInterval(() => void reload(), (data?.refreshAfterSeconds ?? 30) * 1000);
    return () => clearInterval(timer);
  }, [data?.refreshAfterSeconds, reload]);
  if (redirect) return redirect;
  if (failed) return failed;
  if (!data) return <p className="m-hint">{t('m.loading')}</p>;
  return (
    <section className="m-panel m-code">
      <h1>{t('m.code.title')}</h1>
      <code className="m-token" data-testid="m-token">
        {data.token}
      </code>
      <p className="m-hint">{t('m.code.hint')}</p>
      {data.cardNo && (
        <p>
          {t('m.code.cardNo')} <strong>{data.cardNo}</strong>
        </p>
      )}
      <Link to="/" className="m-back">
        {t('m.back')}
      </Link>
    </section>
  );
}

function CouponList({ title, coupons }: { title: string; coupons: Coupon[] }) {
  const { t } = useTranslation();
  return (
    <section className="m-panel">
      <h2>
        {title} ({coupons.length})
      </h2>
      {coupons.map((c) => (
        <div key={c.id} className="m-item" data-testid="m-coupon">
          <div className="m-item-title">{c.name}</div>
          <div className="m-line">
            <span>
              {t('m.coupons.code')} <code>{c.code}</code>
            </span>
            <span>{t('m.coupons.until', { date: localDate(c.expiresAt) })}</span>
          </div>
        </div>
      ))}
    </section>
  );
}

export function CouponsPage() {
  const { t } = useTranslation();
  const { data, redirect, failed } = usePortal(portal.coupons);
  if (redirect) return redirect;
  if (failed) return failed;
  if (!data) return <p className="m-hint">{t('m.loading')}</p>;
  return (
    <>
      <CouponList title={t('m.coupons.usable')} coupons={data.usable} />
      <CouponList title={t('m.coupons.used')} coupons={data.used} />
      <CouponList title={t('m.coupons.expired')} coupons={data.expired} />
      <Link to="/" className="m-back">
        {t('m.back')}
      </Link>
    </>
  );
}

export function HistoryPage() {
  const { t } = useTranslation();
  const orders = usePortal(() => portal.orders());
  const recharges = usePortal(() => portal.recharges());
  if (orders.redirect) return orders.redirect;
  return (
    <>
      <section className="m-panel">
        <h2>{t('m.history.orders')}</h2>
        {orders.failed}
        {orders.data?.items.length === 0 && <p className="m-hint">{t('m.history.none')}</p>}
        {orders.data?.items.map((o) => (
          <div key={o.id} className="m-line" data-testid="m-order">
            <span>
              {localDateTime(o.createdAt)} · {o.orderNo}
            </span>
            <span>{formatYuan(o.totalCents)}</span>
          </div>
        ))}
      </section>
      <section className="m-panel">
        <h2>{t('m.history.recharges')}</h2>
        {recharges.failed}
        {recharges.data?.items.map((r) => (
          <div key={r.id} className="m-line" data-testid="m-recharge">
            <span>{localDateTime(r.createdAt)}</span>
            <span>
              {formatYuan(r.principalCents)}
              {r.bonusCents > 0 && ` + ${formatYuan(r.bonusCents)}`}
            </span>
          </div>
        ))}
      </section>
      <Link to="/" className="m-back">
        {t('m.back')}
      </Link>
    </>
  );
}

/** Name, birthday and marketing consent; turning consent off is the opt-out. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { data: me, redirect, failed } = usePortal(portal.account);
  const [name, setName] = useState('');
  const [birthday, setBirthday] = useState('');
  const [sms, setSms] = useState(false);
  const [email, setEmail] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!me) return;
    setName(me.profile.name);
    setBirthday(me.profile.birthday ?? '');
    setSms(me.profile.smsConsent);
    setEmail(me.profile.emailConsent);
  }, [me]);
  if (redirect) return redirect;
  if (failed) return failed;
  if (!me) return <p className="m-hint">{t('m.loading')}</p>;
  async function save(event: React.FormEvent) {
    event.preventDefault();
    setMessage('');
    try {
      await portal.updateProfile({ name, birthday: birthday || null, smsConsent: sms, emailConsent: email });
      setMessage(t('m.profile.saved'));
    } catch (err) {
      setMessage(errorText(t, err));
    }
  }
  return (
    <form className="m-panel m-form" onSubmit={save}>
      <h1>{t('m.profile.title')}</h1>
      <label>
        {t('m.signIn.name')}
        <input name="name" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {t('m.profile.birthday')}
        <input name="birthday" type="date" value={birthday} onChange={(e) => setBirthday(e.target.value)} />
      </label>
      <label className="m-check">
        <input name="smsConsent" type="checkbox" checked={sms} onChange={(e) => setSms(e.target.checked)} />
        {t('m.signIn.smsConsent')}
      </label>
      <label className="m-check">
        <input
          name="emailConsent"
          type="checkbox"
          checked={email}
          onChange={(e) => setEmail(e.target.checked)}
        />
        {t('m.signIn.emailConsent')}
      </label>
      <p className="m-hint">{t('m.profile.optOutHint')}</p>
      {message && (
        <p className="m-hint" role="status">
          {message}
        </p>
      )}
      <button type="submit" className="m-button">
        {t('m.profile.save')}
      </button>
      <Link to="/" className="m-back">
        {t('m.back')}
      </Link>
    </form>
  );
}
