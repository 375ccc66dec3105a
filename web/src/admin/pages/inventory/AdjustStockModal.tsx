import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { parseYuan } from '../../../lib/money.ts';
import type { StockLevel } from './types.ts';

interface Values {
  qtyDelta: number;
  reason: string;
  unitCost?: string;
}

/** 库存调整: units in or out with a reason; one Idempotency-Key per opening, reused by retries. */
export function AdjustStockModal({
  level,
  onClose,
  onDone,
}: {
  level: StockLevel | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  useEffect(() => {
    if (level) {
      form.resetFields();
      setKey(newIdempotencyKey());
    }
  }, [level, form]);

  const submit = async () => {
    if (!level) return;
    const v = await form.validateFields();
    const unitCostCents = v.unitCost?.trim() ? (parseYuan(v.unitCost) ?? undefined) : undefined;
    setSaving(true);
    try {
      await unwrap(
        api.POST('/api/v1/inventory/adjustments', {
          body: {
            storeId: level.storeId,
            productId: level.productId,
            qtyDelta: v.qtyDelta,
            reason: v.reason,
            ...(unitCostCents !== undefined && v.qtyDelta > 0 ? { unitCostCents } : {}),
          },
          headers: { 'idempotency-key': key },
        }),
      );
      void message.success(t('inventory.adjusted'));
      onDone();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={level !== null}
      title={t('inventory.adjustTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {level && (
        <Typography.Paragraph type="secondary">
          {t('inventory.adjustIntro', {
            product: level.productName,
            store: level.storeName,
            onHand: level.onHand,
          })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="qtyDelta"
          label={t('inventory.qtyDelta')}
          extra={t('inventory.qtyDeltaHelp')}
          rules={[
            { required: true, message: t('common.required', { field: t('inventory.qtyDelta') }) },
            {
              validator: (_, v) =>
                v === 0 ? Promise.reject(new Error(t('inventory.notZero'))) : Promise.resolve(),
            },
          ]}
        >
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="adjust-qty" />
        </Form.Item>
        <Form.Item name="unitCost" label={t('inventory.unitCostIn')} extra={t('inventory.unitCostInHelp')}>
          <Input prefix="¥" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('inventory.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('inventory.reason') }),
            },
          ]}
        >
          <Input maxLength={200} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
