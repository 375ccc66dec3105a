import { Alert, Button, Input, InputNumber, Modal, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, formatYuan, parseYuan } from '../lib/money.ts';
import { MAX_QTY, type ManualDiscount } from './cart.ts';

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
