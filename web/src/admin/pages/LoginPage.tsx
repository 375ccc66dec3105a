import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { readStored, writeStored } from '../../lib/storage.ts';
import { BrandMark } from '../../shared/BrandMark.tsx';
import { LangSwitch } from '../../shared/LangSwitch.tsx';
import { useSession } from '../auth/session.tsx';

interface Values {
  tenant?: string;
  username: string;
  password: string;
}

const TENANT_KEY = 'md.tenant';

/** Only paths inside this app: `?next=//evil.example` must not become an open redirect. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { status, ended, signedIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeNext(params.get('next'));

  if (status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setError(null);
    const tenant = values.tenant?.trim();
    try {
      const me = await unwrap(
        api.POST('/api/v1/auth/login', {
          body: {
            username: values.username.trim(),
            password: values.password,
            ...(tenant ? { tenant } : {}),
          },
        }),
      );
      writeStored(TENANT_KEY, tenant || null);
      signedIn(me);
      navigate(next, { replace: true });
    } catch (err) {
      let text = errorText(t, err);
      const attemptsLeft = (err instanceof ApiError ? err.details : null) as { attemptsLeft?: number } | null;
      if (err instanceof ApiError && err.code === 'INVALID_CREDENTIALS' && attemptsLeft?.attemptsLeft) {
        text += ` · ${t('login.attemptsLeft', { count: attemptsLeft.attemptsLeft })}`;
      }
      setError(text);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(135deg, #e6fffb 0%, #f0f5ff 100%)',
        position: 'relative',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <LangSwitch />
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 24 }}>
        <BrandMark size={40} />
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </div>
      </div>
      <Card style={{ width: '100%', maxWidth: 380 }} title={t('login.title')}>
        {(error || ended === 'expired') && (
          <Alert
            type={error ? 'error' : 'warning'}
            showIcon
            title={error ?? t('login.sessionEnded')}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<Values>
          layout="vertical"
          requiredMark={false}
          initialValues={{ tenant: readStored(TENANT_KEY) ?? '' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="tenant" label={t('login.tenant')}>
            <Input
              id="tenant"
              name="tenant"
              prefix={<ShopOutlined />}
              placeholder={t('login.tenantPlaceholder')}
              autoComplete="organization"
              autoCapitalize="none"
            />
          </Form.Item>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              id="username"
              name="username"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              id="password"
              name="password"
              prefix={<LockOutlined />}
              autoComplete="current-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={submitting}
            data-testid="login-submit"
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24, fontSize: 12 }}>
        {t('app.copyright')}
      </Typography.Text>
    </div>
  );
}
