import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Offer "all my stores" (lists) or require one store (documents). */
  allowAll?: boolean;
  /** Every store of the tenant, not only the user's (a transfer's receiving store). */
  stores?: { id: string; name: string }[];
  testId?: string;
}

export function StoreSelect({ value, onChange, allowAll, stores, testId }: Props) {
  const { t } = useTranslation();
  const { me } = useSession();
  const options = (stores ?? me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }));
  return (
    <Select
      value={value ?? (allowAll ? '' : undefined)}
      onChange={(v: string) => onChange?.(v || null)}
      options={allowAll ? [{ value: '', label: t('inventory.allStores') }, ...options] : options}
      placeholder={t('inventory.store')}
      style={{ minWidth: 160 }}
      data-testid={testId}
    />
  );
}
