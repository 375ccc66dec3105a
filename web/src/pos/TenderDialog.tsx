import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Input, type InputRef, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { newIdempotencyKey } from '../lib/idempotency.ts';
import { formatYuan } from '../lib/money.ts';
import { uuidv7 } from '../lib/uuidv7.ts';
import type { Order } from '../shared/receipt/Receipt.tsx';
import type { cartBody, TenderMethod } from './cart.ts';
import { Kbd } from './Kbd.tsx';
import {
  addTender,
  changeCents,
  REF_METHODS,
  remainingCents,
  TENDER_METHODS,
  type Tender,
  tenderProblem,
  toPayments,
  withGiftCard,
} from './tender.ts';
import { YuanInput } from './YuanInput.tsx';

interface Props {
  open: boolean;
  totalCents: number;
  cart: ReturnType<typeof cartBody>;
  storeId: string;
  till: string;
  /** The attached member's stored value, or null without a member. */
  storedValueCents: number | null;
  onClose: () => void;
  onDone: (order: Order) => void;
  /** The server priced the cart differently (a price changed since the quote): re-price and start over. */
  onPriceChanged: () => void;
}

const RETRIES = 2;
const sleep = (ms: number) => new Promise((r) => window.setTimeout(r, ms));

/**
 * F8 收款: split tender, cash with change. The order id is fixed for the dialog opening and the
 * Idempotency-Key for one exact request body, so a retry (automatic after a network error, or the
 * cashier's) is charged once; changing the tenders after a failure is a new attempt.
 */
