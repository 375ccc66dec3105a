import { Alert, App, Card, Col, Result, Row, Spin, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  type Adjustment,
  ApiError,
  api,
  type CardRefundResult,
  type MemberCard,
  type Recharge,
  type RechargeResult,
  type RefundResult,
  unwrap,
} from '../../../api/client.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { IssueCardDialog } from '../../../shared/IssueCardDialog.tsx';
import { RechargeDialog } from '../../../shared/RechargeDialog.tsx';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { MemberAppointmentsTab } from '../appointments/MemberAppointmentsTab.tsx';
import { MemberCouponsTab } from '../coupons/MemberCouponsTab.tsx';
import { MemberExchangeButton } from '../points-exchange/MemberExchangeButton.tsx';
import { AdjustModal, type AdjustTarget } from './AdjustModal.tsx';
import { CardRefundModal } from './CardRefundModal.tsx';
import { CardsTab } from './CardsTab.tsx';
import { type Consumed, ConsumeModal } from './ConsumeModal.tsx';
import { LedgerTab } from './LedgerTab.tsx';
import { MemberDrawer } from './MemberDrawer.tsx';
import { MemberHeader } from './MemberHeader.tsx';
import { PointsTab } from './PointsTab.tsx';
import { ProfileTab } from './ProfileTab.tsx';
import { RechargesTab } from './RechargesTab.tsx';
import { RefundModal } from './RefundModal.tsx';
import { StoredValueCard } from './StoredValueCard.tsx';
import { TimelineTab } from './TimelineTab.tsx';

const ADJUST_OUTCOME: Record<Adjustment['account'], { pending: string; applied: string }> = {
  stored_value: { pending: 'adjust.pending', applied: 'adjust.applied' },
  points: { pending: 'adjust.pendingPoints', applied: 'adjust.appliedPoints' },
  card_sessions: { pending: 'adjust.pendingSessions', applied: 'adjust.appliedSessions' },
};

