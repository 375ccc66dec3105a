import { Alert, Button, Card, Form, Input, Result, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../admin/auth/session.tsx';
import { api, type Schemas, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { parseYuan } from '../lib/money.ts';
import { readStored, writeStored } from '../lib/storage.ts';
import { useLoad } from '../lib/use-load.ts';
import { BrandMark } from '../shared/BrandMark.tsx';
import { LangSwitch } from '../shared/LangSwitch.tsx';
import { CheckoutScreen } from './CheckoutScreen.tsx';

export type Shift = Schemas['Shift'];
export const TILL_KEY = 'md.pos.till';

function Centered({ children }: { children: React.ReactNode }) {
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f0f2f5',
        padding: 16,
      }}
    >
      <div style={{ position: 'absolute', top: 12, right: 12 }}>
        <LangSwitch />
      </div>
      {children}
    </div>
  );
}

/** Store + till (remembered on this device), then the shift gate, then the checkout screen. */
export function PosHome() {
  const { t } = useTranslation();
  const { me, can, storeId, setStoreId, signOut } = useSession();
  const [till, setTill] = useState(() => readStored(TILL_KEY));
  const [choosing, setChoosing] = useState(false);
  const store = me?.stores.find((s) => s.id === storeId) ?? null;

  if (!can('pos.sell')) {
    return (
      <Centered>
        <Result
          status="403"
          title={t('pos.noPermission')}
          extra={[
            <Button key="admin" href="/admin/">
              {t('pos.goAdmin')}
            </Button>,
            <Button key="out" onClick={() => void signOut()}>
              {t('pos.signOut')}
            </Button>,
          ]}
        />
      </Centered>
    );
  }

  if (!till || !store || choosing) {
    return (
      <Centered>
        <Card
          style={{ width: 380 }}
          title={
            <span>
              <BrandMark size={24} /> {t('pos.setupTitle')}
            </span>
          }
        >
          <Form
            layout="vertical"
            initialValues={{ storeId: store?.id, till: till ?? 'T1' }}
            onFinish={(v: { storeId: string; till: string }) => {
              setStoreId(v.storeId);
              writeStored(TILL_KEY, v.till.trim());
              setTill(v.till.trim());
              setChoosing(false);
            }}
          >
            <Form.Item name="storeId" label={t('pos.store')} rules={[{ required: true }]}>
              <Select
                size="large"
                options={(me?.stores ?? [])
                  .filter((s) => s.status === 'active')
                  .map((s) => ({ value: s.id, label: s.name }))}
                data-testid="pos-store"
              />
            </Form.Item>
            <Form.Item
              name="till"
              label={t('pos.till')}
              extra={t('pos.tillHelp')}
              rules={[{ required: true, whitespace: true, max: 20 }]}
            >
              <Input size="large" autoFocus maxLength={20} data-testid="pos-till" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block data-testid="pos-setup-ok">
              {t('pos.start')}
            </Button>
          </Form>
        </Card>
      </Centered>
    );
  }

  return <ShiftGate storeId={store.id} till={till} onChangeTill={() => setChoosing(true)} />;
}

function ShiftGate({
  storeId,
  till,
  onChangeTill,
}: {
  storeId: string;
  till: string;
  onChangeTill: () => void;
}) {
  const { t } = useTranslation();
  const shifts = useLoad(
    () => unwrap(api.GET('/api/v1/shifts', { params: { query: { storeId, till, status: 'open' } } })),
    [storeId, till],
  );
  const [floatText, setFloatText] = useState('');
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shift = shifts.data?.[0] ?? null;

  if (shifts.loading && !shifts.data) {
    return (
      <Centered>
        <Spin size="large" />
      </Centered>
    );
  }
  if (shift)
    return (
      <CheckoutScreen
        shift={shift}
        till={till}
        onShiftClosed={() => void shifts.reload()}
        onChangeTill={onChangeTill}
      />
    );

  const floatFen = parseYuan(floatText || '0');
  const open = async () => {
    if (floatFen === null || floatFen < 0 || opening) return;
    setOpening(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/shifts', { body: { storeId, till, floatCents: floatFen } }));
      await shifts.reload();
    } catch (err) {
      setError(err);
      // Someone opened it meanwhile (another tab): just pick it up.
      await shifts.reload();
    } finally {
      setOpening(false);
    }
  };

  return (
    <Centered>
      <Card style={{ width: 400 }} title={t('pos.openShiftTitle', { till })} data-testid="open-shift">
        {shifts.error ? (
          <Alert type="error" showIcon title={errorText(t, shifts.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Typography.Paragraph type="secondary">{t('pos.openShiftHelp')}</Typography.Paragraph>
        <Input
          size="large"
          prefix="¥"
          autoFocus
          inputMode="decimal"
          placeholder={t('pos.floatPlaceholder')}
          value={floatText}
          status={floatFen === null ? 'error' : undefined}
          onChange={(e) => setFloatText(e.target.value)}
          onPressEnter={() => void open()}
          data-testid="shift-float"
        />
        {error ? <Alert type="error" showIcon title={errorText(t, error)} style={{ marginTop: 12 }} /> : null}
        <Button
          type="primary"
          size="large"
          block
          style={{ marginTop: 16 }}
          loading={opening}
          disabled={floatFen === null}
          onClick={() => void open()}
          data-testid="shift-open"
        >
          {t('pos.openShift')} (Enter)
        </Button>
        <Button type="link" block onClick={onChangeTill}>
          {t('pos.changeTill')}
        </Button>
      </Card>
    </Centered>
  );
}
