import { RollbackOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recharge } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { LoadError } from '../../components/LoadError.tsx';

interface Props {
  recharges: Recharge[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  canRefund: boolean;
  onRefund: (recharge: Recharge) => void;
  storeLabel: (id: string | null) => string;
}

export function RechargesTab({ recharges, loading, error, onRetry, canRefund, onRefund, storeLabel }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Recharge> = [
    { title: t('wallet.at'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
    {
      title: t('wallet.principal'),
      dataIndex: 'principalCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('wallet.bonus'),
      dataIndex: 'bonusCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('recharge.paymentMethod'),
      dataIndex: 'paymentMethod',
      render: (v: Recharge['paymentMethod'], r) => (
        <>
          {t(`wallet.method_${v}`)}
          {r.paymentRef && (
            <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
              {r.paymentRef}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('wallet.store'), dataIndex: 'storeId', render: storeLabel, responsive: ['lg'] },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: Recharge['status'], r) =>
        v === 'completed' ? (
          <Tag color="green">{t('wallet.status_completed')}</Tag>
        ) : (
          <span>
            <Tag color="orange">{t('wallet.status_refunded')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('wallet.refundedSummary', {
                principal: formatYuan(r.refundedPrincipalCents),
                bonus: formatYuan(r.forfeitedBonusCents),
              })}
            </Typography.Text>
          </span>
        ),
    },
    ...(canRefund
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: Recharge) =>
              r.status === 'completed' && (
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<RollbackOutlined />}
                  onClick={() => onRefund(r)}
                  data-testid="recharge-refund"
                >
                  {t('wallet.refund')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="recharges-table">
      <LoadError error={error} onRetry={onRetry} />
      <Table<Recharge>
        rowKey="id"
        size="small"
        loading={loading && !recharges}
        columns={columns}
        dataSource={recharges ?? []}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