/** Member 360: who they are, what they hold (stored value, cards, points), what moved. */
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
  const [adjusting, setAdjusting] = useState<AdjustTarget | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [consuming, setConsuming] = useState<MemberCard | null>(null);
  const [refundingCard, setRefundingCard] = useState<MemberCard | null>(null);

  const member = useLoad(() => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id } } })), [id]);
  const balances = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/stored-value', { params: { path: { id } } })),
    [id, version],
  );
  const recharges = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/recharges', { params: { path: { id } } })),
    [id, version],
  );

  const cards = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/cards', { params: { path: { id } } })),
    [id, version],
  );
  const levels = useLoad(() => unwrap(api.GET('/api/v1/levels')), []);
  // levelBasis says which running total the level progress is measured in.
  const settings = useLoad(() => unwrap(api.GET('/api/v1/settings')), []);

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

  const adjustDone = (result: Adjustment) => {
    setAdjusting(null);
    if (result.status === 'pending') {
      // Nothing moved yet: say so plainly, or staff will think the balance is wrong.
      modal.info({
        title: t('adjust.pendingTitle'),
        content: <div data-testid="adjust-pending">{t(ADJUST_OUTCOME[result.account].pending)}</div>,
        okText: t('common.ok'),
      });
      return;
    }
    // Points and sessions count too: points may move the level, and the cards reload with the version.
    moneyMoved();
    void message.success(t(ADJUST_OUTCOME[result.account].applied));
  };

  const cardIssued = (card: MemberCard) => {
    setIssuing(false);
    // A sale can raise spend totals, points and the level.
    moneyMoved();
    void message.success(t('cards.issued', { name: card.name }));
  };

  const consumed = (result: Consumed) => {
    setConsuming(null);
    setVersion((v) => v + 1);
    void message.success(
      result.sessionsLeft === null
        ? t('cards.consumedUnlimited', { item: result.itemName })
        : t('cards.consumed', { item: result.itemName, left: result.sessionsLeft }),
    );
  };

  const cardRefunded = (result: CardRefundResult) => {
    setRefundingCard(null);
    moneyMoved();
    // A dialog, not a toast: the cashier must hand back exactly this amount.
    modal.success({
      title: t('wallet.refundDone'),
      content: (
        <div data-testid="card-refund-result">
          {t('cards.refundedAmount', { amount: formatYuan(result.refundCents) })}
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

  return (
    <div data-testid="member-360">
      <Row gutter={[16, 16]}>
        <Col span={24}>
          {m.status === 'erased' && (
            <Alert type="warning" showIcon title={t('members.erasedNotice')} style={{ marginBottom: 12 }} />
          )}
          <MemberHeader
            member={m}
            levels={levels.data}
            basis={settings.data?.settings.levelBasis}
            onEdit={() => setEditing(true)}
            onChanged={() => void member.reload()}
          />
        </Col>
        <Col xs={24} lg={14}>
          <StoredValueCard
            balances={balances.data}
            loading={balances.loading}
            canRecharge={can('wallet.recharge')}
            canAdjust={can('wallet.adjust')}
            blockedReason={blockedReason}
            onRecharge={() => setRecharging(true)}
            onAdjust={() => setAdjusting({ account: 'stored_value' })}
          />
          <Card style={{ marginTop: 16 }}>
            <Tabs
              items={[
                {
                  key: 'ledger',
                  label: <span data-testid="tab-ledger">{t('member360.ledger')}</span>,
                  children: <LedgerTab memberId={m.id} version={version} storeLabel={storeLabel} />,
                },
                {
                  key: 'timeline',
                  label: <span data-testid="tab-timeline">{t('member360.timeline')}</span>,
                  children: (
                    <TimelineTab
                      memberId={m.id}
                      version={version}
                      levels={levels.data}
                      storeLabel={storeLabel}
                    />
                  ),
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
                  children: <ProfileTab member={m} levels={levels.data} version={version} />,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card>
            <Tabs
              items={[
                {
                  key: 'cards',
                  label: <span data-testid="tab-cards">{t('member360.cards')}</span>,
                  children: (
                    <CardsTab
                      cards={cards.data}
                      loading={cards.loading}
                      error={cards.error}
                      onRetry={() => void cards.reload()}
                      blockedReason={blockedReason}
                      onIssue={() => setIssuing(true)}
                      onConsume={setConsuming}
                      onRefund={setRefundingCard}
                      onAdjustSessions={(card, item) =>
                        setAdjusting({ account: 'card_sessions', card, item })
                      }
                      onChanged={() => void cards.reload()}
                    />
                  ),
                },
                {
                  key: 'points',
                  label: <span data-testid="tab-points">{t('member360.points')}</span>,
                  children: (
                    <>
                      {can('points.exchange') && (
                        <MemberExchangeButton
                          memberId={m.id}
                          disabled={m.status !== 'active'}
                          onDone={() => setVersion((v) => v + 1)}
                        />
                      )}
                      <PointsTab
                        memberId={m.id}
                        version={version}
                        onAdjust={
                          can('points.adjust') ? () => setAdjusting({ account: 'points' }) : undefined
                        }
                        blockedReason={blockedReason}
                      />
                    </>
                  ),
                },
                ...(can('appointments.read')
                  ? [
                      {
                        key: 'appointments',
                        label: <span data-testid="tab-appointments">{t('appointments.title')}</span>,
                        children: <MemberAppointmentsTab memberId={m.id} version={version} />,
                      },
                    ]
                  : []),
                {
                  key: 'coupons',
                  label: <span data-testid="tab-coupons">{t('member360.coupons')}</span>,
                  children: (
                    <MemberCouponsTab
                      memberId={m.id}
                      canIssue={can('coupons.manage')}
                      blockedReason={
                        m.status === 'active'
                          ? null
                          : t(`errors.MEMBER_${m.status === 'frozen' ? 'FROZEN' : 'ERASED'}`)
                      }
                    />
                  ),
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
      <AdjustModal
        target={adjusting}
        memberId={m.id}
        storeId={storeId}
        approvalThresholdCents={settings.data?.settings.approvalThresholdCents}
        onClose={() => setAdjusting(null)}
        onDone={adjustDone}
      />
      <IssueCardDialog
        open={issuing}
        member={m}
        storeId={storeId}
        onClose={() => setIssuing(false)}
        onDone={cardIssued}
      />
      <ConsumeModal
        card={consuming}
        storeId={storeId}
        onClose={() => setConsuming(null)}
        onConsumed={consumed}
      />
      <CardRefundModal
        card={refundingCard}
        storeId={storeId}
        onClose={() => setRefundingCard(null)}
        onRefunded={cardRefunded}
      />
    </div>
  );
}
