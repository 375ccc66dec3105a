import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Adjustment } from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';

type Account = Adjustment['account'];

const ACCOUNT_COLOR: Record<Account, string> = {
  stored_value: 'blue',
  points: 'purple',
  card_sessions: 'cyan',
};

/** Which balance the adjustment corrects: 储值, 积分 or 次数. */
export function AccountTag({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Tag color={ACCOUNT_COLOR[account]} data-testid="approval-account" data-account={account}>
      {t(`approvals.account_${account}`)}
    </Tag>
  );
}

/** A signed change with its unit, coloured like the ledgers: "+¥10.00", "-20 积分". */
function Signed({ value, text }: { value: number; text: string }) {
  return (
    <Typography.Text type={value > 0 ? 'success' : 'danger'}>{value > 0 ? `+${text}` : text}</Typography.Text>
  );
}

/** What the adjustment changes, in the words of its account. */
export function AdjustmentChange({ adjustment: a }: { adjustment: Adjustment }) {
  const { t } = useTranslation();
  switch (a.account) {
    case 'stored_value':
      return (
        <Space size={8} data-testid="approval-change">
          {a.principalDeltaCents !== 0 && (
            <span>
              {t('wallet.principal')}{' '}
              <Signed value={a.principalDeltaCents} text={formatYuan(a.principalDeltaCents)} />
            </span>
          )}
          {a.bonusDeltaCents !== 0 && (
            <span>
              {t('wallet.bonus')} <Signed value={a.bonusDeltaCents} text={formatYuan(a.bonusDeltaCents)} />
            </span>
          )}
        </Space>
      );
    case 'points':
      return (
        <span data-testid="approval-change">
          <Signed value={a.pointsDelta} text={t('approvals.pointsChange', { count: a.pointsDelta })} />
        </span>
      );
    case 'card_sessions':
      return (
        <span data-testid="approval-change">
          {a.itemCode ?? '—'}{' '}
          <Signed value={a.sessionsDelta} text={t('approvals.sessionsChange', { count: a.sessionsDelta })} />
        </span>
      );
  }
}

/**
 * The value in fen the threshold was compared with, set against the current threshold (it may have
 * changed since the request).
 */
export function AdjustmentValue({
  valueCents,
  thresholdCents,
}: {
  valueCents: number;
  thresholdCents?: number;
}) {
  const { t } = useTranslation();
  return (
    <Space size={6} data-testid="approval-value">
      <span>{formatYuan(valueCents)}</span>
      {thresholdCents ? (
        valueCents > thresholdCents ? (
          <Tag color="gold">{t('approvals.aboveThreshold', { amount: formatYuan(thresholdCents) })}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {t('approvals.withinThreshold', { amount: formatYuan(thresholdCents) })}
          </Typography.Text>
        )
      ) : null}
    </Space>
  );
}