export function TenderDialog({
  open,
  totalCents,
  cart,
  storeId,
  till,
  storedValueCents,
  onClose,
  onDone,
  onPriceChanged,
}: Props) {
  const { t } = useTranslation();
  const [tenders, setTenders] = useState<Tender[]>([]);
  const [pristine, setPristine] = useState(true);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [giftCode, setGiftCode] = useState('');
  const [giftChecking, setGiftChecking] = useState(false);
  const [giftError, setGiftError] = useState<unknown>(null);
  const attempt = useRef<{ orderId: string; body: string; key: string }>({ orderId: '', body: '', key: '' });
  const cashRef = useRef<InputRef>(null);
  const amountRefs = useRef(new Map<TenderMethod, InputRef | null>());
  const sv = storedValueCents ?? 0;

  useEffect(() => {
    if (!open) return;
    attempt.current = { orderId: uuidv7(), body: '', key: '' };
    setTenders(addTender([], 'cash', totalCents));
    setPristine(true);
    setError(null);
    setGiftCode('');
    setGiftError(null);
    window.setTimeout(() => cashRef.current?.focus(), 50);
  }, [open, totalCents]);

  const pick = (method: TenderMethod) => {
    if (method === 'stored_value' && storedValueCents === null) return;
    // The prefilled cash line gives way to the first key pressed.
    const base = pristine ? [] : tenders;
    setTenders(addTender(base, method, totalCents, sv));
    setPristine(false);
    // Focus follows the key: cash → what was handed over, others → their amount.
    // A gift card first needs its code scanned (its field takes focus itself).
    if (method === 'gift_card') return;
    window.setTimeout(
      () => (method === 'cash' ? cashRef.current : amountRefs.current.get(method))?.focus(),
      30,
    );
  };
  const update = (method: TenderMethod, patch: Partial<Tender>) => {
    setPristine(false);
    setTenders((list) =>
      list.map((tn) => {
        if (tn.method !== method) return tn;
        const next = { ...tn, ...patch };
        // Editing the cash amount keeps "handed over" at least the amount (exact by default).
        if (method === 'cash' && patch.amountCents !== undefined && (tn.tenderedCents ?? 0) <= tn.amountCents)
          next.tenderedCents = patch.amountCents;
        return next;
      }),
    );
  };
  const remove = (method: TenderMethod) => setTenders((list) => list.filter((tn) => tn.method !== method));
  // The scanned gift card is checked on the server: its balance caps what it pays.
  const checkGiftCard = async () => {
    const code = giftCode.trim();
    if (!code || giftChecking) return;
    setGiftChecking(true);
    setGiftError(null);
    try {
      const card = await unwrap(api.POST('/api/v1/gift-cards/check', { body: { code } }));
      if (!card.usable) throw new ApiError(409, card.unusableCode ?? 'GIFT_CARD_NOT_ACTIVE', '');
      setTenders((list) =>
        withGiftCard(list, totalCents, { code, last4: card.last4, balanceCents: card.balanceCents }),
      );
      window.setTimeout(() => amountRefs.current.get('gift_card')?.focus(), 30);
    } catch (err) {
      setGiftError(err);
    } finally {
      setGiftChecking(false);
    }
  };

  const problem = tenderProblem(totalCents, tenders, sv);
  const remaining = remainingCents(totalCents, tenders);
  const cash = tenders.find((tn) => tn.method === 'cash');
  const change = cash ? changeCents(cash) : 0;

  const submit = async () => {
    if (problem || submitting) return;
    setSubmitting(true);
    setError(null);
    const body = {
      orderId: attempt.current.orderId,
      storeId,
      till,
      ...cart,
      payments: toPayments(tenders),
      expectedTotalCents: totalCents,
    };
    const json = JSON.stringify(body);
    if (attempt.current.body !== json)
      attempt.current = { ...attempt.current, body: json, key: newIdempotencyKey() };
    const key = attempt.current.key;
    try {
      for (let i = 0; ; i++) {
        try {
          const order = await unwrap(
            api.POST('/api/v1/orders', { headers: { 'Idempotency-Key': key }, body }),
          );
          onDone(order);
          return;
        } catch (err) {
          if (err instanceof ApiError && err.code === 'ORDER_ID_TAKEN') {
            // An earlier attempt of this very sale went through before its answer was lost.
            onDone(await unwrap(api.GET('/api/v1/orders/{id}', { params: { path: { id: body.orderId } } })));
            return;
          }
          const transient =
            err instanceof ApiError && (err.status === 0 || err.code === 'IDEMPOTENCY_IN_PROGRESS');
          if (!transient || i >= RETRIES) throw err;
          await sleep(600 * (i + 1));
        }
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'PRICE_CHANGED') onPriceChanged();
      else setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  // F1–F5 pick tenders wherever focus is (a removed tender's field leaves focus on <body>).
  const pickRef = useRef(pick);
  pickRef.current = pick;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      const index = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6'].indexOf(e.key);
      if (index < 0) return;
      e.preventDefault();
      pickRef.current(TENDER_METHODS[index]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  const retrySafe = error instanceof ApiError && (error.status === 0 || error.status >= 500);

  return (
    <Modal
      open={open}
      title={t('pos.tenderTitle')}
      onCancel={() => !submitting && onClose()}
      maskClosable={false}
      destroyOnHidden
      width={640}
      footer={
        <Button
          type="primary"
          size="large"
          block
          disabled={problem !== null}
          loading={submitting}
          onClick={() => void submit()}
          style={{ height: 52, fontSize: 18 }}
          data-testid="tender-submit"
        >
          {t('pos.tenderConfirm', { amount: formatYuan(totalCents) })} (Enter)
        </Button>
      }
    >
      <div data-testid="tender-dialog">
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 16, marginBottom: 8 }}>
          <span>{t('pos.due')}</span>
          <span style={{ fontSize: 28, fontWeight: 700, color: '#cf1322' }} data-testid="tender-total">
            {formatYuan(totalCents)}
          </span>
          <span style={{ marginLeft: 'auto' }}>
            {t('pos.remaining')}{' '}
            <Typography.Text
              strong
              type={remaining === 0 ? 'success' : 'danger'}
              data-testid="tender-remaining"
            >
              {formatYuan(remaining)}
            </Typography.Text>
          </span>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 6, marginBottom: 12 }}>
          {TENDER_METHODS.map((m, i) => (
            <Button
              key={m}
              className="pos-tender-key"
              type={tenders.some((tn) => tn.method === m) ? 'primary' : 'default'}
              disabled={m === 'stored_value' && storedValueCents === null}
              onClick={() => pick(m)}
              data-testid={`tender-${m}`}
            >
              <div>
                <Kbd k={`F${i + 1}`} />
                <div>{t(`sales.method_${m}`)}</div>
                {m === 'stored_value' && storedValueCents !== null && (
                  <div style={{ fontSize: 11 }}>{formatYuan(storedValueCents)}</div>
                )}
              </div>
            </Button>
          ))}
        </div>
        {tenders.map((tn) => (
          <div
            key={tn.method}
            style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 8, marginBottom: 8 }}
          >
            <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
              <Typography.Text strong style={{ width: 80 }}>
                {t(`sales.method_${tn.method}`)}
              </Typography.Text>
              <div style={{ flex: 1 }}>
                <YuanInput
                  ref={(el) => {
                    amountRefs.current.set(tn.method, el);
                  }}
                  value={tn.amountCents}
                  onChange={(v) => update(tn.method, { amountCents: v })}
                  onEnter={() => void submit()}
                  testId={`tender-amount-${tn.method}`}
                />
              </div>
              <Button
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(tn.method)}
              />
            </div>
            {tn.method === 'cash' && (
              <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 }}>
                <span style={{ width: 80 }}>{t('pos.tendered')}</span>
                <div style={{ flex: 1 }}>
                  <YuanInput
                    ref={cashRef}
                    value={tn.tenderedCents ?? tn.amountCents}
                    onChange={(v) => update('cash', { tenderedCents: v })}
                    onEnter={() => void submit()}
                    testId="tender-cash-given"
                  />
                </div>
                {[5000, 10000].map((v) => (
                  <Button key={v} size="large" onClick={() => update('cash', { tenderedCents: v })}>
                    ¥{v / 100}
                  </Button>
                ))}
                <Button size="large" onClick={() => update('cash', { tenderedCents: tn.amountCents })}>
                  {t('pos.exact')}
                </Button>
              </div>
            )}
            {tn.method === 'gift_card' && (
              <div style={{ marginTop: 8 }}>
                <Input.Search
                  autoFocus
                  placeholder={t('giftcards.scanPlaceholder')}
                  maxLength={40}
                  value={giftCode}
                  loading={giftChecking}
                  enterButton={t('giftcards.check')}
                  onChange={(e) => setGiftCode(e.target.value)}
                  onSearch={() => void checkGiftCard()}
                  data-testid="tender-giftcard-code"
                />
                {tn.giftCard && (
                  <Typography.Text type="secondary" data-testid="tender-giftcard-balance">
                    {t('giftcards.cardBalance', {
                      last4: tn.giftCard.last4,
                      balance: formatYuan(tn.giftCard.balanceCents),
                    })}
                  </Typography.Text>
                )}
                {giftError ? (
                  <div>
                    <Typography.Text type="danger" data-testid="tender-giftcard-error">
                      {errorText(t, giftError)}
                    </Typography.Text>
                  </div>
                ) : null}
              </div>
            )}
            {REF_METHODS.includes(tn.method) && (
              <Input
                style={{ marginTop: 8 }}
                placeholder={t('recharge.paymentRefPlaceholder')}
                maxLength={100}
                value={tn.ref}
                onChange={(e) => update(tn.method, { ref: e.target.value })}
                onPressEnter={() => void submit()}
                data-testid={`tender-ref-${tn.method}`}
              />
            )}
          </div>
        ))}
        {cash && (
          <div style={{ fontSize: 22, textAlign: 'right' }}>
            {t('pos.change')}{' '}
            <Typography.Text strong style={{ fontSize: 26, color: '#389e0d' }} data-testid="tender-change">
              {formatYuan(change)}
            </Typography.Text>
          </div>
        )}
        {problem && tenders.length > 0 && (
          <Typography.Text type="danger">{t(`pos.problem_${problem}`)}</Typography.Text>
        )}
        {error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            title={errorText(t, error)}
            description={retrySafe ? t('sales.retrySafe') : undefined}
            data-testid="tender-error"
          />
        ) : null}
      </div>
    </Modal>
  );
}
