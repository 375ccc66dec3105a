import { Alert, Button, Empty, Modal, Space, Spin, Typography } from 'antd';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  api,
  type CardProduct,
  type MemberCard,
  type PaymentMethod,
  unwrap,
} from '../api/client.ts';
import { itemsSummary } from '../lib/cards.ts';
import { errorText } from '../lib/errors.ts';
import { formatDate } from '../lib/format.ts';
import { newIdempotencyKey } from '../lib/idempotency.ts';
import { formatYuan } from '../lib/money.ts';
import { useLoad } from '../lib/use-load.ts';
import type { LineStaff } from '../pos/cart.ts';
import { PaymentFields } from './PaymentFields.tsx';
import { PickTile } from './PickTile.tsx';
import { ServingStaffField } from './ServingStaffField.tsx';

interface Props {
  open: boolean;
  member: { id: string; name: string } | null;
  /** The store taking the money; the card is sold by the store at the counter. */
  storeId: string | null;
  onClose: () => void;
  onDone: (card: MemberCard) => void;
}

/** Sells a card product (计次卡 or 时间卡) to a member. Shared by the back office and the cashier. */
export function IssueCardDialog({ open, member, storeId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const products = useLoad(
    () =>
      open
        ? unwrap(api.GET('/api/v1/card-products', { params: { query: { includeArchived: 'false' } } }))
        : Promise.resolve([] as CardProduct[]),
    [open],
  );
  const [productId, setProductId] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [paymentRef, setPaymentRef] = useState('');
  const [staff, setStaff] = useState<LineStaff[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per opening: a retry after a timeout sells the card once, not twice.
  const idempotencyKey = useRef('');

  useEffect(() => {
    if (!open) return;
    idempotencyKey.current = newIdempotencyKey();
    setProductId(null);
    setMethod('cash');
    setPaymentRef('');
    setStaff([]);
    setError(null);
  }, [open]);

  const active = (products.data ?? []).filter((p) => p.status === 'active');
  const product = active.find((p) => p.id === productId) ?? null;
  const canSubmit = Boolean(member && storeId && product && !submitting);

  const submit = async () => {
    if (!member || !storeId || !product || submitting) return;
    setSubmitting(true);
    setError(null);
    try {
      const ref = paymentRef.trim();
      const card = await unwrap(
        api.POST('/api/v1/members/{id}/cards', {
          params: { path: { id: member.id } },
          headers: { 'Idempotency-Key': idempotencyKey.current },
          body: {
            cardProductId: product.id,
            storeId,
            paymentMethod: method,
            ...(ref ? { paymentRef: ref } : {}),
            ...(staff.length ? { staff } : {}),
          },
        }),
      );
      onDone(card);
    } catch (err) {
      setError(err);
    } finally {
      setSubmitting(false);
    }
  };

  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setProductId(id);
    }
  };
  const retrySafe = error instanceof ApiError && (error.status === 0 || error.status >= 500);

  return (
    <Modal
      title={member ? t('cards.issueTitle', { name: member.name }) : t('cards.issue')}
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
            data-testid="card-issue-submit"
          >
            {product
              ? t('recharge.submitAmount', { amount: formatYuan(product.priceCents) })
              : t('recharge.submit')}
          </Button>
        </Space>
      }
    >
      <div data-testid="card-issue-dialog">
        {!storeId && (
          <Alert type="warning" showIcon title={t('recharge.noStore')} style={{ marginBottom: 12 }} />
        )}
        <Typography.Text strong>{t('cards.pickProduct')}</Typography.Text>
        {products.error ? (
          <Alert type="error" showIcon title={errorText(t, products.error)} style={{ margin: '8px 0' }} />
        ) : null}
        <Spin spinning={products.loading}>
          {active.length === 0 && !products.loading ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cards.noProducts')} />
          ) : (
            <div style={{ display: 'grid', gap: 10, margin: '8px 0 16px' }}>
              {active.map((p) => (
                <ProductOption
                  key={p.id}
                  product={p}
                  selected={p.id === productId}
                  onPick={() => setProductId(p.id)}
                  onKeyDown={(e) => onKey(e, p.id)}
                />
              ))}
            </div>
          )}
        </Spin>
        <PaymentFields
          method={method}
          onMethod={setMethod}
          paymentRef={paymentRef}
          onPaymentRef={setPaymentRef}
          refTestId="card-issue-ref"
        />
        <ServingStaffField
          open={open}
          storeId={storeId}
          name={product?.name ?? t('cards.issue')}
          value={staff}
          onChange={setStaff}
        />
        {error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="card-issue-error"
            title={errorText(t, error)}
            description={retrySafe ? t('cards.retrySafe') : undefined}
          />
        ) : null}
      </div>
    </Modal>
  );
}

interface OptionProps {
  product: CardProduct;
  selected: boolean;
  onPick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

function ProductOption({ product, selected, onPick, onKeyDown }: OptionProps) {
  const { t } = useTranslation();
  return (
    <PickTile
      selected={selected}
      onPick={onPick}
      onKeyDown={onKeyDown}
      testId={`card-product-${product.id}`}
      padding="10px 14px"
    >
      <Space size={8} wrap>
        <Typography.Text strong>{product.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`cardProducts.kind_${product.kind}`)} ·{' '}
          {product.validity === 'days'
            ? t('cardProducts.validDaysValue', { count: product.validDays ?? 0 })
            : t('cardProducts.validUntilValue', { date: formatDate(product.validUntil) })}
        </Typography.Text>
      </Space>
      <div style={{ fontSize: 18, fontWeight: 600, lineHeight: 1.5 }}>{formatYuan(product.priceCents)}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {itemsSummary(t, product.items)}
      </Typography.Text>
    </PickTile>
  );
}
