import { Alert, App, Form, InputNumber, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { groupCode } from '../giftcards/IssueGiftCardModal.tsx';
import { MemberPicker } from '../members/MemberPicker.tsx';

interface Props {
  open: boolean;
  /** Fixed on the member page; picked here elsewhere. */
  memberId?: string;
  onClose: () => void;
  onDone: () => void;
}

/** 积分兑换: a member's points for a catalogue item, in one transaction on the server. */
export function ExchangeModal({ open, memberId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { storeId, me } = useSession();
  const [form] = Form.useForm<{ memberId: string; itemId: string; qty: number }>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<Schemas['PointsExchange'] | null>(null);
  const items = useLoad(
    () =>
      open
        ? unwrap(api.GET('/api/v1/exchange-items', { params: { query: { includeArchived: 'false' } } }))
        : Promise.resolve([]),
    [open],
  );
  const chosenMember = Form.useWatch('memberId', form) ?? memberId;
  const points = useLoad(
    () =>
      chosenMember
        ? unwrap(api.GET('/api/v1/members/{id}/points', { params: { path: { id: chosenMember } } }))
        : Promise.resolve(null),
    [chosenMember, result],
  );
  const store = storeId ?? me?.stores[0]?.id ?? null;

  const close = () => {
    setResult(null);
    onClose();
  };
  const submit = async () => {
    const v = await form.validateFields();
    const id = memberId ?? v.memberId;
    if (!store || !id) return;
    setSaving(true);
    try {
      const res = await unwrap(
        api.POST('/api/v1/members/{id}/points-exchanges', {
          params: { path: { id } },
          headers: { 'Idempotency-Key': newIdempotencyKey() },
          body: { itemId: v.itemId, storeId: store, qty: v.qty ?? 1 },
        }),
      );
      setResult(res);
      onDone();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('exchange.exchangeTitle')}
      onCancel={close}
      onOk={result ? close : () => void submit()}
      okText={result ? t('common.ok') : t('exchange.exchange')}
      okButtonProps={{ loading: saving, disabled: !store, 'data-testid': 'exchange-ok' } as never}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      destroyOnHidden
    >
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid="exchange-result"
          title={t('exchange.done', { name: result.item.name, qty: result.qty, points: result.points })}
          description={
            <>
              <div>{t('exchange.pointsLeft', { points: result.pointsBalance })}</div>
              {result.coupons.map((c) => (
                <div key={c.id}>{t('exchange.couponCode', { code: c.code })}</div>
              ))}
              {result.giftCards.map((g) => (
                <div key={g.card.id}>
                  {t('exchange.giftCardCode', { amount: formatYuan(g.card.faceValueCents) })}{' '}
                  <Typography.Text strong copyable={{ text: g.code }}>
                    {groupCode(g.code)}
                  </Typography.Text>
                </div>
              ))}
            </>
          }
        />
      ) : (
        <Form form={form} layout="vertical" preserve={false} initialValues={{ qty: 1 }}>
          {!memberId && (
            <Form.Item name="memberId" label={t('exchange.member')} rules={[{ required: true }]}>
              <MemberPicker />
            </Form.Item>
          )}
          {points.data && (
            <Typography.Paragraph data-testid="exchange-points-balance">
              {t('exchange.pointsNow', { points: points.data.balance })}
            </Typography.Paragraph>
          )}
          <Form.Item name="itemId" label={t('exchange.item')} rules={[{ required: true }]}>
            <Select
              data-testid="exchange-item-select"
              options={(items.data ?? []).map((i) => ({
                value: i.id,
                disabled: i.left === 0,
                label: `${i.name} · ${t('exchange.pointsEach', { points: i.pointsCost })}${
                  i.left === null ? '' : ` · ${t('exchange.leftN', { n: i.left })}`
                }`,
              }))}
            />
          </Form.Item>
          <Form.Item name="qty" label={t('exchange.qty')}>
            <InputNumber min={1} max={20} precision={0} />
          </Form.Item>
          {!store && <Alert type="warning" title={t('exchange.pickStore')} />}
        </Form>
      )}
    </Modal>
  );
}
