import { LeftOutlined, ReloadOutlined, RightOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, DatePicker, Empty, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { AppointmentDrawer } from './AppointmentDrawer.tsx';
import { BookAppointmentModal, type BookSlot } from './BookAppointmentModal.tsx';
import { CalendarGrid } from './CalendarGrid.tsx';
import { ScheduleModal } from './ScheduleModal.tsx';
import type { Appointment } from './StatusTag.tsx';
import { addDays, atLocal, inZone, mondayOf, slotClocks, todayIn } from './time.ts';

type Mode = 'day' | 'week';

/** 预约: a store's day (staff as columns) or week, with booking, arrival, cancel and no-show. */
export function AppointmentsPage() {
  const { t } = useTranslation();
  const { storeId, can, me } = useSession();
  const [mode, setMode] = useState<Mode>('day');
  // 我的预约: service staff (who read but do not book) open on their own bookings.
  const [mine, setMine] = useState(() => !can('appointments.manage'));
  const myId = me?.user.id ?? null;
  const [day, setDay] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [booking, setBooking] = useState<BookSlot | null>(null);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const [editingHours, setEditingHours] = useState(false);
  const [nowMs, setNowMs] = useState(() => Date.now());

  const schedule = useLoad(
    () =>
      storeId
        ? unwrap(api.GET('/api/v1/stores/{storeId}/appointment-schedule', { params: { path: { storeId } } }))
        : Promise.resolve(undefined),
    [storeId],
  );
  const staff = useLoad(
    () =>
      storeId
        ? unwrap(api.GET('/api/v1/stores/{storeId}/appointment-staff', { params: { path: { storeId } } }))
        : Promise.resolve([]),
    [storeId],
  );
  const zone = schedule.data?.timezone ?? 'Asia/Shanghai';
  // Today in the tenant's zone once it is known (the browser may sit elsewhere).
  useEffect(() => {
    if (schedule.data)
      setDay((d) => (d === dayjs().format('YYYY-MM-DD') ? todayIn(schedule.data!.timezone) : d));
  }, [schedule.data]);

  const first = mode === 'day' ? day : mondayOf(day);
  const days = mode === 'day' ? 1 : 7;
  const appointments = useLoad(
    () =>
      storeId && schedule.data
        ? unwrap(
            api.GET('/api/v1/appointments', {
              params: {
                query: {
                  storeId,
                  from: atLocal(first, '00:00', zone).toISOString(),
                  to: atLocal(addDays(first, days), '00:00', zone).toISOString(),
                  ...(mine ? { mine: 'true' as const } : {}),
                },
              },
            }),
          )
        : Promise.resolve([]),
    [storeId, first, days, schedule.data, mine],
  );
  const columns = (staff.data ?? []).filter((s) => !mine || s.userId === myId);

  const clocks = useMemo(() => {
    const s = schedule.data;
    if (!s) return [];
    const weekdays = Array.from({ length: days }, (_, i) => (dayjs(addDays(first, i)).day() + 6) % 7);
    return slotClocks(s.hours, weekdays, s.slotMinutes);
  }, [schedule.data, first, days]);
  const allClocks = useMemo(
    () =>
      schedule.data ? slotClocks(schedule.data.hours, [0, 1, 2, 3, 4, 5, 6], schedule.data.slotMinutes) : [],
    [schedule.data],
  );

  const reload = async () => {
    setNowMs(Date.now());
    await appointments.reload();
  };

  const exportColumns: ExportColumn<Appointment>[] = [
    { title: t('appointments.startsAt'), value: (a) => inZone(a.startsAt, zone).format('YYYY-MM-DD HH:mm') },
    { title: t('appointments.endsAt'), value: (a) => inZone(a.endsAt, zone).format('HH:mm') },
    { title: t('appointments.member'), value: (a) => a.memberName },
    { title: t('appointments.service'), value: (a) => a.serviceName },
    { title: t('appointments.staff'), value: (a) => a.staffName ?? t('appointments.anyStaff') },
    { title: t('appointments.statusLabel'), value: (a) => t(`appointments.status_${a.status}`) },
    {
      title: t('appointments.card'),
      value: (a) => (a.cardName ? `${a.cardName} · ${t(`appointments.session_${a.session}`)}` : ''),
    },
    { title: t('appointments.note'), value: (a) => a.note },
  ];

  if (!storeId)
    return (
      <PageCard title={t('appointments.title')}>
        <Empty description={t('appointments.noStore')} />
      </PageCard>
    );

  const step = (n: number) => setDay((d) => addDays(d, n * days));
  return (
    <div data-testid="appointments-page">
      <PageCard
        title={t('appointments.title')}
        extra={
          <>
            <Segmented<'mine' | 'all'>
              data-testid="appointments-mine"
              value={mine ? 'mine' : 'all'}
              onChange={(v) => setMine(v === 'mine')}
              options={[
                { value: 'mine', label: t('appointments.mine') },
                { value: 'all', label: t('appointments.allStaff') },
              ]}
            />
            <Segmented<Mode>
              data-testid="appointments-mode"
              value={mode}
              onChange={setMode}
              options={[
                { value: 'day', label: t('appointments.day') },
                { value: 'week', label: t('appointments.week') },
              ]}
            />
            <Space.Compact>
              <Button
                icon={<LeftOutlined />}
                onClick={() => step(-1)}
                data-testid="day-prev"
                aria-label={t('appointments.prev')}
              />
              <DatePicker
                allowClear={false}
                value={dayjs(day)}
                onChange={(v) => v && setDay(v.format('YYYY-MM-DD'))}
                picker={mode === 'week' ? 'week' : 'date'}
                style={{ width: 150 }}
              />
              <Button
                icon={<RightOutlined />}
                onClick={() => step(1)}
                data-testid="day-next"
                aria-label={t('appointments.next')}
              />
            </Space.Compact>
            <Button onClick={() => setDay(todayIn(zone))}>{t('appointments.today')}</Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            {can('appointments.schedule') && (
              <Button
                icon={<SettingOutlined />}
                onClick={() => setEditingHours(true)}
                data-testid="schedule-open"
              >
                {t('appointments.schedule')}
              </Button>
            )}
            <ExportButton
              name={`appointments-${first}`}
              columns={exportColumns}
              rows={appointments.data ?? []}
            />
          </>
        }
      >
        <LoadError
          error={schedule.error ?? staff.error ?? appointments.error}
          onRetry={() => void reload()}
        />
        {schedule.data && (
          <CalendarGrid
            mode={mode}
            day={first}
            clocks={clocks}
            hours={schedule.data.hours}
            zone={zone}
            staff={columns}
            appointments={appointments.data ?? []}
            canBook={can('appointments.manage')}
            staffCapacity={schedule.data.staffCapacity}
            nowMs={nowMs}
            onOpen={setOpened}
            onBook={(slot) => {
              setNowMs(Date.now());
              setBooking(slot);
            }}
          />
        )}
      </PageCard>
      <BookAppointmentModal
        open={!!booking}
        storeId={storeId}
        zone={zone}
        slot={booking}
        clocks={allClocks}
        staff={staff.data ?? []}
        onClose={() => setBooking(null)}
        onBooked={() => {
          setBooking(null);
          void reload();
        }}
      />
      <AppointmentDrawer
        appointment={opened}
        zone={zone}
        nowMs={nowMs}
        onClose={() => setOpened(null)}
        onChanged={(a) => {
          setOpened(a);
          void reload();
        }}
      />
      <ScheduleModal
        open={editingHours}
        schedule={schedule.data}
        staff={staff.data ?? []}
        onClose={() => setEditingHours(false)}
        onSaved={() => {
          setEditingHours(false);
          void schedule.reload();
        }}
      />
    </div>
  );
}
