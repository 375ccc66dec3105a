import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import type { CouponTemplate } from './couponText.ts';

interface Values {
  name: string;
  kind: CouponTemplate['kind'];
  amount: string;
  percentOff: number | null;
  cap: string;
  threshold: string;
  scope: CouponTemplate['scope'];
  scopeIds: string[];
  storeIds: string[];
  validity: CouponTemplate['validity'];
  validDays: number | null;
  window: [Dayjs, Dayjs] | null;
  perMemberLimit: number | null;
  totalStock: number | null;
}

interface Props {
  /** undefined: closed; null: create; a template: edit. */
  template: CouponTemplate | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}

const MAX_FEN = 100_000_000;

export function CouponTemplateDrawer({ template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const kind = Form.useWatch('kind', form);
  const scope = Form.useWatch('scope', form);
  const validity = Form.useWatch('validity', form);
  const stores = useLoad(() => unwrap(api.GET('/api/v1/stores')), []);
  const categories = useLoad(() => unwrap(api.GET('/api/v1/categories')), []);
  const products = useLoad(
    () => unwrap(api.GET('/api/v1/products', { params: { query: { q: q || undefined, limit: 20 } } })),
    [q],
  );

  const c = template;
  const initialValues: Values = {
    name: c?.name ?? '',
    kind: c?.kind ?? 'threshold',
    amount: c && c.kind !== 'percent' ? fenToYuanText(c.value) : '',
    percentOff: c?.kind === 'percent' ? c.value : 10,
    cap: c?.maxOffCents != null ? fenToYuanText(c.maxOffCents) : '',
    threshold: c ? fenToYuanText(c.thresholdCents) : '0',
    scope: c?.scope ?? 'all',
    scopeIds: c?.scopeIds ?? [],
    storeIds: c?.storeIds ?? [],
    validity: c?.validity ?? 'days',
    validDays: c?.validDays ?? 30,
    window: c?.validFrom && c.validUntil ? [dayjs(c.validFrom), dayjs(c.validUntil)] : null,
    perMemberLimit: c?.perMemberLimit ?? 0,
    totalStock: c?.totalStock ?? null,
  };

  const yuanRule = (min: number, optional = false) => ({
    validator: async (_: unknown, text: string) => {
      if (optional && !(text ?? '').trim()) return;
      const fen = parseYuan(text ?? '');
      if (fen === null || fen < min || fen > MAX_FEN) throw new Error(t('coupons.invalidAmount'));
    },
  });

  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      value: v.kind === 'percent' ? (v.percentOff ?? 0) : (parseYuan(v.amount) ?? 0),
      maxOffCents: v.kind === 'percent' && v.cap.trim() ? parseYuan(v.cap) : null,
      thresholdCents: parseYuan(v.threshold) ?? 0,
      scope: v.scope,
      scopeIds: v.scope === 'all' ? [] : v.scopeIds,
      storeIds: v.storeIds,
      validity: v.validity,
      validDays: v.validity === 'days' ? v.validDays : null,
      validFrom: v.validity === 'fixed' && v.window ? v.window[0].startOf('day').toISOString() : null,
      validUntil: v.validity === 'fixed' && v.window ? v.window[1].endOf('day').toISOString() : null,
      perMemberLimit: v.perMemberLimit ?? 0,
      totalStock: v.totalStock ?? null,
    };
    setSaving(true);
    try {
      if (template) {
        await unwrap(
          api.PATCH('/api/v1/coupon-templates/{id}', { params: { path: { id: template.id } }, body }),
        );
        void message.success(t('common.saved'));
      } else {
        await unwrap(api.POST('/api/v1/coupon-templates', { body }));
        void message.success(t('common.created'));
      }
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const scopeOptions =
    scope === 'categories'
      ? (categories.data ?? []).map((x) => ({ value: x.id, label: x.name }))
      : (products.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} (${x.sku})` }));

  return (
    <Drawer
      title={template ? t('coupons.edit') : t('coupons.new')}
      open={template !== undefined}
      onClose={onClose}
      size={480}
      destroyOnHidden
      data-testid="coupons-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="coupons-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="name"
          label={t('coupons.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('coupons.name') }) },
          ]}
        >
          <Input maxLength={60} placeholder={t('coupons.namePlaceholder')} data-testid="coupons-name-input" />
        </Form.Item>
        <Form.Item name="kind" label={t('coupons.kind')}>
          <Radio.Group
            optionType="button"
            options={(['threshold', 'fixed', 'percent'] as const).map((k) => ({
              value: k,
              label: t(`coupons.kind_${k}`),
            }))}
          />
        </Form.Item>
        {kind === 'percent' ? (
          <Space align="start" wrap>
            <Form.Item name="percentOff" label={t('coupons.percentOff')} extra={t('coupons.percentOffHelp')}>
              <InputNumber min={1} max={99} precision={0} suffix="%" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="cap" label={t('coupons.cap')} rules={[yuanRule(1, true)]}>
              <Input prefix="¥" inputMode="decimal" placeholder={t('coupons.noCap')} style={{ width: 160 }} />
            </Form.Item>
          </Space>
        ) : (
          <Form.Item name="amount" label={t('coupons.amount')} rules={[yuanRule(1)]}>
            <Input prefix="¥" inputMode="decimal" style={{ width: 160 }} data-testid="coupons-amount-input" />
          </Form.Item>
        )}
        <Form.Item
          name="threshold"
          label={t('coupons.threshold')}
          extra={t('coupons.thresholdHelp')}
          rules={[yuanRule(kind === 'threshold' ? 1 : 0)]}
        >
          <Input
            prefix="¥"
            inputMode="decimal"
            style={{ width: 160 }}
            data-testid="coupons-threshold-input"
          />
        </Form.Item>
        <Form.Item name="scope" label={t('coupons.scope')}>
          <Radio.Group
            options={(['all', 'products', 'categories'] as const).map((k) => ({
              value: k,
              label: t(`coupons.scope_${k}`),
            }))}
          />
        </Form.Item>
        {scope !== 'all' && (
          <Form.Item name="scopeIds" rules={[{ required: true, message: t('coupons.scopeRequired') }]}>
            <Select
              mode="multiple"
              showSearch={{ filterOption: false, onSearch: setQ }}
              options={scopeOptions}
              placeholder={t(`coupons.scope_${scope ?? 'products'}`)}
            />
          </Form.Item>
        )}
        <Form.Item name="storeIds" label={t('coupons.stores')} extra={t('coupons.storesHelp')}>
          <Select
            mode="multiple"
            allowClear
            options={(stores.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            placeholder={t('coupons.allStores')}
          />
        </Form.Item>
        <Form.Item name="validity" label={t('coupons.validity')}>
          <Radio.Group
            options={[
              { value: 'days', label: t('coupons.validity_days') },
              { value: 'fixed', label: t('coupons.validity_fixed') },
            ]}
          />
        </Form.Item>
        {validity === 'fixed' ? (
          <Form.Item name="window" rules={[{ required: true, message: t('coupons.windowRequired') }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        ) : (
          <Form.Item name="validDays" label={t('coupons.validDays')}>
            <InputNumber min={1} max={3650} precision={0} style={{ width: 140 }} />
          </Form.Item>
        )}
        <Space align="start" wrap>
          <Form.Item
            name="perMemberLimit"
            label={t('coupons.perMemberLimit')}
            extra={t('coupons.zeroNoLimit')}
          >
            <InputNumber min={0} max={1000} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="totalStock" label={t('coupons.totalStock')} extra={t('coupons.emptyUnlimited')}>
            <InputNumber min={1} max={100_000_000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
