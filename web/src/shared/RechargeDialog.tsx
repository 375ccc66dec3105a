import { Alert, Button, Empty, Input, Modal, Space, Spin, Typography, theme } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  api,
  type PaymentMethod,
  type RechargePlan,
  type RechargeResult,
  unwrap,
} from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { newIdempotencyKey } from '../lib/idempotency.ts';
import { formatYuan, formatYuanShort, parseYuan } from '../lib/money.ts';
import { useLoad } from '../lib/use-load.ts';
import type { LineStaff } from '../pos/cart.ts';
import { PaymentFields } from './PaymentFields.tsx';
import { PickTile } from './PickTile.tsx';
import { ServingStaffField } from './ServingStaffField.tsx';

const MAX_RECHARGE_FEN = 100_000_000;

interface Props {
  open: boolean;
  member: { id: string; name: string } | null;
  /** The store taking the money; recharges are always booked to the store at the counter. */
  storeId: string | null;
  onClose: () => void;
  onDone: (result: RechargeResult) => void;
}

/** Recharge stored value with a plan card or a custom amount. Shared by the back office and the cashier. */
export function RechargeDialog({ open, member, storeId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const plans = useLoad(
    () =>
      open
        ? unwrap(api.GET('/api/v1/recharge-plans', { params: { query: { includeArchived: 'false' } } }))
        : Promise.resolve([] as RechargePlan[]),
    [open],
  );
  const [planId, setPlanId] = useState<string | null>(null);
  const [amountText, setAmountText] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [paymentRef, setPaymentRef] = useState('');
  const [staff, setStaff] = useState<LineStaff[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per opening: every retry of this dialog's submission replays instead of charging again.
  const idempotencyKey = useRef('');

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    setPlanId(null);
    setAmountText('');
    setMethod('cash');
    setPaymentRef('');
    setStaff([]);
    setError(null);
  }, [open]);

  const activePlans = (plans.data ?? []).filter((p) => p.status === 'active');
  const plan = activePlans.find((p) => p.id === planId) ?? null;
  const customFen = amountText.trim() ? parseYuan(amountText) : null;
  const customInvalid =
    amountText.trim() !== '' && (customFen === null || customFen <= 0 || customFen > MAX_RECHARGE_FEN);
  const payFen = plan ? plan.payCents : customInvalid ? null : customFen;
  const bonusFen = plan ? plan.bonusCents : 0;
  const canSubmit = Boolean(member && storeId && payFen && !submitting);

  const submit = async () => {
    if (!member || !storeId || !payFen || submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const ref = paymentRef.trim();
      const result = await unwrap(
        api.POST('/api/v1/members/{id}/recharges', {
          params: { path: { id: member.id } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: {
            storeId,
            paymentMethod: method,
            ...(plan ? { planId: plan.id } : { amountCents: payFen }),
            ...(ref ? { paymentRef: ref } : {}),
            ...(staff.length ? { staff } : {}),
          },
        }),
      );
      onDone(result);
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  const pickPlan = (id: string) => {
    setPlanId(id);
    setAmountText('');
  };
  const onPlanKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pickPlan(id);
    }
  };
  // After a network failure or a 5xx the money may or may not have moved: say that retrying is safe.
  const retrySafe = error instanceof ApiError && (error.status === 0 || error.status >= 500);

  return (
    <Modal
      title={member ? t('recharge.title', { name: member.name }) : t('recharge.titlePlain')}
      open={open}
      onCancel={onClose}
      maskClosable={!submitting}
      width={600}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            size="large"
            loading={submitting}
            disabled={!canSubmit}
            onClick={() => void submit()}
            data-testid="recharge-submit"
          >
            {payFen ? t('recharge.submitAmount', { amount: formatYuan(payFen) }) : t('recharge.submit')}
          </Button>
        </Space>
      }
    >
      <div data-testid="recharge-dialog">
        {!storeId && (
          <Alert type="warning" showIcon title={t('recharge.noStore')} style={{ marginBottom: 12 }} />
        )}
        <Typography.Text strong>{t('recharge.plans')}</Typography.Text>
        {plans.error ? (
          <Alert type="error" showIcon title={errorText(t, plans.error)} style={{ margin: '8px 0' }} />
        ) : null}
        <Spin spinning={plans.loading}>
          {activePlans.length === 0 && !plans.loading ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recharge.noPlans')} />
          ) : (
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
                gap: 10,
                margin: '8px 0 16px',
              }}
            >
              {activePlans.map((p) => (
                <PlanCard
                  key={p.id}
                  plan={p}
                  selected={p.id === planId}
                  onPick={() => pickPlan(p.id)}
                  onKeyDown={(e) => onPlanKey(e, p.id)}
                />
              ))}
            </div>
          )}
        </Spin>
        <Typography.Text strong>{t('recharge.custom')}</Typography.Text>
        <Input
          size="large"
          prefix="¥"
          inputMode="decimal"
          autoComplete="off"
          placeholder={t('recharge.customPlaceholder')}
          value={amountText}
          status={customInvalid ? 'error' : undefined}
          onChange={(e) => {
            setAmountText(e.target.value);
            if (e.target.value) setPlanId(null);
          }}
          onPressEnter={() => void submit()}
          style={{ margin: '8px 0 4px' }}
          data-testid="recharge-amount"
        />
        <div style={{ minHeight: 22 }}>
          {customInvalid && <Typography.Text type="danger">{t('recharge.invalidAmount')}</Typography.Text>}
        </div>
        <PaymentFields
          method={method}
          onMethod={setMethod}
          paymentRef={paymentRef}
          onPaymentRef={setPaymentRef}
          refTestId="recharge-ref"
        />
        <ServingStaffField
          open={open}
          storeId={storeId}
          name={plan?.name ?? t('recharge.titlePlain')}
          value={staff}
          onChange={setStaff}
        />
        {payFen ? (
          <Alert
            type="info"
            style={{ marginTop: 16 }}
            data-testid="recharge-summary"
            title={t('recharge.summary', {
              pay: formatYuan(payFen),
              principal: formatYuan(payFen),
              bonus: formatYuan(bonusFen),
            })}
          />
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="recharge-error"
            title={errorText(t, error)}
            description={retrySafe ? t('recharge.retrySafe') : undefined}
          />
        ) : null}
      </div>
    </Modal>
  );
}

interface PlanCardProps {
  plan: RechargePlan;
  selected: boolean;
  onPick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

function PlanCard({ plan, selected, onPick, onKeyDown }: PlanCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <PickTile selected={selected} onPick={onPick} onKeyDown={onKeyDown} testId={`plan-${plan.id}`}>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
        {plan.name}
      </Typography.Text>
      <div style={{ fontSize: 20, fontWeight: 600, lineHeight: 1.4 }}>
        {t('recharge.planPay', { amount: formatYuanShort(plan.payCents) })}
      </div>
      <div style={{ color: plan.bonusCents > 0 ? token.colorSuccess : token.colorTextTertiary }}>
        {plan.bonusCents > 0
          ? t('recharge.planBonus', { amount: formatYuanShort(plan.bonusCents) })
          : t('recharge.planNoBonus')}
        {plan.points > 0 ? ` · ${t('recharge.planPoints', { points: plan.points })}` : ''}
      </div>
    </PickTile>
  );
}
