import { WalletOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredValue } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';

interface Props {
  balances: StoredValue | undefined;
  loading: boolean;
  canRecharge: boolean;
  /** Why recharging is not possible now (a frozen or erased member), if it is not. */
  blockedReason: string | null;
  onRecharge: () => void;
}

function Amount({ fen, testId }: { fen: number | undefined; testId: string }) {
  return <span data-testid={testId}>{fen === undefined ? '—' : formatYuan(fen)}</span>;
}

/** Principal (本金, refundable) and bonus (赠送, forfeited on refund) are shown apart on purpose. */
export function StoredValueCard({ balances, loading, canRecharge, blockedReason, onRecharge }: Props) {
  const { t } = useTranslation();
  const button = (
    <Button
      type="primary"
      icon={<WalletOutlined />}
      disabled={blockedReason !== null}
      onClick={onRecharge}
      data-testid="recharge-open"
    >
      {t('wallet.recharge')}
    </Button>
  );
  return (
    <Card
      title={t('wallet.storedValue')}
      loading={loading && !balances}
      extra={
        canRecharge &&
        (blockedReason ? (
          <Tooltip title={blockedReason}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        ))
      }
      data-testid="stored-value-card"
      style={{ height: '100%' }}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Statistic
            title={t('wallet.total')}
            value={balances?.totalCents ?? 0}
            formatter={() => <Amount fen={balances?.totalCents} testId="balance-total" />}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('wallet.principal')}
            value={balances?.principalCents ?? 0}
            formatter={() => <Amount fen={balances?.principalCents} testId="balance-principal" />}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={t('wallet.bonus')}
            value={balances?.bonusCents ?? 0}
            formatter={() => <Amount fen={balances?.bonusCents} testId="balance-bonus" />}
          />
        </Col>
      </Row>
      {balances?.low && (
        <Alert
          type="warning"
          showIcon
          title={t('wallet.lowBalance')}
          style={{ marginTop: 12 }}
          data-testid="balance-low"
        />
      )}
    </Card>
  );
}
