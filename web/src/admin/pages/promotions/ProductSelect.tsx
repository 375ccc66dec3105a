import { Select } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import { useLoad } from '../../../lib/use-load.ts';

/** A product picker that searches the catalog as the user types (one or several). */
export function ProductSelect(props: {
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const products = useLoad(
    () => unwrap(api.GET('/api/v1/products', { params: { query: { q: q || undefined, limit: 20 } } })),
    [q],
  );
  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value}
      onChange={props.onChange}
      placeholder={props.placeholder}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }))}
      style={{ minWidth: 220 }}
    />
  );
}
