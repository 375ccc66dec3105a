import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../lib/errors.ts';
import { portal } from './portal-api.ts';

/** Phone + SMS code. A phone that is not a member yet joins here, with its consent choices. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [sms, setSms] = useState(false);
  const [email, setEmail] = useState(false);
  const [wait, setWait] = useState(0);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function askCode() {
    setError('');
    try {
      const res = await portal.requestCode(phone);
      setSent(true);
      setWait(res.resendAfterSeconds);
    } catch (err) {
      setError(errorText(t, err));
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await portal.signIn({
        phone,
        code,
        name: name.trim() || undefined,
        smsConsent: sms,
        emailConsent: email,
      });
      navigate('/', { replace: true });
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="m-panel m-form" onSubmit={submit}>
      <h1>{t('m.signIn.title')}</h1>
      <label>
        {t('m.signIn.phone')}
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          required
        />
      </label>
      <div className="m-row">
        <label className="m-grow">
          {t('m.signIn.code')}
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            required
          />
        </label>
        <button type="button" className="m-button-secondary" disabled={wait > 0 || !phone} onClick={askCode}>
          {wait > 0 ? t('m.signIn.resendIn', { seconds: wait }) : t('m.signIn.getCode')}
        </button>
      </div>
      {sent && <p className="m-hint">{t('m.signIn.sent')}</p>}
      <fieldset className="m-join">
        <legend>{t('m.signIn.newMember')}</legend>
        <label>
          {t('m.signIn.name')}
          <input name="name" value={name} maxLength={50} onChange={(e) => setName(e.target.value)} />
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
      </fieldset>
      {error && (
        <p className="m-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="m-button" disabled={busy || code.length !== 6}>
        {t('m.signIn.submit')}
      </button>
    </form>
  );
}
