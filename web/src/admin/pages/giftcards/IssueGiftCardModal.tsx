import { Alert, App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan, parseYuan } from '../../../lib/money.ts';
import { useSession } from '../../auth/session.tsx';

interface Props {
  open: boolean;
  onClose: () => void;
  onIssued: () => void;
}

interface Values {
  face: string;
  storeId: string;
  expiresAt?: Dayjs | null;
  reason: string;
}

/** The code is grouped by fours for reading aloud and typing. */
export const groupCode = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');

/** Issue a card by hand (a goodwill gift, a prize): the code is shown here once, then only its last four. */
export function IssueGiftCardModal({ open, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, storeId } = useSession();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [issued, setIssued] = useState<Schemas['IssuedGiftCard'] | null>(null);

  const close = () => {
    setIssued(null);
    onClose();
  };
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const res = await unwrap(
        api.POST('/api/v1/gift-cards', {
          headers: { 'Idempotency-Key': newIdempotencyKey() },
          body: {
            faceValueCents: parseYuan(v.face) ?? 0,
            storeId: v.storeId,
            reason: v.reason,
            ...(v.expiresAt ? { expiresAt: v.expiresAt.endOf('day').toISOString() } : {}),
          },
        }),
      );
      setIssued(res);
      onIssued();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('giftcards.issueTitle')}
      onCancel={close}
      onOk={issued ? close : () => void submit()}
      okText={issued ? t('common.ok') : t('giftcards.issue')}
      cancelButtonProps={issued ? { style: { display: 'none' } } : undefined}
      okButtonProps={{ loading: saving, 'data-testid': 'giftcard-issue-ok' } as never}
      destroyOnHidden
    >
      {issued ? (
        <Alert
          type="success"
          showIcon
          title={t('giftcards.issuedTitle', { amount: formatYuan(issued.card.faceValueCents) })}
          description={
            <>
              <Typography.Title level={4} copyable={{ text: issued.code }} data-testid="giftcard-issued-code">
                {groupCode(issued.code)}
              </Typography.Title>
              <Typography.Text type="secondary">{t('giftcards.codeOnce')}</Typography.Text>
            </>
          }
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ storeId: storeId ?? me?.stores[0]?.id }}
          autoComplete="off"
        >
          <Form.Item
            name="face"
            label={t('giftcards.face')}
            rules={[
              {
                validator: (_, text: string | undefined) => {
                  const fen = parseYuan(text ?? '');
                  return fen !== null && fen > 0 && fen <= 10_000_000
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('giftcards.faceInvalid')));
                },
              },
            ]}
          >
            <Input prefix="¥" inputMode="decimal" data-testid="giftcard-issue-face" />
          </Form.Item>
          <Form.Item name="storeId" label={t('giftcards.store')} rules={[{ required: true }]}>
            <Select options={(me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="expiresAt" label={t('giftcards.expiresAt')} extra={t('giftcards.expiryHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('giftcards.reason')}
            rules={[{ required: true, whitespace: true, message: t('giftcards.reasonRequired') }]}
          >
            <Input maxLength={200} data-testid="giftcard-issue-reason" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
