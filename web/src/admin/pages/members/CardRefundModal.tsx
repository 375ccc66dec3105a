import { Alert, App, Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CardRefundResult, type MemberCard, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';

interface Props {
  card: MemberCard | null;
  storeId: string | null;
  onClose: () => void;
  onRefunded: (result: CardRefundResult) => void;
}

/** Closes a card and pays back what is unused; the server works out the pro-rata amount. */
export function CardRefundModal({ card, storeId, onClose, onRefunded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  // One key per opening, reused by retries, so a card is never paid out twice.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (card) idempotencyKey.current = newIdempotencyKey();
  }, [card]);

  const submit = async () => {
    if (!card || !storeId) return;
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      const result = await unwrap(
        api.POST('/api/v1/cards/{id}/refund', {
          params: { path: { id: card.id } },
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
      title={t('cards.refundTitle')}
      open={card !== null}
      onCancel={onClose}
      maskClosable={!saving}
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
            data-testid="card-refund-submit"
          >
            {t('wallet.refundOk')}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      {card && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('cards.card')}>{card.name}</Descriptions.Item>
          <Descriptions.Item label={t('cardProducts.price')}>{formatYuan(card.priceCents)}</Descriptions.Item>
          <Descriptions.Item label={t('cards.expiresAt')}>
            {card.expiresAt ? formatDate(card.expiresAt) : t('cards.noExpiry')}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Alert
        type="warning"
        showIcon
        title={t(card?.kind === 'time' ? 'cards.refundHelp_time' : 'cards.refundHelp_counted')}
        style={{ marginBottom: 12 }}
      />
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
            data-testid="card-refund-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
