import { App, Checkbox, Divider, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { toClock } from './time.ts';

type Schedule = Schemas['AppointmentSchedule'];
type WeekHours = Schedule['hours'];
interface Day {
  weekday: number;
  open: boolean;
  from: string;
  to: string;
}

const CLOCKS = Array.from({ length: 49 }, (_, i) => toClock(i * 30)).map((c) => ({ value: c, label: c }));
const STORE = 'store';

const toDays = (hours: WeekHours): Day[] =>
  hours.map((d, weekday) => ({ weekday, open: !!d, from: d?.open ?? '09:00', to: d?.close ?? '21:00' }));
const toHours = (days: Day[]): WeekHours => days.map((d) => (d.open ? { open: d.from, close: d.to } : null));

/** Seven rows: open or closed, from – to. */
function WeekEditor({ days, onChange }: { days: Day[]; onChange: (days: Day[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Day>) =>
    onChange(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {days.map((d, i) => (
        <Space key={d.weekday} wrap data-testid={`hours-${d.weekday}`}>
          <Checkbox
            checked={d.open}
            onChange={(e) => set(i, { open: e.target.checked })}
            style={{ width: 90 }}
          >
            {t(`appointments.weekday_${i}`)}
          </Checkbox>
          {d.open ? (
            <>
              <Select
                style={{ width: 90 }}
                value={d.from}
                options={CLOCKS}
                onChange={(v) => set(i, { from: v })}
              />
              –
              <Select
                style={{ width: 90 }}
                value={d.to}
                options={CLOCKS}
                onChange={(v) => set(i, { to: v })}
              />
            </>
          ) : (
            <Typography.Text type="secondary">{t('appointments.closed')}</Typography.Text>
          )}
        </Space>
      ))}
    </Space>
  );
}

/**
 * A store's weekly hours, slot size and capacities, and a person's own hours (which narrow the
 * store's: a day off, a late start). Saved together; new bookings follow them.
 */
export function ScheduleModal({
  open,
  schedule,
  staff,
  onClose,
  onSaved,
}: {
  open: boolean;
  schedule: Schedule | undefined;
  staff: Schemas['BookableStaff'][];
  onClose: () => void;
  onSaved: (s: Schedule) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [days, setDays] = useState<Day[]>([]);
  const [own, setOwn] = useState<Record<string, Day[]>>({});
  const [editing, setEditing] = useState(STORE);
  const [slotMinutes, setSlotMinutes] = useState(30);
  const [staffCapacity, setStaffCapacity] = useState(1);
  const [storeCapacity, setStoreCapacity] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || !schedule) return;
    setDays(toDays(schedule.hours));
    setOwn(Object.fromEntries(schedule.staffHours.map((s) => [s.userId, toDays(s.hours)])));
    setEditing(STORE);
    setSlotMinutes(schedule.slotMinutes);
    setStaffCapacity(schedule.staffCapacity);
    setStoreCapacity(schedule.storeCapacity);
  }, [open, schedule]);

  const save = async () => {
    if (!schedule) return;
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/stores/{storeId}/appointment-schedule', {
          params: { path: { storeId: schedule.storeId } },
          body: {
            hours: toHours(days),
            slotMinutes: slotMinutes as 10 | 15 | 20 | 30 | 60,
            staffCapacity,
            storeCapacity,
            staffHours: Object.entries(own).map(([userId, d]) => ({ userId, hours: toHours(d) })),
          },
        }),
      );
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const person = editing === STORE ? null : editing;
  return (
    <Modal
      open={open}
      title={t('appointments.schedule')}
      onCancel={onClose}
      onOk={save}
      okButtonProps={{ loading: saving, 'data-testid': 'schedule-save' } as never}
      width={560}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          data-testid="schedule-whose"
          style={{ width: 240 }}
          value={editing}
          onChange={setEditing}
          options={[
            { value: STORE, label: t('appointments.storeHours') },
            ...staff.map((s) => ({
              value: s.userId,
              label: own[s.userId] ? `${s.displayName} · ${t('appointments.ownHours')}` : s.displayName,
            })),
          ]}
        />
        {person === null ? (
          <WeekEditor days={days} onChange={setDays} />
        ) : (
          <>
            <Checkbox
              checked={!!own[person]}
              onChange={(e) =>
                setOwn((prev) => {
                  const next = { ...prev };
                  if (e.target.checked) next[person] = days.map((d) => ({ ...d }));
                  else delete next[person];
                  return next;
                })
              }
            >
              {t('appointments.useOwnHours')}
            </Checkbox>
            {own[person] ? (
              <WeekEditor days={own[person]} onChange={(d) => setOwn((prev) => ({ ...prev, [person]: d }))} />
            ) : (
              <Typography.Text type="secondary">{t('appointments.followsStore')}</Typography.Text>
            )}
          </>
        )}
        <Divider style={{ margin: '8px 0' }} />
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('appointments.slotMinutes')}>
            <Select
              style={{ width: 100 }}
              value={slotMinutes}
              onChange={setSlotMinutes}
              options={[10, 15, 20, 30, 60].map((m) => ({
                value: m,
                label: t('appointments.minutes', { n: m }),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('appointments.staffCapacity')}>
            <InputNumber min={1} max={20} value={staffCapacity} onChange={(v) => setStaffCapacity(v ?? 1)} />
          </Form.Item>
          <Form.Item label={t('appointments.storeCapacity')}>
            <InputNumber
              min={1}
              max={1000}
              value={storeCapacity}
              placeholder={t('appointments.unlimited')}
              onChange={(v) => setStoreCapacity(v ?? null)}
            />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t('appointments.scheduleHelp')}</Typography.Text>
      </Space>
    </Modal>
  );
}
