import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Member, unwrap } from '../../../api/client.ts';

interface Option {
  value: string;
  label: string;
}

const label = (m: Pick<Member, 'name' | 'phone'>) => (m.phone ? `${m.name} · ${m.phone}` : m.name);

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** A member that must not be offered (a member cannot refer themselves). */
  excludeId?: string;
}

/** Picks a member through the same search as the members page (phone, last 4, card, name, pinyin). */
export function MemberPicker({ value, onChange, excludeId }: Props) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // An existing value needs its label; fetch it once rather than showing a bare id.
  useEffect(() => {
    if (!value || options.some((o) => o.value === value)) return;
    let live = true;
    unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id: value } } }))
      .then((m) => live && setOptions((prev) => [...prev, { value: m.id, label: label(m) }]))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, options]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (!q) return;
    timer.current = setTimeout(() => {
      const mine = ++generation.current;
      setLoading(true);
      unwrap(api.GET('/api/v1/members', { params: { query: { q, limit: 10 } } }))
        .then((page) => {
          if (mine !== generation.current) return;
          setOptions(
            page.items.filter((m) => m.id !== excludeId).map((m) => ({ value: m.id, label: label(m) })),
          );
        })
        .catch(() => undefined)
        .finally(() => mine === generation.current && setLoading(false));
    }, 250);
  };

  return (
    <Select<string>
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: search }}
      loading={loading}
      options={options}
      placeholder={t('members.referrerPlaceholder')}
      notFoundContent={null}
    />
  );
}
