import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';

export type Rule = Schemas['CommissionRule'];

interface Values {
  name: string;
  scope: Rule['scope'];
  targetId?: string;
  kind?: 'goods' | 'service' | 'card' | 'gift_card';
  basis: Rule['basis'];
  assigned: string;
  requested: string;
  tiers: { from: string; assigned: string; requested: string }[];
}

/** Percent (two decimals → basis points) and yuan (→ fen) share one parser. */
const toValue = (text: string) => parseYuan(text) ?? Number.NaN;

/** Creates a rule, or edits one's name, basis, values and tiers (scope and target stay). */
export function RuleModal({
  rule,
  onClose,
}: {
  rule: Rule | null | undefined;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const scope = Form.useWatch('scope', form);
  const categories = useLoad(() => unwrap(api.GET('/api/v1/categories')), []);
  const products = useLoad(
    () => unwrap(api.GET('/api/v1/products', { params: { query: { q: q || undefined, limit: 20 } } })),
    [q],
  );
  const open = rule !== undefined;
  const initial: Values = rule
    ? {
        name: rule.name,
        scope: rule.scope,
        targetId: rule.targetId ?? undefined,
        kind: rule.kind ?? undefined,
        basis: rule.basis,
        assigned: fenToYuanText(rule.assignedValue),
        requested: fenToYuanText(rule.requestedValue),
        tiers: rule.tiers.map((x) => ({
          from: fenToYuanText(x.fromCents),
          assigned: fenToYuanText(x.assignedValue),
          requested: fenToYuanText(x.requestedValue),
        })),
      }
    : { name: '', scope: 'kind', kind: 'service', basis: 'percent', assigned: '', requested: '', tiers: [] };
  const valid = {
    validator: (_: unknown, v: string) =>
      Number.isFinite(toValue(v ?? '')) && toValue(v) >= 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('commission.rules.invalid'))),
  };

  const submit = async (v: Values) => {
    setSaving(true);
    const values = {
      name: v.name,
      basis: v.basis,
      assignedValue: toValue(v.assigned),
      requestedValue: v.requested ? toValue(v.requested) : toValue(v.assigned),
      tiers: (v.tiers ?? []).map((x) => ({
        fromCents: toValue(x.from),
        assignedValue: toValue(x.assigned),
        requestedValue: toValue(x.requested),
      })),
    };
    try {
      if (rule) {
        await unwrap(
          api.PATCH('/api/v1/commission/rules/{id}', { params: { path: { id: rule.id } }, body: values }),
        );
      } else {
        await unwrap(
          api.POST('/api/v1/commission/rules', {
            body: {
              ...values,
              scope: v.scope,
              ...(v.scope === 'product' || v.scope === 'category' ? { targetId: v.targetId } : {}),
              ...(v.scope === 'kind' ? { kind: v.kind } : {}),
            },
          }),
        );
      }
      void message.success(t('common.saved'));
      onClose(true);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={rule ? t('commission.rules.edit') : t('commission.rules.new')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={saving}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('commission.rules.name')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="rule-name" />
        </Form.Item>
        <Form.Item name="scope" label={t('commission.rules.scope')}>
          <Radio.Group
            disabled={Boolean(rule)}
            options={(['product', 'category', 'kind', 'recharge'] as const).map((s) => ({
              value: s,
              label: t(`commission.rules.scope_${s}`),
            }))}
          />
        </Form.Item>
        {scope === 'kind' && (
          <Form.Item name="kind" label={t('commission.rules.target')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(rule)}
              options={(['service', 'goods', 'card'] as const).map((k) => ({
                value: k,
                label: t(`commission.rules.kindOf_${k}`),
              }))}
            />
          </Form.Item>
        )}
        {scope === 'category' && (
          <Form.Item name="targetId" label={t('commission.rules.target')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(rule)}
              showSearch={{ optionFilterProp: 'label' }}
              options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        )}
        {scope === 'product' && (
          <Form.Item name="targetId" label={t('commission.rules.target')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(rule)}
              showSearch={{ filterOption: false, onSearch: setQ }}
              placeholder={t('commission.rules.searchProduct')}
              options={[
                ...(rule?.targetId && rule.targetName
                  ? [{ value: rule.targetId, label: rule.targetName }]
                  : []),
                ...(products.data?.items ?? [])
                  .filter((p) => p.id !== rule?.targetId)
                  .map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` })),
              ]}
            />
          </Form.Item>
        )}
        {scope === 'recharge' && <p style={{ color: '#8c8c8c' }}>{t('commission.rules.rechargeNote')}</p>}
        <Form.Item name="basis" label={t('commission.rules.basis')}>
          <Radio.Group
            options={(['percent', 'fixed'] as const).map((b) => ({
              value: b,
              label: t(`commission.rules.basis_${b}`),
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="assigned"
            label={t('commission.rules.assignedValue')}
            rules={[{ required: true }, valid]}
          >
            <Input style={{ width: 160 }} data-testid="rule-assigned" />
          </Form.Item>
          <Form.Item name="requested" label={t('commission.rules.requestedValue')} rules={[valid]}>
            <Input style={{ width: 160 }} data-testid="rule-requested" />
          </Form.Item>
        </Space>
        <Form.List name="tiers">
          {(fields, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8 }}>{t('commission.rules.tiers')}</div>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'from']} rules={[{ required: true }, valid]}>
                    <Input placeholder={t('commission.rules.tierFrom')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'assigned']} rules={[{ required: true }, valid]}>
                    <Input placeholder={t('commission.rules.assignedValue')} style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'requested']} rules={[{ required: true }, valid]}>
                    <Input placeholder={t('commission.rules.requestedValue')} style={{ width: 130 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                disabled={fields.length >= 10}
              >
                {t('commission.rules.addTier')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
