import { Alert, App, Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adjustment, api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { AccountTag, AdjustmentChange, AdjustmentValue } from './AdjustmentChange.tsx';
import { MemberLink } from './MemberLink.tsx';

export interface Decision {
  adjustment: Adjustment;
  approve: boolean;
}

interface Props {
  decision: Decision | null;
  /** The tenant's current approval threshold in fen, to set the value against. */
  thresholdCents: number | undefined;
  onClose: () => void;
  onDecided: (result: Adjustment) => void;
}

/** Approve (which moves the money) or reject a pending adjustment, with an optional note. */
export function DecisionModal({ decision, thresholdCents, onClose, onDecided }: Props) {
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
          <Descriptions.Item label={t('approvals.account')}>
            <AccountTag account={a.account} />
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.change')}>
            <AdjustmentChange adjustment={a} />
          </Descriptions.Item>
          <Descriptions.Item label={t('approvals.value')}>
            <AdjustmentValue valueCents={a.valueCents} thresholdCents={thresholdCents} />
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
