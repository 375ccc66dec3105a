import { App, Button, Drawer, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type RechargePlan, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText, parseYuan } from '../../../lib/money.ts';

interface Values {
  name: string;
  pay: string;
  bonus: string;
  points: number | null;
  sort: number | null;
}

interface Props {
  /** undefined: closed; null: create; a plan: edit. */
  plan: RechargePlan | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}

const MAX_FEN = 100_000_000;

export function RechargePlanDrawer({ plan, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const initialValues: Values = plan
    ? {
        name: plan.name,
        pay: fenToYuanText(plan.payCents),
        bonus: fenToYuanText(plan.bonusCents),
        points: plan.points,
        sort: plan.sort,
      }
    : { name: '', pay: '', bonus: '0', points: 0, sort: null };

  // Amounts are typed in yuan and sent as integer fen; parseYuan never goes through floats.
  const yuanRule = (min: number) => ({
    validator: async (_: unknown, text: string) => {
      const fen = parseYuan(text ?? '');
      if (fen === null || fen < min || fen > MAX_FEN) throw new Error(t('plans.invalidAmount'));
    },
  });

  const submit = async () => {
    const v = await form.validateFields();
    const name = v.name.trim();
    const sort = v.sort ?? undefined;
    setSaving(true);
    try {
      if (plan) {
        await unwrap(
          api.PATCH('/api/v1/recharge-plans/{id}', {
            params: { path: { id: plan.id } },
            body: { name, ...(sort !== undefined ? { sort } : {}) },
          }),
        );
        void message.success(t('common.saved'));
      } else {
        await unwrap(
          api.POST('/api/v1/recharge-plans', {
            body: {
              name,
              payCents: parseYuan(v.pay) ?? 0,
              bonusCents: parseYuan(v.bonus) ?? 0,
              points: v.points ?? 0,
              ...(sort !== undefined ? { sort } : {}),
            },
          }),
        );
        void message.success(t('common.created'));
      }
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={plan ? t('plans.edit') : t('plans.new')}
      open={plan !== undefined}
      onClose={onClose}
      size={420}
      destroyOnHidden
      data-testid="plans-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="plans-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" autoComplete="off" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="name"
          label={t('plans.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('plans.name') }) },
          ]}
        >
          <Input maxLength={50} placeholder={t('plans.namePlaceholder')} data-testid="plans-name-input" />
        </Form.Item>
        <Form.Item
          name="pay"
          label={t('plans.pay')}
          rules={plan ? [] : [yuanRule(1)]}
          extra={plan ? t('plans.amountsFixed') : undefined}
        >
          <Input prefix="¥" inputMode="decimal" disabled={Boolean(plan)} data-testid="plans-pay-input" />
        </Form.Item>
        <Form.Item name="bonus" label={t('plans.bonus')} rules={plan ? [] : [yuanRule(0)]}>
          <Input prefix="¥" inputMode="decimal" disabled={Boolean(plan)} data-testid="plans-bonus-input" />
        </Form.Item>
        <Form.Item name="points" label={t('plans.points')}>
          <InputNumber
            min={0}
            max={10_000_000}
            precision={0}
            disabled={Boolean(plan)}
            style={{ width: 160 }}
            data-testid="plans-points-input"
          />
        </Form.Item>
        <Form.Item name="sort" label={t('plans.sort')} extra={t('plans.sortHelp')}>
          <InputNumber
            min={0}
            max={9999}
            precision={0}
            style={{ width: 160 }}
            data-testid="plans-sort-input"
          />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
