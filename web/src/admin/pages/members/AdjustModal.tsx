import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adjustment, api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan, parseYuan } from '../../../lib/money.ts';

interface Values {
  principal: string;
  bonus: string;
  reason: string;
}

interface Props {
  open: boolean;
  memberId: string;
  storeId: string | null;
  /** Above this (fen, principal and bonus together) the adjustment waits for approval; 0 = never. */
  approvalThresholdCents: number | undefined;
  onClose: () => void;
  onDone: (adjustment: Adjustment) => void;
}

const MAX_FEN = 100_000_000;

/** 调账: a manual correction of principal and/or bonus, either way, always with a reason. */
export function AdjustModal({ open, memberId, storeId, approvalThresholdCents, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // One key per opening: a retry after a timeout records one adjustment, not two.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (open) idempotencyKey.current = newIdempotencyKey();
  }, [open]);

  // An empty field means "no change"; a leading minus takes money off.
  const toFen = (text: string | undefined) => (text?.trim() ? parseYuan(text) : 0);
  const amountRule = {
    validator: async (_: unknown, text: string | undefined) => {
      const fen = toFen(text);
      if (fen === null || Math.abs(fen) > MAX_FEN) throw new Error(t('adjust.invalidAmount'));
    },
  };

  const submit = async () => {
    if (!storeId) return;
    const v = await form.validateFields();
    const principalDeltaCents = toFen(v.principal) ?? 0;
    const bonusDeltaCents = toFen(v.bonus) ?? 0;
    if (principalDeltaCents === 0 && bonusDeltaCents === 0) {
      form.setFields([{ name: 'principal', errors: [t('adjust.nothingToChange')] }]);
      return;
    }
    setSaving(true);
    try {
      const result = await unwrap(
        api.POST('/api/v1/members/{id}/adjustments', {
          params: { path: { id: memberId } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: { storeId, principalDeltaCents, bonusDeltaCents, reason: v.reason.trim() },
        }),
      );
      onDone(result);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('adjust.title')}
      open={open}
      onCancel={onClose}
      maskClosable={!saving}
      footer={
        <Space>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!storeId}
            onClick={() => void submit()}
            data-testid="adjust-submit"
          >
            {t('adjust.submit')}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('adjust.help')}
        description={
          approvalThresholdCents
            ? t('adjust.thresholdHint', { amount: formatYuan(approvalThresholdCents) })
            : undefined
        }
      />
      {!storeId && <Alert type="error" title={t('recharge.noStore')} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        autoComplete="off"
        initialValues={{ principal: '', bonus: '', reason: '' }}
      >
        <Form.Item name="principal" label={t('wallet.principalDelta')} rules={[amountRule]}>
          <Input
            prefix="¥"
            inputMode="decimal"
            placeholder={t('adjust.amountPlaceholder')}
            style={{ maxWidth: 220 }}
            data-testid="adjust-principal"
          />
        </Form.Item>
        <Form.Item name="bonus" label={t('wallet.bonusDelta')} rules={[amountRule]}>
          <Input
            prefix="¥"
            inputMode="decimal"
            placeholder={t('adjust.amountPlaceholder')}
            style={{ maxWidth: 220 }}
            data-testid="adjust-bonus"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('adjust.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('adjust.reason') }),
            },
          ]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="adjust-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
