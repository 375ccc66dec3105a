import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client.ts';

export type Appointment = Schemas['Appointment'];

export const STATUS_COLOR: Record<Appointment['status'], string> = {
  booked: 'blue',
  arrived: 'green',
  cancelled: 'default',
  no_show: 'red',
};

export function AppointmentStatusTag({ status }: { status: Appointment['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="appointment-status">
      {t(`appointments.status_${status}`)}
    </Tag>
  );
}
