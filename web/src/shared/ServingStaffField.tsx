import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useLoad } from '../lib/use-load.ts';
import type { LineStaff } from '../pos/cart.ts';
import { type SaleStaff, StaffDialog } from '../pos/SmallDialogs.tsx';

interface Props {
  /** The dialog holding the field is open: the store's staff load then. */
  open: boolean;
  storeId: string | null;
  /** What the staff serve, for the picker's title (the plan or the card's name). */
  name: string;
  value: LineStaff[];
  onChange: (staff: LineStaff[]) => void;
}

/**
 * Who served a recharge or a card sale, for their commission: the till's staff picker (shares, 点钟 /
 * 轮钟) in a row of the dialog. Someone who may not list the store's staff does not see the row.
 */
export function ServingStaffField({ open, storeId, name, value, onChange }: Props) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const people = useLoad(
    () =>
      open && storeId
        ? unwrap(api.GET('/api/v1/sales/staff', { params: { query: { storeId } } }))
        : Promise.resolve([] as SaleStaff[]),
    [open, storeId],
  );
  if (people.error) return null;
  const nameOf = (userId: string) => people.data?.find((p) => p.userId === userId)?.displayName ?? '…';
  const summary = value
    .map(
      (s) =>
        `${nameOf(s.userId)} ${s.sharePercent}% ${s.requested ? t('pos.staffRequested') : t('pos.staffAssigned')}`,
    )
    .join('、');
  return (
    <div style={{ marginTop: 12 }} data-testid="serving-staff">
      <Typography.Text strong>{t('servingStaff.label')}</Typography.Text>
      <Space style={{ display: 'flex', marginTop: 8 }} wrap>
        <Button onClick={() => setPicking(true)} disabled={!storeId} data-testid="serving-staff-open">
          {value.length ? t('servingStaff.change') : t('servingStaff.pick')}
        </Button>
        <Typography.Text type={value.length ? undefined : 'secondary'} data-testid="serving-staff-summary">
          {value.length ? summary : t('servingStaff.none')}
        </Typography.Text>
      </Space>
      <StaffDialog
        open={picking}
        name={name || t('servingStaff.label')}
        current={value}
        people={people.data ?? []}
        loading={people.loading}
        onClose={() => setPicking(false)}
        onSet={(staff) => {
          onChange(staff);
          setPicking(false);
        }}
      />
    </div>
  );
}
