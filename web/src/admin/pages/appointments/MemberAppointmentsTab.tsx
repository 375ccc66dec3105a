import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { type Appointment, AppointmentStatusTag } from './StatusTag.tsx';

/** Member 360: the member's bookings in the user's stores, latest first. */
export function MemberAppointmentsTab({ memberId, version }: { memberId: string; version: number }) {
  const { t } = useTranslation();
  const list = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/appointments', { params: { path: { id: memberId } } })),
    [memberId, version],
  );
  const columns: TableColumnsType<Appointment> = [
    {
      title: t('appointments.startsAt'),
      key: 'at',
      render: (_, a) => formatDateTime(a.startsAt).slice(0, 16),
    },
    { title: t('appointments.service'), dataIndex: 'serviceName', key: 'service' },
    {
      title: t('appointments.staff'),
      key: 'staff',
      render: (_, a) => a.staffName ?? t('appointments.anyStaff'),
    },
    {
      title: t('appointments.statusLabel'),
      key: 'status',
      render: (_, a) => <AppointmentStatusTag status={a.status} />,
    },
    {
      title: t('appointments.card'),
      key: 'card',
      render: (_, a) => (a.cardName ? `${a.cardName} · ${t(`appointments.session_${a.session}`)}` : ''),
    },
  ];
  return (
    <>
      <LoadError error={list.error} onRetry={() => void list.reload()} />
      <Table<Appointment>
        data-testid="member-appointments"
        size="small"
        rowKey="id"
        loading={list.loading}
        columns={columns}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
    </>
  );
}
