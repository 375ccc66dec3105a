import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Skeleton,
  Space,
  Switch,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type TenantSettings, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../lib/money.ts';
import { useLoad } from '../../lib/use-load.ts';
import { useSession } from '../auth/session.tsx';
import { LoadError } from '../components/LoadError.tsx';

type Rules = TenantSettings['settings'];

interface Values {
  name: string;
  code: string;
  timezone: string;
  shareMembersAcrossStores: boolean;
  crossStoreStoredValue: boolean;
  storedValueDeductionOrder: Rules['storedValueDeductionOrder'];
  /** Yuan text; sent as fen. */
  balanceLowThreshold: string;
  pointsPerYuan: number;
  pointsPerYuanRedeemed: number;
  pointsRedeemCapPercent: number;
  pointsExpiry: Rules['pointsExpiry'];
  pointsClawbackPolicy: Rules['pointsClawbackPolicy'];
  levelBasis: Rules['levelBasis'];
  levelDowngradeReview: boolean;
  /** Yuan text; sent as fen. */
  approvalThreshold: string;
  allowNegativeStock: boolean;
  /** Role code → largest manual discount (percent) at the till. */
  manualDiscountCapPercent: Record<string, number>;
  appointmentNoShowForfeitsSession: boolean;
  appointmentLateCancelHours: number;
  marketingQuietStartHour: number;
  marketingQuietEndHour: number;
  marketingCapCount: number;
  marketingCapDays: number;
  smsOptOutHint: string;
}

function toValues(s: TenantSettings): Values {
  const r = s.settings;
  return {
    name: s.name,
    code: s.code,
    timezone: s.timezone,
    shareMembersAcrossStores: r.shareMembersAcrossStores,
    crossStoreStoredValue: r.crossStoreStoredValue,
    storedValueDeductionOrder: r.storedValueDeductionOrder,
    balanceLowThreshold: fenToYuanText(r.balanceLowThresholdCents),
    pointsPerYuan: r.pointsPerYuan,
    pointsPerYuanRedeemed: r.pointsPerYuanRedeemed,
    pointsRedeemCapPercent: r.pointsRedeemCapPercent,
    pointsExpiry: r.pointsExpiry,
    pointsClawbackPolicy: r.pointsClawbackPolicy,
    levelBasis: r.levelBasis,
    levelDowngradeReview: r.levelDowngradeReview,
    approvalThreshold: fenToYuanText(r.approvalThresholdCents),
    allowNegativeStock: r.allowNegativeStock,
    manualDiscountCapPercent: r.manualDiscountCapPercent,
    appointmentNoShowForfeitsSession: r.appointmentNoShowForfeitsSession,
    appointmentLateCancelHours: r.appointmentLateCancelHours,
    marketingQuietStartHour: r.marketingQuietStartHour,
    marketingQuietEndHour: r.marketingQuietEndHour,
    marketingCapCount: r.marketingCapCount,
    marketingCapDays: r.marketingCapDays,
    smsOptOutHint: r.smsOptOutHint,
  };
}

