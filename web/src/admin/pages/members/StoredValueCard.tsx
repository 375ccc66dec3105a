import { EditOutlined, WalletOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredValue } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';

interface Props {
  balances: StoredValue | undefined;
  loading: boolean;
  canRecharge: boolean;
  canAdjust: boolean;
  /** Why recharging or adjusting is not possible now (a frozen or erased member), if it is not. */
  blockedReason: string | null;
  onRecharge: () => void;
  onAdjust: () => void;
}

function Amount({ fen, testId }: { fen: number | undefined; testId: string }) {
  return <span data-testid={testId}>{fen === undefined ? '—' : formatYuan(fen)}</span>;
}

/** Principal (本金, refundable) and bonus (赠送, forfeited on refund) are shown apart on purpose. */
export function StoredValueCard({
  balances,
  loading,
  canRecharge,
  canAdjust,
  blockedReason,
  onRecharge,
  onAdjust,
}: Props) {
  const { t } = useTranslation();
  const explained = (button: ReactNode) =>
    blockedReason ? (
      <Tooltip title={blockedReason}>
        <span>{button}</span>
      </Tooltip>
    ) : (
      button
    );
  const buttons = (
    <Space size={8}>
      {canAdjust &&
        explained(
          <Button
            icon={<EditOutlined />}
            disabled={blockedReason !== null}
            onClick={onAdjust}
            data-testid="adjust-open"
          >
            {t('adjust.open')}
          </Button>,
        )}
      {canRecharge &&
        explained(
          <Button
            type="primary"
            icon={<WalletOutlined />}
            disabled={blockedReason !== null}
            onClick={onRecharge}
            data-testid="recharge-open"
          >
            {t('wallet.recharge')}
          </Button>,
        )}
    </Space>
  );
  return (
    <Card
      title={t('wallet.storedValue')}
      loading={loading && !balances}
      extra={(canRecharge || canAdjust) && buttons}
      data-testid="stored-value-card"
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
