import { Alert, Input, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MemberHit, type Schemas, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { formatYuan } from '../lib/money.ts';
import type { ProductInfo } from './cart.ts';
import { PickList, pickListKeys } from './PickList.tsx';

type Product = Schemas['Product'];

/** F2: one box for phone, last 4, card number, member QR, name or pinyin initials. */
export function MemberDialog({
  open,
  onClose,
  onPick,
}: {
  open: boolean;
  onClose: () => void;
  onPick: (m: MemberHit) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<MemberHit[] | null>(null);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (open) {
      setQ('');
      setHits(null);
      setError(null);
    }
  }, [open]);

  const search = async () => {
    const text = q.trim();
    if (!text) return;
    setLoading(true);
    setError(null);
    try {
      const page = await unwrap(
        api.GET('/api/v1/members', { params: { query: { q: text, status: 'active', limit: 20 } } }),
      );
      // One exact hit (a scanned card or QR, a full phone, a unique last 4) attaches at once.
      if (page.items.length === 1) onPick(page.items[0]!);
      else {
        setHits(page.items);
        setActive(0);
      }
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('pos.memberTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={520}
    >
      <Input
        size="large"
        autoFocus
        allowClear
        placeholder={t('members.searchPlaceholder')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setHits(null);
        }}
        onKeyDown={(e) => {
          if (hits && pickListKeys(e, hits, active, setActive)) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            const hit = hits?.[active];
            if (hits && hit) onPick(hit);
            else void search();
          }
        }}
        data-testid="member-q"
      />
      {error ? <Alert type="error" showIcon title={errorText(t, error)} style={{ marginTop: 8 }} /> : null}
      {hits && (
        <PickList<MemberHit>
          items={hits}
          active={active}
          onActive={setActive}
          onPick={onPick}
          itemKey={(m) => m.id}
          loading={loading}
          empty={t('members.noMatch')}
          testId="member-hit"
          render={(m) => (
            <div style={{ display: 'flex', gap: 12 }}>
              <Typography.Text strong>{m.name}</Typography.Text>
              <span>{m.phone}</span>
              {m.cardNo && <Tag>{m.cardNo}</Tag>}
            </div>
          )}
        />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        {t('pos.pickHelp')}
      </Typography.Text>
    </Modal>
  );
}

export function toProductInfo(
  p: Pick<Product, 'id' | 'sku' | 'name' | 'kind' | 'unit' | 'priceCents'>,
): ProductInfo {
  return { id: p.id, sku: p.sku, name: p.name, kind: p.kind, unit: p.unit, priceCents: p.priceCents };
}

/** An unknown code, or a name typed at the till: search by name, SKU prefix or pinyin initials. */
export function ProductDialog({
  initial,
  onClose,
  onPick,
}: {
  initial: string | null;
  onClose: () => void;
  onPick: (p: ProductInfo) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Product[]>([]);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = initial !== null;
  useEffect(() => {
    if (initial !== null) setQ(initial);
  }, [initial]);
  useEffect(() => {
    if (!open) return;
    const text = q.trim();
    let live = true;
    const timer = window.setTimeout(() => {
      setLoading(true);
      unwrap(
        api.GET('/api/v1/products', {
          params: { query: { ...(text ? { q: text } : {}), status: 'active', limit: 30 } },
        }),
      )
        .then(
          (page) => {
            if (!live) return;
            setItems(page.items.filter((p) => p.status === 'active'));
            setActive(0);
            setError(null);
          },
          (err) => live && setError(err),
        )
        .finally(() => live && setLoading(false));
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q, open]);

  return (
    <Modal
      open={open}
      title={t('pos.productTitle')}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={600}
    >
      {initial ? (
        <Alert
          type="warning"
          showIcon
          title={t('pos.unknownCode', { code: initial })}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Input
        size="large"
        autoFocus
        allowClear
        placeholder={t('pos.productPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (pickListKeys(e, items, active, setActive)) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            const p = items[active];
            if (p) onPick(toProductInfo(p));
          }
        }}
        data-testid="product-q"
      />
      {error ? <Alert type="error" showIcon title={errorText(t, error)} style={{ marginTop: 8 }} /> : null}
      <PickList<Product>
        items={items}
        active={active}
        onActive={setActive}
        onPick={(p) => onPick(toProductInfo(p))}
        itemKey={(p) => p.id}
        loading={loading}
        empty={t('pos.noProducts')}
        testId="product-hit"
        render={(p) => (
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <span style={{ flex: 1 }}>
              <Typography.Text strong>{p.name}</Typography.Text>{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.sku}
              </Typography.Text>
            </span>
            <Tag>{t(`catalog.kind_${p.kind}`)}</Tag>
            <span>{formatYuan(p.priceCents)}</span>
          </div>
        )}
      />
    </Modal>
  );
}
