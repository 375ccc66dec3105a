import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  App,
  Badge,
  Button,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Adjustment, type AdjustmentStatus, api, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { AccountTag, AdjustmentChange, AdjustmentValue } from './AdjustmentChange.tsx';
import { type Decision, DecisionModal } from './DecisionModal.tsx';
import { MemberLink } from './MemberLink.tsx';

type HistoryFilter = 'all' | Exclude<AdjustmentStatus, 'pending'>;

const STATUS_COLOR: Record<AdjustmentStatus, string> = {
  pending: 'gold',
  applied: 'green',
  rejected: 'red',
};

/** 调账审批: adjustments above the approval threshold wait here for a second person. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, can } = useSession();
  const [tab, setTab] = useState<'pending' | 'history'>('pending');
  const [filter, setFilter] = useState<HistoryFilter>('all');
  const [decision, setDecision] = useState<Decision | null>(null);
  const canApprove = can('wallet.approve');

  const pending = useLoad(
    () => unwrap(api.GET('/api/v1/adjustments', { params: { query: { status: 'pending' } } })),
    [],
  );
  const history = useLoad(
    () =>
      tab === 'history'
        ? unwrap(
            api.GET('/api/v1/adjustments', { params: { query: filter === 'all' ? {} : { status: filter } } }),
          )
        : Promise.resolve(undefined),
    [tab, filter],
  );
  // Names of the people involved; without users.read we can still say which one is "me".
  const users = useLoad(
    () => (can('users.read') ? unwrap(api.GET('/api/v1/users')) : Promise.resolve([])),
    [],
  );
  // The value of each adjustment is shown against the tenant's current approval threshold.
  const settings = useLoad(() => unwrap(api.GET('/api/v1/settings')), []);
  const thresholdCents = settings.data?.settings.approvalThresholdCents;
  const userName = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  const storeName = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);
  const personLabel = (id: string | null) => {
    if (!id) return '—';
    const name = userName.get(id) ?? id.slice(0, 8);
    return id === me?.user.id ? `${name}${t('users.you')}` : name;
  };

  const decided = (result: Adjustment) => {
    setDecision(null);
    void message.success(t(result.status === 'applied' ? 'approvals.approved' : 'approvals.rejected'));
    void pending.reload();
    if (tab === 'history') void history.reload();
  };

  const base: TableColumnsType<Adjustment> = [
    { title: t('approvals.requestedAt'), dataIndex: 'requestedAt', width: 170, render: formatDateTime },
    { title: t('approvals.member'), dataIndex: 'memberId', render: (id: string) => <MemberLink id={id} /> },
    {
      title: t('approvals.account'),
      dataIndex: 'account',
      render: (v: Adjustment['account']) => <AccountTag account={v} />,
    },
    {
      title: t('approvals.change'),
      key: 'change',
      render: (_, a) => <AdjustmentChange adjustment={a} />,
    },
    {
      title: t('approvals.value'),
      dataIndex: 'valueCents',
      align: 'right',
      render: (v: number) => <AdjustmentValue valueCents={v} thresholdCents={thresholdCents} />,
    },
    { title: t('adjust.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('approvals.requestedBy'), dataIndex: 'requestedBy', render: personLabel },
    {
      title: t('wallet.store'),
      dataIndex: 'storeId',
      responsive: ['lg'],
      render: (id: string) => storeName.get(id) ?? id.slice(0, 8),
    },
  ];

  const actions: TableColumnsType<Adjustment> = canApprove
    ? [
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_, a) => {
            // The server refuses it too (SELF_APPROVAL); saying so up front saves a round trip.
            const own = a.requestedBy === me?.user.id;
            return (
              <Space size={0}>
                <Tooltip title={own ? t('errors.SELF_APPROVAL') : undefined}>
                  <Button
                    type="link"
                    size="small"
                    icon={<CheckOutlined />}
                    disabled={own}
                    onClick={() => setDecision({ adjustment: a, approve: true })}
                    data-testid="approval-approve"
                  >
                    {t('approvals.approve')}
                  </Button>
                </Tooltip>
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => setDecision({ adjustment: a, approve: false })}
                  data-testid="approval-reject"
                >
                  {t('approvals.reject')}
                </Button>
              </Space>
            );
          },
        },
      ]
    : [];

  const outcome: TableColumnsType<Adjustment> = [
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: AdjustmentStatus) => <Tag color={STATUS_COLOR[v]}>{t(`approvals.status_${v}`)}</Tag>,
    },
    { title: t('approvals.decidedBy'), dataIndex: 'decidedBy', render: personLabel },
    { title: t('approvals.decidedAt'), dataIndex: 'decidedAt', width: 170, render: formatDateTime },
    {
      title: t('approvals.note'),
      dataIndex: 'decisionNote',
      ellipsis: true,
      responsive: ['xl'],
      render: (v: string) => v || '—',
    },
  ];

  const table = (rows: Adjustment[] | undefined, loading: boolean, columns: TableColumnsType<Adjustment>) => (
    <Table<Adjustment>
      rowKey="id"
      size="middle"
      loading={loading && !rows}
      columns={columns}
      dataSource={rows ?? []}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      onRow={() => ({ 'data-testid': 'approval-row' }) as HTMLAttributes<HTMLElement>}
    />
  );

  const pendingCount = pending.data?.length ?? 0;
  return (
    <div data-testid="approvals-page">
      <PageCard
        title={t('approvals.title')}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void (tab === 'pending' ? pending.reload() : history.reload())}
            aria-label={t('common.refresh')}
          />
        }
      >
        <Typography.Paragraph type="secondary">
          {t(canApprove ? 'approvals.intro' : 'approvals.introRequester')}
        </Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as 'pending' | 'history')}
          items={[
            {
              key: 'pending',
              label: (
                <span data-testid="approvals-tab-pending">
                  {t('approvals.pending')} <Badge count={pendingCount} size="small" />
                </span>
              ),
              children: (
                <>
                  <LoadError error={pending.error} onRetry={() => void pending.reload()} />
                  {table(pending.data, pending.loading, [...base, ...actions])}
                </>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="approvals-tab-history">{t('approvals.history')}</span>,
              children: (
                <>
                  <Segmented<HistoryFilter>
                    value={filter}
                    onChange={setFilter}
                    style={{ marginBottom: 12 }}
                    options={(['all', 'applied', 'rejected'] as const).map((f) => ({
                      value: f,
                      label: f === 'all' ? t('common.all') : t(`approvals.status_${f}`),
                    }))}
                  />
                  <LoadError error={history.error} onRetry={() => void history.reload()} />
                  {table(
                    history.data?.filter((a) => filter !== 'all' || a.status !== 'pending'),
                    history.loading,
                    [...base, ...outcome],
                  )}
                </>
              ),
            },
          ]}
        />
      </PageCard>
      <DecisionModal
        decision={decision}
        thresholdCents={thresholdCents}
        onClose={() => setDecision(null)}
        onDecided={decided}
      />
    </div>
  );
}
