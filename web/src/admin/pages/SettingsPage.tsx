import { Alert, App, AutoComplete, Button, Card, Form, Input, Skeleton, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type TenantSettings, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../lib/money.ts';
import { useLoad } from '../../lib/use-load.ts';
import { useSession } from '../auth/session.tsx';
import { LoadError } from '../components/LoadError.tsx';

interface Values {
  name: string;
  code: string;
  timezone: string;
  shareMembersAcrossStores: boolean;
  crossStoreStoredValue: boolean;
  approvalThreshold: string;
}

function toValues(s: TenantSettings): Values {
  return {
    name: s.name,
    code: s.code,
    timezone: s.timezone,
    shareMembersAcrossStores: s.settings.shareMembersAcrossStores,
    crossStoreStoredValue: s.settings.crossStoreStoredValue,
    approvalThreshold: fenToYuanText(s.settings.approvalThresholdCents),
  };
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'UTC'];
  }
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, refresh } = useSession();
  const settings = useLoad(() => unwrap(api.GET('/api/v1/settings')), []);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const canManage = can('settings.manage');
  const zones = useMemo(() => timeZones().map((z) => ({ value: z })), []);

  const submit = async (v: Values) => {
    const cents = parseYuan(v.approvalThreshold);
    if (cents === null || cents < 0) return;
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PATCH('/api/v1/settings', {
          body: {
            name: v.name.trim(),
            timezone: v.timezone.trim(),
            settings: {
              shareMembersAcrossStores: v.shareMembersAcrossStores,
              crossStoreStoredValue: v.crossStoreStoredValue,
              approvalThresholdCents: cents,
            },
          },
        }),
      );
      form.setFieldsValue(toValues(saved));
      void message.success(t('common.saved'));
      // The header shows the tenant name from /auth/me.
      void refresh();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('settings.title')}>
      <LoadError error={settings.error} onRetry={() => void settings.reload()} />
      {!canManage && (
        <Alert type="info" showIcon title={t('settings.readOnly')} style={{ marginBottom: 16 }} />
      )}
      {!settings.data ? (
        <Skeleton active />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={toValues(settings.data)}
          disabled={!canManage}
          onFinish={(v) => void submit(v)}
        >
          <Card type="inner" title={t('settings.tenant')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="name"
              label={t('settings.tenantName')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('common.required', { field: t('settings.tenantName') }),
                },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="code" label={t('settings.tenantCode')}>
              <Input disabled />
            </Form.Item>
            <Form.Item name="timezone" label={t('settings.timezone')} rules={[{ required: true }]}>
              <AutoComplete options={zones} showSearch={{ filterOption: true }} />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.rules')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="shareMembersAcrossStores"
              label={t('settings.shareMembers')}
              extra={t('settings.shareMembersHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name="crossStoreStoredValue"
              label={t('settings.crossStoreStoredValue')}
              extra={t('settings.crossStoreStoredValueHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name="approvalThreshold"
              label={t('settings.approvalThreshold')}
              extra={t('settings.approvalThresholdHelp')}
              rules={[
                {
                  validator: (_, value: string) => {
                    const cents = parseYuan(value ?? '');
                    return cents !== null && cents >= 0
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('settings.invalidAmount')));
                  },
                },
              ]}
            >
              <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} />
            </Form.Item>
          </Card>
          {canManage && (
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          )}
        </Form>
      )}
    </Card>
  );
}
