import { GiftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExchangeModal } from './ExchangeModal.tsx';

/** On the member page: exchange this member's points for a catalogue item. */
export function MemberExchangeButton({
  memberId,
  disabled,
  onDone,
}: {
  memberId: string;
  disabled: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<GiftOutlined />}
        disabled={disabled}
        onClick={() => setOpen(true)}
        style={{ marginBottom: 12 }}
        data-testid="member-exchange-open"
      >
        {t('exchange.exchange')}
      </Button>
      <ExchangeModal open={open} memberId={memberId} onClose={() => setOpen(false)} onDone={onDone} />
    </>
  );
}
