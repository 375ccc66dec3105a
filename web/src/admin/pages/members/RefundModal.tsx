import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Recharge, type RefundResult, unwrap } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { ReasonRefundModal } from './ReasonRefundModal.tsx';

interface Props {
  recharge: Recharge | null;
  storeId: string | null;
  onClose: () => void;
  onRefunded: (result: RefundResult) => void;
}

/** Refunds what is left of a recharge's principal; the matching bonus is forfeited by the server. */
export function RefundModal({ recharge, storeId, onClose, onRefunded }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonRefundModal
      open={recharge !== null}
      title={t('wallet.refundTitle')}
      help={t('wallet.refundHelp')}
      storeId={storeId}
      testIdPrefix="refund"
      details={
        recharge && (
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('wallet.principal')}>
              {formatYuan(recharge.principalCents)}
            </Descriptions.Item>
            <Descriptions.Item label={t('wallet.bonus')}>{formatYuan(recharge.bonusCents)}</Descriptions.Item>
          </Descriptions>
        )
      }
      send={(reason, key) =>
        unwrap(
          api.POST('/api/v1/recharges/{id}/refund', {
            params: { path: { id: recharge?.id ?? '' } },
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
