import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';

interface Props<T> {
  open: boolean;
  title: string;
  /** What is being refunded, shown above the warning. */
  details: ReactNode;
  help: string;
  storeId: string | null;
  testIdPrefix: string;
  /** Sends the refund with the reason and this opening's Idempotency-Key. */
  send: (reason: string, idempotencyKey: string) => Promise<T>;
  onClose: () => void;
  onRefunded: (result: T) => void;
}

/**
 * Asks for a reason and sends a refund. One Idempotency-Key per opening, reused by retries, so
 * a double click or a retry after a lost answer never pays out twice.
 */
export function ReasonRefundModal<T>({
  open,
  title,
  details,
  help,
  storeId,
  testIdPrefix,
  send,
  onClose,
  onRefunded,
}: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (open) idempotencyKey.current = newIdempotencyKey();
  }, [open]);

  const submit = async () => {
    if (!storeId) return;
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      onRefunded(await send(reason.trim(), idempotencyKey.current));
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      maskClosable={!saving}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            danger
            loading={saving}
            disabled={!storeId}
            onClick={() => void submit()}
            data-testid={`${testIdPrefix}-submit`}
          >
            {t('wallet.refundOk')}
          </Button>
        </Space>
      }
    >
      {details}
      <Alert type="warning" showIcon title={help} style={{ marginBottom: 12 }} />
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
          <Input.TextArea
            maxLength={200}
            autoSize={{ minRows: 2, maxRows: 4 }}
            data-testid={`${testIdPrefix}-reason`}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
