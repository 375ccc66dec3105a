import { Alert, App, Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adjustment, api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import { MemberLink } from './MemberLink.tsx';

export interface Decision {
  adjustment: Adjustment;
  approve: boolean;
}

interface Props {
  decision: Decision | null;
  onClose: () => void;
  onDecided: (result: Adjustment) => void;
}

/** Approve (which moves the money) or reject a pending adjustment, with an optional note. */
export function DecisionModal({ decision, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [saving, setSaving] = useState(false);
  // One key per opening: a double click or a retry approves (and pays) once.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (decision) idempotencyKey.current = newIdempotencyKey();
  }, [decision]);

  const submit = async () => {
    if (!decision) return;
    const { note } = await form.validateFields();
    const trimmed = note?.trim();
    const path = decision.approve ? '/api/v1/adjustments/{id}/approve' : '/api/v1/adjustments/{id}/reject';
    setSaving(true);
    try {
      const result = await unwrap(
        api.POST(path, {
          params: { path: { id: decision.adjustment.id } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: trimmed ? { note: trimmed } : {},
        }),
      );
      onDecided(result);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const a = decision?.adjustment;
  return (
    <Modal
      title={decision?.approve ? t('approvals.approveTitle') : t('approvals.rejectTitle')}
      open={decision !== null}
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
            danger={!decision?.approve}
            loading={saving}
            onClick={() => void submit()}
            data-testid="decision-submit"
          >
            {decision?.approve ? t('approvals.approve') : t('approvals.reject')}
          </Button>
        </Space>
      }
    >
      {a && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('approvals.member')}>
            <MemberLink id={a.memberId} />
          </Descriptions.Item>
          <Descriptions.Item label={t('wallet.principalDelta')}>
            {formatYuan(a.principalDeltaCents)}
          </Descriptions.Item>
          <Descriptions.Item label={t('wallet.bonusDelta')}>
            {formatYuan(a.bonusDeltaCents)}
          </Descriptions.Item>
          <Descriptions.Item label={t('adjust.reason')}>{a.reason}</Descriptions.Item>
        </Descriptions>
      )}
      {decision?.approve && (
        <Alert type="warning" showIcon title={t('approvals.approveHelp')} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" preserve={false} autoComplete="off">
        <Form.Item name="note" label={t('approvals.note')}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} data-testid="decision-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
