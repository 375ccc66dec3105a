import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';

type Automation = Schemas['Automation'];

/** Number parameters per automation, by their API names. */
const NUMBERS: Record<string, { key: string; min: number; max: number }[]> = {
  birthday: [{ key: 'daysBefore', min: 0, max: 30 }],
  win_back: [{ key: 'dormantDays', min: 7, max: 3650 }],
  level_up: [],
  balance_low: [],
  card_expiring: [{ key: 'daysBefore', min: 1, max: 90 }],
  coupon_expiring: [{ key: 'daysBefore', min: 1, max: 30 }],
  follow_up: [
    { key: 'daysAfter', min: 0, max: 60 },
    { key: 'dueDays', min: 1, max: 30 },
    { key: 'minOrderCents', min: 0, max: 100_000_000 },
  ],
  appointment_reminder: [{ key: 'hoursBefore', min: 1, max: 72 }],
};

/** One card per automation: a switch and its parameters, saved together. */
export function AutomationsTab() {
  const { t } = useTranslation();
  const automations = useLoad(() => unwrap(api.GET('/api/v1/engagement/automations')), []);
  // Coupon templates, when the user may read them.
  const templates = useLoad(
    () => unwrap(api.GET('/api/v1/coupon-templates')).catch((): { id: string; name: string }[] => []),
    [],
  );
  const couponOptions = (templates.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <LoadError error={automations.error} onRetry={automations.reload} />
      <Row gutter={[12, 12]}>
        {(automations.data ?? []).map((a) => (
          <Col xs={24} lg={12} key={a.kind}>
            <AutomationCard automation={a} couponOptions={couponOptions} onSaved={automations.reload} />
          </Col>
        ))}
      </Row>
      {!automations.loading && (
        <p style={{ marginTop: 12, color: '#888' }}>{t('engagement.automations.help')}</p>
      )}
    </>
  );
}

function AutomationCard({
  automation,
  couponOptions,
  onSaved,
}: {
  automation: Automation;
  couponOptions: { value: string; label: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const canManage = can('engagement.manage');
  const [form] = Form.useForm();
  const hasCoupon = 'couponTemplateId' in automation.params;
  const sends = 'channel' in automation.params;
  const save = async () => {
    const { enabled, ...params } = await form.validateFields();
    try {
      await unwrap(
        api.PUT('/api/v1/engagement/automations/{kind}', {
          params: { path: { kind: automation.kind } },
          body: {
            enabled,
            params: hasCoupon ? { ...params, couponTemplateId: params.couponTemplateId ?? null } : params,
          },
        }),
      );
      void message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  return (
    <Card
      size="small"
      title={t(`engagement.automations.kind_${automation.kind}`)}
      data-testid={`automation-${automation.kind}`}
    >
      <Form
        form={form}
        layout="vertical"
        disabled={!canManage}
        initialValues={{ enabled: automation.enabled, ...automation.params }}
      >
        <Form.Item name="enabled" label={t('engagement.automations.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {/* The follow-up automation opens a task for staff: it sends no message. */}
        {automation.kind === 'follow_up' && (
          <p style={{ color: '#888' }}>{t('engagement.automations.followUpHelp')}</p>
        )}
        {sends && (
          <>
            <Form.Item name="channel" label={t('engagement.channel')}>
              <Select
                options={['sms', 'email', 'inbox'].map((c) => ({
                  value: c,
                  label: t(`engagement.channel_${c}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="subject" label={t('engagement.subject')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="text"
              label={t('engagement.text')}
              extra={t('engagement.textHelp', { o: '{{', c: '}}' })}
              rules={[{ required: true }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {NUMBERS[automation.kind]?.map((n) => (
          <Form.Item key={n.key} name={n.key} label={t(`engagement.automations.${n.key}`)}>
            <InputNumber min={n.min} max={n.max} precision={0} />
          </Form.Item>
        ))}
        {hasCoupon && (
          <Form.Item name="couponTemplateId" label={t('engagement.couponTemplateId')}>
            <Select allowClear options={couponOptions} />
          </Form.Item>
        )}
        {canManage && (
          <Button type="primary" onClick={save}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </Card>
  );
}
