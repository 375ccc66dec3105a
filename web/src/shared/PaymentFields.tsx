import { Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../api/client.ts';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'bank_card', 'wechat', 'alipay', 'other'];

interface Props {
  method: PaymentMethod;
  onMethod: (method: PaymentMethod) => void;
  paymentRef: string;
  onPaymentRef: (ref: string) => void;
  refTestId: string;
}

/** How the member paid and the terminal or QR reference: every dialog that takes money asks it the same way. */
export function PaymentFields({ method, onMethod, paymentRef, onPaymentRef, refTestId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{t('recharge.paymentMethod')}</Typography.Text>
      <div style={{ margin: '8px 0 12px' }}>
        <Segmented<PaymentMethod>
          block
          value={method}
          onChange={onMethod}
          options={PAYMENT_METHODS.map((m) => ({
            value: m,
            label: <span data-testid={`pay-${m}`}>{t(`wallet.method_${m}`)}</span>,
          }))}
        />
      </div>
      <Input
        allowClear
        maxLength={100}
        autoComplete="off"
        placeholder={t('recharge.paymentRefPlaceholder')}
        value={paymentRef}
        onChange={(e) => onPaymentRef(e.target.value)}
        data-testid={refTestId}
      />
    </>
  );
}
