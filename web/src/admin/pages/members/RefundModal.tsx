import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Recharge, type RefundResult, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';

interface Props {
  recharge: Recharge | null;
  storeId: string | null;
  onClose: () => void;
  onRefunded: (result: RefundResult) => void;
}

/** Refunds what is left of a recharge's principal; the matching bonus is forfeited by the server. */
export function RefundModal({ recharge, storeId, onClose, onRefunded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  // One key per opening, reused by retries, so a refund is never paid out twice.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (recharge) idempotencyKey.current = newIdempotencyKey();
  }, [recharge]);

  const submit = async () => {
    if (!recharge || !storeId) return;
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      const result = await unwrap(
        api.POST('/api/v1/recharges/{id}/refund', {
          params: { path: { id: recharge.id } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: { storeId, reason: reason.trim() },
        }),
      );
      onRefunded(result);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('wallet.refundTitle')}
      open={recharge !== null}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okText={t('wallet.refundOk')}
      okButtonProps={{ danger: true, disabled: !storeId }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      {recharge && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('wallet.principal')}>
            {formatYuan(recharge.principalCents)}
          </Descriptions.Item>
          <Descriptions.Item label={t('wallet.bonus')}>{formatYuan(recharge.bonusCents)}</Descriptions.Item>
        </Descriptions>
      )}
      <Alert type="warning" showIcon title={t('wallet.refundHelp')} style={{ marginBottom: 12 }} />
      {!storeId && <Alert type="error" title={t('recharge.noStore')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" preserve={false} autoComplete="off">
        <Form.Item
          name="reason"
          label={t('wallet.refundReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('wallet.refundReason') }),
            },
          ]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="refund-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
