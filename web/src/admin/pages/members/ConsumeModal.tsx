import { Alert, Button, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MemberCard, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';

export interface Consumed {
  itemName: string;
  sessionsLeft: number | null;
}

interface Props {
  card: MemberCard | null;
  storeId: string | null;
  onClose: () => void;
  onConsumed: (result: Consumed) => void;
}

const usable = (item: MemberCard['items'][number]) => item.sessionsLeft === null || item.sessionsLeft > 0;

/** 核销: uses one session of one item on a card. */
export function ConsumeModal({ card, storeId, onClose, onConsumed }: Props) {
  const { t } = useTranslation();
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per opening: a double click or a retry after a timeout takes one session, not two.
  const idempotencyKey = useRef('');
  useEffect(() => {
    if (!card) return;
    idempotencyKey.current = newIdempotencyKey();
    const open = card.items.filter(usable);
    // One usable item is the usual case (a 10-wash card): preselect it so the cashier only confirms.
    setItemCode(open.length === 1 ? (open[0]?.itemCode ?? null) : null);
    setError(null);
  }, [card]);

  const submit = async () => {
    if (!card || !storeId || !itemCode) return;
    setSaving(true);
    setError(null);
    try {
      const result = await unwrap(
        api.POST('/api/v1/cards/{id}/consume', {
          params: { path: { id: card.id } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: { itemCode, storeId },
        }),
      );
      const item = card.items.find((i) => i.itemCode === itemCode);
      onConsumed({ itemName: item?.itemName ?? itemCode, sessionsLeft: result.sessionsLeft });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={card ? t('cards.consumeTitle', { name: card.name }) : t('cards.consume')}
      open={card !== null}
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
            loading={saving}
            disabled={!itemCode || !storeId}
            onClick={() => void submit()}
            data-testid="card-consume-submit"
          >
            {t('cards.consumeOk')}
          </Button>
        </Space>
      }
    >
      {!storeId && (
        <Alert type="warning" showIcon title={t('recharge.noStore')} style={{ marginBottom: 12 }} />
      )}
      <Typography.Paragraph type="secondary">{t('cards.pickItem')}</Typography.Paragraph>
      <Radio.Group value={itemCode} onChange={(e) => setItemCode(e.target.value as string)}>
        <Space orientation="vertical">
          {card?.items.map((item) => (
            <Radio
              key={item.itemCode}
              value={item.itemCode}
              disabled={!usable(item)}
              data-testid={`consume-item-${item.itemCode}`}
            >
              {item.itemName}{' '}
              <Typography.Text type="secondary">
                {item.sessionsLeft === null
                  ? t('cards.unlimited')
                  : t('cards.sessionsLeft', { left: item.sessionsLeft, total: item.sessionsTotal ?? 0 })}
              </Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="card-consume-error"
          title={errorText(t, error)}
        />
      ) : null}
    </Modal>
  );
}
