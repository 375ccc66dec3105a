import { CreditCardOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client.ts';
import { type Appointment, STATUS_COLOR } from './StatusTag.tsx';
import { addDays, atLocal, inZone, isOpen } from './time.ts';

type Staff = Schemas['BookableStaff'];
export const ANY_STAFF = 'any';

interface Props {
  mode: 'day' | 'week';
  /** The day shown, or the Monday of the week shown. */
  day: string;
  clocks: string[];
  hours: Schemas['AppointmentSchedule']['hours'];
  zone: string;
  staff: Staff[];
  appointments: Appointment[];
  canBook: boolean;
  /** Bookings one person takes at once: a person's column offers no booking where they are full. */
  staffCapacity: number;
  /** Slots before this instant are not offered for booking. */
  nowMs: number;
  onOpen: (a: Appointment) => void;
  onBook: (slot: { day: string; clock: string; staffUserId: string | null }) => void;
}

interface Row {
  clock: string;
}

/** One booking in a cell: who, what, until when; coloured by status. */
function Block({
  a,
  zone,
  withStaff,
  onOpen,
}: {
  a: Appointment;
  zone: string;
  withStaff: boolean;
  onOpen: () => void;
}) {
  const color = STATUS_COLOR[a.status];
  const faded = a.status === 'cancelled';
  return (
    <button
      type="button"
      data-testid={`appointment-${a.id}`}
      onClick={onOpen}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        cursor: 'pointer',
        border: '1px solid #d9d9d9',
        borderLeft: `4px solid ${color === 'default' ? '#bfbfbf' : color === 'blue' ? '#1677ff' : color === 'green' ? '#52c41a' : '#ff4d4f'}`,
        borderRadius: 4,
        background: faded ? '#fafafa' : '#fff',
        padding: '2px 6px',
        marginBottom: 2,
        opacity: faded ? 0.6 : 1,
        textDecoration: faded ? 'line-through' : undefined,
        fontSize: 12,
      }}
    >
      <div>
        <strong>{a.memberName}</strong> · {a.serviceName}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {inZone(a.startsAt, zone).format('HH:mm')}–{inZone(a.endsAt, zone).format('HH:mm')}
        {withStaff && a.staffName ? ` · ${a.staffName}` : ''}
        {a.cardId && <CreditCardOutlined style={{ marginLeft: 6 }} title={a.cardName ?? ''} />}
      </Typography.Text>
    </button>
  );
}

/**
 * The store's calendar as a table: time rows on the slot grid; columns are the staff (day view,
 * plus one for bookings without a person) or the seven days (week view). An empty open slot in
 * the future offers a booking there.
 */
export function CalendarGrid(p: Props) {
  const { t } = useTranslation();
  const cell = (day: string, clock: string, staffKey: string | null) => {
    const here = p.appointments.filter((a) => {
      const start = inZone(a.startsAt, p.zone);
      if (start.format('YYYY-MM-DD') !== day || start.format('HH:mm') !== clock) return false;
      if (staffKey === null) return true;
      return staffKey === ANY_STAFF ? a.staffUserId === null : a.staffUserId === staffKey;
    });
    const open = isOpen(p.hours, day, clock);
    const at = atLocal(day, clock, p.zone).valueOf();
    const future = at > p.nowMs;
    // A person's column: how many live bookings hold them in this slot (longer services span rows).
    const busy =
      staffKey && staffKey !== ANY_STAFF
        ? p.appointments.filter(
            (a) =>
              a.staffUserId === staffKey &&
              (a.status === 'booked' || a.status === 'arrived') &&
              new Date(a.startsAt).getTime() <= at &&
              new Date(a.endsAt).getTime() > at,
          ).length
        : 0;
    const full = busy >= p.staffCapacity;
    return (
      <div style={{ minHeight: 28, background: !open ? '#f5f5f5' : busy ? '#e6f4ff' : undefined }}>
        {here.map((a) => (
          <Block key={a.id} a={a} zone={p.zone} withStaff={staffKey === null} onOpen={() => p.onOpen(a)} />
        ))}
        {p.canBook && open && future && !full && (
          <Button
            size="small"
            type="text"
            icon={<PlusOutlined />}
            aria-label={t('appointments.book')}
            data-testid={`book-${staffKey ?? day}-${clock}`}
            onClick={() =>
              p.onBook({ day, clock, staffUserId: staffKey && staffKey !== ANY_STAFF ? staffKey : null })
            }
            style={{ color: '#bfbfbf' }}
          />
        )}
      </div>
    );
  };

  const timeColumn = {
    title: t('appointments.time'),
    dataIndex: 'clock',
    key: 'clock',
    width: 70,
    fixed: 'left' as const,
  };
  const columns: TableColumnsType<Row> =
    p.mode === 'day'
      ? [
          timeColumn,
          ...p.staff.map((s) => ({
            title: s.displayName,
            key: s.userId,
            width: 180,
            render: (_: unknown, r: Row) => cell(p.day, r.clock, s.userId),
          })),
          {
            title: t('appointments.anyStaff'),
            key: ANY_STAFF,
            width: 180,
            render: (_: unknown, r: Row) => cell(p.day, r.clock, ANY_STAFF),
          },
        ]
      : [
          timeColumn,
          ...Array.from({ length: 7 }, (_, i) => {
            const day = addDays(p.day, i);
            return {
              title: `${t(`appointments.weekday_${i}`)} ${day.slice(5)}`,
              key: day,
              width: 160,
              render: (_: unknown, r: Row) => cell(day, r.clock, null),
            };
          }),
        ];
  return (
    <Table<Row>
      data-testid={`calendar-${p.mode}`}
      size="small"
      bordered
      rowKey="clock"
      pagination={false}
      columns={columns}
      dataSource={p.clocks.map((clock) => ({ clock }))}
      scroll={{ x: 'max-content', y: 'calc(100vh - 300px)' }}
      locale={{ emptyText: t('appointments.closedAllDay') }}
    />
  );
}
