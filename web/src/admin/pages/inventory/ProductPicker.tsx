import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import type { StockProduct } from './types.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null, product?: StockProduct) => void;
  style?: React.CSSProperties;
}

const label = (p: StockProduct) => `${p.sku} · ${p.name}`;

/** Picks a stock-tracked product by SKU, barcode or name (scanners type into it too). */
export function ProductPicker({ value, onChange, style }: Props) {
  const { t } = useTranslation();
  const [products, setProducts] = useState<StockProduct[]>([]);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string, delay = 250) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const mine = ++generation.current;
      setLoading(true);
      unwrap(api.GET('/api/v1/inventory/products', { params: { query: { q: text.trim() || undefined } } }))
        .then((rows) => mine === generation.current && setProducts(rows))
        .catch(() => undefined)
        .finally(() => mine === generation.current && setLoading(false));
    }, delay);
  };

  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (text) => search(text) }}
      allowClear
      value={value ?? undefined}
      placeholder={t('inventory.pickProduct')}
      loading={loading}
      style={{ minWidth: 220, ...style }}
      onFocus={() => products.length === 0 && search('', 0)}
      options={products.map((p) => ({ value: p.id, label: label(p) }))}
      onChange={(id: string | undefined) =>
        onChange?.(
          id ?? null,
          products.find((p) => p.id === id),
        )
      }
      data-testid="inventory-product-picker"
    />
  );
}
