import { Alert, App, Card, Col, Empty, Result, Row, Spin, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  ApiError,
  api,
  type Recharge,
  type RechargeResult,
  type RefundResult,
  unwrap,
} from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { RechargeDialog } from '../../../shared/RechargeDialog.tsx';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { LedgerTab } from './LedgerTab.tsx';
import { MemberDrawer } from './MemberDrawer.tsx';
import { MemberHeader } from './MemberHeader.tsx';
import { ProfileTab } from './ProfileTab.tsx';
import { RechargesTab } from './RechargesTab.tsx';
import { RefundModal } from './RefundModal.tsx';
import { StoredValueCard } from './StoredValueCard.tsx';

/** Member 360: who they are, what they hold, what moved. Cards, points and timeline come later. */
export function MemberPage() {
  const { id = '' } = useParams<{ id: string }>();
  // Keyed by id: following a referrer link starts from a clean page, never the previous member's data.
  return <Member360 key={id} id={id} />;
}

function Member360({ id }: { id: string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { me, can, storeId } = useSession();
  // Bumped after anything that moves money, so balances, ledger and recharges reload together.
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState(false);
  const [recharging, setRecharging] = useState(false);
  const [refunding, setRefunding] = useState<Recharge | null>(null);

  const member = useLoad(() => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id } } })), [id]);
  const balances = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/stored-value', { params: { path: { id } } })),
    [id, version],
  );
  const recharges = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/recharges', { params: { path: { id } } })),
    [id, version],
  );

  const storeName = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);
  const storeLabel = (sid: string | null) => (sid ? (storeName.get(sid) ?? sid.slice(0, 8)) : '—');

  const moneyMoved = () => {
    setVersion((v) => v + 1);
    // Totals such as 累计充值 live on the member row.
    void member.reload();
  };

  const rechargeDone = (result: RechargeResult) => {
    setRecharging(false);
    moneyMoved();
    void message.success(
      t('recharge.done', {
        principal: formatYuan(result.recharge.principalCents),
        bonus: formatYuan(result.recharge.bonusCents),
      }),
    );
  };

  const refundDone = (result: RefundResult) => {
    setRefunding(null);
    moneyMoved();
    // A dialog, not a toast: the cashier must hand back exactly this amount.
    modal.success({
      title: t('wallet.refundDone'),
      content: (
        <div data-testid="refund-result">
          {t('wallet.refundedSummary', {
            principal: formatYuan(result.refundedPrincipalCents),
            bonus: formatYuan(result.forfeitedBonusCents),
          })}
        </div>
      ),
      okText: t('common.ok'),
    });
  };

  const m = member.data;
  if (!m) {
    if (member.error instanceof ApiError && member.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('errors.MEMBER_NOT_FOUND')}
          extra={<Link to="/members">{t('members.backToList')}</Link>}
        />
      );
    }
    return member.error ? (
      <LoadError error={member.error} onRetry={() => void member.reload()} />
    ) : (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
        <Spin size="large" />
      </div>
    );
  }

  const blockedReason =
    m.status === 'frozen'
      ? t('errors.MEMBER_FROZEN')
      : m.status === 'erased'
        ? t('errors.MEMBER_ERASED')
        : !storeId
          ? t('recharge.noStore')
          : null;

  const comingSoon = (key: 'cards' | 'points' | 'timeline') => ({
    key,
    label: t(`member360.${key}`),
    children: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member360.comingSoon')} />,
  });

  return (
    <div data-testid="member-360">
      <Row gutter={[16, 16]}>
        <Col span={24}>
          {m.status === 'erased' && (
            <Alert type="warning" showIcon title={t('members.erasedNotice')} style={{ marginBottom: 12 }} />
          )}
          <MemberHeader member={m} onEdit={() => setEditing(true)} onChanged={() => void member.reload()} />
        </Col>
        <Col xs={24} lg={14}>
          <StoredValueCard
            balances={balances.data}
            loading={balances.loading}
            canRecharge={can('wallet.recharge')}
            blockedReason={blockedReason}
            onRecharge={() => setRecharging(true)}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('member360.upcoming')} data-testid="member-coming-soon" style={{ height: '100%' }}>
            <Tabs size="small" items={[comingSoon('cards'), comingSoon('points'), comingSoon('timeline')]} />
          </Card>
        </Col>
        <Col span={24}>
          <Card>
            <Tabs
              items={[
                {
                  key: 'ledger',
                  label: <span data-testid="tab-ledger">{t('member360.ledger')}</span>,
                  children: <LedgerTab memberId={m.id} version={version} storeLabel={storeLabel} />,
                },
                {
                  key: 'recharges',
                  label: <span data-testid="tab-recharges">{t('member360.recharges')}</span>,
                  children: (
                    <RechargesTab
                      recharges={recharges.data}
                      loading={recharges.loading}
                      error={recharges.error}
                      onRetry={() => void recharges.reload()}
                      canRefund={can('wallet.refund') && m.status !== 'erased'}
                      onRefund={setRefunding}
                      storeLabel={storeLabel}
                    />
                  ),
                },
                {
                  key: 'profile',
                  label: <span data-testid="tab-profile">{t('member360.profile')}</span>,
                  children: <ProfileTab member={m} />,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <MemberDrawer
        member={editing ? m : undefined}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void member.reload();
        }}
      />
      <RechargeDialog
        open={recharging}
        member={m}
        storeId={storeId}
        onClose={() => setRecharging(false)}
        onDone={rechargeDone}
      />
      <RefundModal
        recharge={refunding}
        storeId={storeId}
        onClose={() => setRefunding(null)}
        onRefunded={refundDone}
      />
    </div>
  );
}
