import { Alert, Button, Empty, Input, InputNumber, Modal, Segmented, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';
import { fenToYuanText, formatYuan, parseYuan } from '../lib/money.ts';
import { type LineStaff, MAX_QTY, type ManualDiscount, staffProblem, toggleStaff } from './cart.ts';

export type SaleStaff = Schemas['SaleStaff'];

/** F3: the selected line's quantity. */
export function QtyDialog({
  open,
  name,
  qty,
  onClose,
  onSet,
}: {
  open: boolean;
  name: string;
  qty: number;
  onClose: () => void;
  onSet: (qty: number) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | null>(qty);
  useEffect(() => {
    if (open) setValue(qty);
  }, [open, qty]);
  const ok = value !== null && Number.isInteger(value) && value >= 1 && value <= MAX_QTY;
  return (
    <Modal
      open={open}
      title={t('pos.qtyTitle', { name })}
      onCancel={onClose}
      onOk={() => ok && onSet(value)}
      okButtonProps={{ disabled: !ok }}
      destroyOnHidden
      width={360}
    >
      <InputNumber
        size="large"
        autoFocus
        min={1}
        max={MAX_QTY}
        precision={0}
        value={value}
        onChange={setValue}
        onFocus={(e) => e.target.select()}
        onPressEnter={() => ok && onSet(value)}
        style={{ width: '100%' }}
        data-testid="qty-input"
      />
    </Modal>
  );
}

/** F4: a manual discount on the whole order, percent off or an amount, with a reason. */
export function DiscountDialog({
  open,
  current,
  allowed,
  onClose,
  onSet,
}: {
  open: boolean;
  current: ManualDiscount | null;
  allowed: boolean;
  onClose: () => void;
  onSet: (discount: ManualDiscount | null) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ManualDiscount['kind']>('percent');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (!open) return;
    setKind(current?.kind ?? 'percent');
    setText(
      current ? (current.kind === 'percent' ? String(current.value) : fenToYuanText(current.value)) : '',
    );
    setReason(current?.reason ?? '');
  }, [open, current]);
  const value =
    kind === 'percent'
      ? /^\d{1,3}$/.test(text.trim())
        ? Number(text.trim())
        : null
      : parseYuan(text || 'x');
  const ok = allowed && value !== null && value > 0 && (kind === 'amount' || value <= 100);
  const submit = () => ok && onSet({ kind, value, reason: reason.trim() });
  return (
    <Modal
      open={open}
      title={t('pos.discountTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={420}
      footer={
        <Space>
          {current && (
            <Button danger onClick={() => onSet(null)} data-testid="discount-remove">
              {t('pos.discountRemove')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!ok} onClick={submit} data-testid="discount-ok">
            {t('common.ok')} (Enter)
          </Button>
        </Space>
      }
    >
      {!allowed && (
        <Alert type="warning" showIcon title={t('pos.discountForbidden')} style={{ marginBottom: 8 }} />
      )}
      <Segmented<ManualDiscount['kind']>
        block
        value={kind}
        onChange={setKind}
        options={[
          { value: 'percent', label: t('pos.discountPercent') },
          { value: 'amount', label: t('pos.discountAmount') },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Input
        size="large"
        autoFocus
        prefix={kind === 'amount' ? '¥' : undefined}
        suffix={kind === 'percent' ? '%' : undefined}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={submit}
        data-testid="discount-value"
      />
      <Input
        style={{ marginTop: 8 }}
        placeholder={t('pos.discountReason')}
        maxLength={100}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        onPressEnter={submit}
        data-testid="discount-reason"
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        {t('pos.discountHelp')}
      </Typography.Text>
    </Modal>
  );
}

/** F7: points to redeem against this order (the server applies the rate and the cap). */
export function PointsDialog({
  open,
  balance,
  current,
  valueCents,
  onClose,
  onSet,
}: {
  open: boolean;
  balance: number;
  current: number;
  valueCents: number;
  onClose: () => void;
  onSet: (points: number) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | null>(current);
  useEffect(() => {
    if (open) setValue(current || null);
  }, [open, current]);
  const ok = value === null || (Number.isInteger(value) && value >= 0 && value <= balance);
  const submit = () => ok && onSet(value ?? 0);
  return (
    <Modal
      open={open}
      title={t('pos.pointsTitle')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ disabled: !ok }}
      destroyOnHidden
      width={380}
    >
      <Typography.Paragraph>
        {t('pos.pointsBalance', { points: balance })}
        {current > 0 && ` · ${t('pos.pointsNow', { points: current, value: formatYuan(valueCents) })}`}
      </Typography.Paragraph>
      <InputNumber
        size="large"
        autoFocus
        min={0}
        max={balance}
        precision={0}
        value={value}
        onChange={setValue}
        onPressEnter={submit}
        style={{ width: '100%' }}
        data-testid="points-input"
      />
    </Modal>
  );
}

/**
 * Alt+S: who served the selected line (commission). Tap people (or keys 1–9) to pick them; shares
 * split evenly, the remainder on the first, and can be edited; 点钟 when the member asked for them.
 */
export function StaffDialog({
  open,
  name,
  current,
  people,
  loading,
  onClose,
  onSet,
}: {
  open: boolean;
  name: string;
  current: readonly LineStaff[];
  people: readonly SaleStaff[];
  loading: boolean;
  onClose: () => void;
  onSet: (staff: LineStaff[]) => void;
}) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<LineStaff[]>([]);
  useEffect(() => {
    if (open) setStaff([...current]);
  }, [open, current]);
  const problem = staffProblem(staff);
  const submit = () => problem === null && onSet(staff);
  const nameOf = (userId: string) => people.find((p) => p.userId === userId)?.displayName ?? '…';
  const patch = (userId: string, change: Partial<LineStaff>) =>
    setStaff((list) => list.map((s) => (s.userId === userId ? { ...s, ...change } : s)));

  // Digits pick people unless a share is being typed; Enter confirms from anywhere in the dialog.
  const liveRef = useRef({ people, submit });
  liveRef.current = { people, submit };
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      // Enter on another button (cancel, clear) is that button's.
      if (target instanceof HTMLButtonElement && target.dataset.testid !== 'staff-person') return;
      const typing = target instanceof HTMLInputElement && target.type !== 'radio';
      const { people: list, submit: done } = liveRef.current;
      if (event.key === 'Enter') {
        event.preventDefault();
        done();
      } else if (!typing && /^[1-9]$/.test(event.key)) {
        const person = list[Number(event.key) - 1];
        if (person) setStaff((s) => toggleStaff(s, person.userId));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  const sum = staff.reduce((total, s) => total + (s.sharePercent || 0), 0);
  return (
    <Modal
      open={open}
      title={t('pos.staffTitle', { name })}
      onCancel={onClose}
      destroyOnHidden
      width={620}
      footer={
        <Space>
          {current.length > 0 && (
            <Button danger onClick={() => onSet([])} data-testid="staff-clear">
              {t('pos.staffClear')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={problem !== null} onClick={submit} data-testid="staff-ok">
            {t('common.ok')} (Enter)
          </Button>
        </Space>
      }
    >
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('pos.staffHelp')}
      </Typography.Text>
      <Spin spinning={loading}>
        {people.length === 0 && !loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pos.staffNone')} />
        ) : (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 8 }}>
            {people.map((p, i) => {
              const on = staff.some((s) => s.userId === p.userId);
              return (
                <Button
                  key={p.userId}
                  type={on ? 'primary' : 'default'}
                  onClick={() => setStaff((s) => toggleStaff(s, p.userId))}
                  style={{ height: 56, fontSize: 16, whiteSpace: 'normal' }}
                  aria-pressed={on}
                  data-testid="staff-person"
                >
                  {i < 9 && <span className="pos-kbd">{i + 1}</span>}
                  {p.displayName}
                </Button>
              );
            })}
          </div>
        )}
      </Spin>
      {staff.length > 0 && (
        <div style={{ marginTop: 12, display: 'grid', gap: 8 }} data-testid="staff-picked">
          {staff.map((s) => (
            <div
              key={s.userId}
              style={{
                display: 'grid',
                gridTemplateColumns: '1fr 130px 160px',
                gap: 8,
                alignItems: 'center',
              }}
            >
              <span style={{ fontSize: 16 }}>{nameOf(s.userId)}</span>
              <InputNumber
                size="large"
                min={1}
                max={100}
                precision={0}
                suffix="%"
                aria-label={t('pos.staffShare')}
                value={s.sharePercent}
                onChange={(v) => patch(s.userId, { sharePercent: v ?? 0 })}
                style={{ width: '100%' }}
                data-testid="staff-share"
              />
              <Segmented<'assigned' | 'requested'>
                size="large"
                block
                value={s.requested ? 'requested' : 'assigned'}
                onChange={(v) => patch(s.userId, { requested: v === 'requested' })}
                options={[
                  { value: 'assigned', label: t('pos.staffAssigned') },
                  { value: 'requested', label: t('pos.staffRequested') },
                ]}
                data-testid="staff-requested"
              />
            </div>
          ))}
          <Typography.Text type={problem ? 'danger' : 'secondary'} data-testid="staff-sum">
            {t('pos.staffSum', { sum })}
          </Typography.Text>
        </div>
      )}
    </Modal>
  );
}