const DEDUCTION_ORDERS: readonly Rules['storedValueDeductionOrder'][] = [
  'proportional',
  'principal_first',
  'bonus_first',
];
const LEVEL_BASES: readonly Rules['levelBasis'][] = ['spend', 'recharge', 'points'];

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
  // Every role gets a cap; a role the list cannot show (no users.read) keeps what it has.
  const roles = useLoad(
    () => (can('users.read') ? unwrap(api.GET('/api/v1/roles')) : Promise.resolve([])),
    [],
  );
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const canManage = can('settings.manage');
  const zones = useMemo(() => timeZones().map((z) => ({ value: z })), []);

  // Amounts are typed in yuan and stored as integer fen; parseYuan never goes through floats.
  const yuanRule = {
    validator: (_: unknown, value: string) => {
      const cents = parseYuan(value ?? '');
      return cents !== null && cents >= 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('settings.invalidAmount')));
    },
  };
  const intRequired = (field: string) => [{ required: true, message: t('common.required', { field }) }];

  const submit = async (v: Values) => {
    const approvalThresholdCents = parseYuan(v.approvalThreshold);
    const balanceLowThresholdCents = parseYuan(v.balanceLowThreshold);
    if (approvalThresholdCents === null || approvalThresholdCents < 0) return;
    if (balanceLowThresholdCents === null || balanceLowThresholdCents < 0) return;
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
              storedValueDeductionOrder: v.storedValueDeductionOrder,
              balanceLowThresholdCents,
              pointsPerYuan: v.pointsPerYuan,
              pointsPerYuanRedeemed: v.pointsPerYuanRedeemed,
              pointsRedeemCapPercent: v.pointsRedeemCapPercent,
              pointsExpiry: v.pointsExpiry,
              pointsClawbackPolicy: v.pointsClawbackPolicy,
              levelBasis: v.levelBasis,
              levelDowngradeReview: v.levelDowngradeReview,
              approvalThresholdCents,
              allowNegativeStock: v.allowNegativeStock,
              manualDiscountCapPercent: v.manualDiscountCapPercent,
              appointmentNoShowForfeitsSession: v.appointmentNoShowForfeitsSession,
              appointmentLateCancelHours: v.appointmentLateCancelHours,
              marketingQuietStartHour: v.marketingQuietStartHour,
              marketingQuietEndHour: v.marketingQuietEndHour,
              marketingCapCount: v.marketingCapCount,
              marketingCapDays: v.marketingCapDays,
              smsOptOutHint: v.smsOptOutHint.trim(),
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
          </Card>
          <Card type="inner" title={t('settings.storedValue')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="crossStoreStoredValue"
              label={t('settings.crossStoreStoredValue')}
              extra={t('settings.crossStoreStoredValueHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name="storedValueDeductionOrder"
              label={t('settings.deductionOrder')}
              extra={t('settings.deductionOrderHelp')}
            >
              <Radio.Group
                options={DEDUCTION_ORDERS.map((o) => ({ value: o, label: t(`settings.deduction_${o}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="balanceLowThreshold"
              label={t('settings.balanceLowThreshold')}
              extra={t('settings.balanceLowThresholdHelp')}
              rules={[yuanRule]}
            >
              <Input prefix="¥" inputMode="decimal" style={{ maxWidth: 200 }} />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.points')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="pointsPerYuan"
              label={t('settings.pointsPerYuan')}
              extra={t('settings.pointsPerYuanHelp')}
              rules={intRequired(t('settings.pointsPerYuan'))}
            >
              <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="pointsPerYuanRedeemed"
              label={t('settings.pointsPerYuanRedeemed')}
              extra={t('settings.pointsPerYuanRedeemedHelp')}
              rules={intRequired(t('settings.pointsPerYuanRedeemed'))}
            >
              <InputNumber min={1} max={100_000} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="pointsRedeemCapPercent"
              label={t('settings.pointsRedeemCap')}
              extra={t('settings.pointsRedeemCapHelp')}
              rules={intRequired(t('settings.pointsRedeemCap'))}
            >
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="pointsExpiry" label={t('settings.pointsExpiry')}>
              <Radio.Group
                options={(['end_of_next_year', 'never'] as const).map((o) => ({
                  value: o,
                  label: t(`settings.pointsExpiry_${o}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="pointsClawbackPolicy"
              label={t('settings.pointsClawback')}
              extra={t('settings.pointsClawbackHelp')}
            >
              <Radio.Group
                options={(['cap_at_zero', 'allow_negative'] as const).map((o) => ({
                  value: o,
                  label: t(`settings.pointsClawback_${o}`),
                }))}
              />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.levels')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="levelBasis"
              label={t('settings.levelBasis')}
              extra={t('settings.levelBasisHelp')}
            >
              <Radio.Group options={LEVEL_BASES.map((b) => ({ value: b, label: t(`levels.basis_${b}`) }))} />
            </Form.Item>
            <Form.Item
              name="levelDowngradeReview"
              label={t('settings.levelDowngradeReview')}
              extra={t('settings.levelDowngradeReviewHelp')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.approvals')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="approvalThreshold"
              label={t('settings.approvalThreshold')}
              extra={t('settings.approvalThresholdHelp')}
              rules={[yuanRule]}
            >
              <Input
                prefix="¥"
                inputMode="decimal"
                style={{ maxWidth: 200 }}
                data-testid="settings-approval-threshold"
              />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.counter')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="allowNegativeStock"
              label={t('settings.allowNegativeStock')}
              extra={t('settings.allowNegativeStockHelp')}
              valuePropName="checked"
            >
              <Switch data-testid="settings-negative-stock" />
            </Form.Item>
            <Form.Item label={t('settings.discountCaps')} extra={t('settings.discountCapsHelp')}>
              <Space wrap>
                {(roles.data ?? []).map((role) => (
                  <Form.Item
                    key={role.code}
                    name={['manualDiscountCapPercent', role.code]}
                    label={role.name}
                    style={{ marginBottom: 0 }}
                  >
                    <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 110 }} />
                  </Form.Item>
                ))}
              </Space>
            </Form.Item>
          </Card>
          <Card type="inner" title={t('appointments.title')} style={{ marginBottom: 16 }}>
            <Form.Item
              name="appointmentNoShowForfeitsSession"
              label={t('appointments.forfeitSetting')}
              extra={t('appointments.forfeitSettingHelp')}
              valuePropName="checked"
            >
              <Switch data-testid="settings-no-show-forfeits" />
            </Form.Item>
            <Form.Item
              name="appointmentLateCancelHours"
              label={t('appointments.lateCancelSetting')}
              extra={t('appointments.lateCancelSettingHelp')}
            >
              <InputNumber min={0} max={72} precision={0} style={{ width: 110 }} />
            </Form.Item>
          </Card>
          <Card type="inner" title={t('settings.marketing')} style={{ marginBottom: 16 }}>
            <Form.Item label={t('settings.quietHours')} extra={t('settings.quietHoursHelp')}>
              <Space>
                <Form.Item name="marketingQuietStartHour" noStyle>
                  <InputNumber min={0} max={23} precision={0} suffix=":00" style={{ width: 100 }} />
                </Form.Item>
                <span>–</span>
                <Form.Item name="marketingQuietEndHour" noStyle>
                  <InputNumber min={0} max={23} precision={0} suffix=":00" style={{ width: 100 }} />
                </Form.Item>
              </Space>
            </Form.Item>
            <Form.Item label={t('settings.marketingCap')} extra={t('settings.marketingCapHelp')}>
              <Space>
                <Form.Item name="marketingCapCount" noStyle>
                  <InputNumber min={0} max={100} precision={0} style={{ width: 90 }} />
                </Form.Item>
                <span>{t('settings.marketingCapPer')}</span>
                <Form.Item name="marketingCapDays" noStyle>
                  <InputNumber min={1} max={365} precision={0} style={{ width: 90 }} />
                </Form.Item>
                <span>{t('settings.days')}</span>
              </Space>
            </Form.Item>
            <Form.Item
              name="smsOptOutHint"
              label={t('settings.smsOptOutHint')}
              extra={t('settings.smsOptOutHintHelp')}
              rules={[{ required: true, whitespace: true, max: 20 }]}
            >
              <Input maxLength={20} style={{ maxWidth: 200 }} data-testid="settings-sms-opt-out-hint" />
            </Form.Item>
          </Card>
          {canManage && (
            <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-save">
              {t('common.save')}
            </Button>
          )}
        </Form>
      )}
    </Card>
  );
}
