import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type CardRefundResult, type MemberCard, unwrap } from '../../../api/client.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { ReasonRefundModal } from './ReasonRefundModal.tsx';

interface Props {
  card: MemberCard | null;
  storeId: string | null;
  onClose: () => void;
  onRefunded: (result: CardRefundResult) => void;
}

/** Closes a card and pays back what is unused; the server works out the pro-rata amount. */
export function CardRefundModal({ card, storeId, onClose, onRefunded }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonRefundModal
      open={card !== null}
      title={t('cards.refundTitle')}
      help={t(card?.kind === 'time' ? 'cards.refundHelp_time' : 'cards.refundHelp_counted')}
      storeId={storeId}
      testIdPrefix="card-refund"
      details={
        card && (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('cards.card')}>{card.name}</Descriptions.Item>
            <Descriptions.Item label={t('cardProducts.price')}>
              {formatYuan(card.priceCents)}
            </Descriptions.Item>
            <Descriptions.Item label={t('cards.expiresAt')}>
              {card.expiresAt ? formatDate(card.expiresAt) : t('cards.noExpiry')}
            </Descriptions.Item>
          </Descriptions>
        )
      }
      send={(reason, key) =>
        unwrap(
          api.POST('/api/v1/cards/{id}/refund', {
            params: { path: { id: card?.id ?? '' } },
            headers: { 'Idempotency-Key': key },
            body: { storeId: storeId ?? '', reason },
          }),
        )
      }
      onClose={onClose}
      onRefunded={onRefunded}
    />
  );
}
