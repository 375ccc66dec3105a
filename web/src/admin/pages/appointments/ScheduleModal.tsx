import { App, Checkbox, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { toClock } from './time.ts';

type Schedule = Schemas['AppointmentSchedule'];
interface Day {
  weekday: number;
  open: boolean;
  from: string;
  to: string;
}

const CLOCKS = Array.from({ length: 49 }, (_, i) => toClock(i * 30)).map((c) => ({ value: c, label: c }));

/** A store's weekly hours, slot size and capacities (per-person hours are kept as they are). */
export function ScheduleModal({
  open,
  schedule,
  onClose,
  onSaved,
}: {
  open: boolean;
  schedule: Schedule | undefined;
  onClose: () => void;
  onSaved: (s: Schedule) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [days, setDays] = useState<Day[]>([]);
  const [slotMinutes, setSlotMinutes] = useState(30);
  const [staffCapacity, setStaffCapacity] = useState(1);
  const [storeCapacity, setStoreCapacity] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || !schedule) return;
    setDays(
      schedule.hours.map((d, weekday) => ({
        weekday,
        open: !!d,
        from: d?.open ?? '09:00',
        to: d?.close ?? '21:00',
      })),
    );
    setSlotMinutes(schedule.slotMinutes);
    setStaffCapacity(schedule.staffCapacity);
    setStoreCapacity(schedule.storeCapacity);
  }, [open, schedule]);

  const set = (i: number, patch: Partial<Day>) =>
    setDays((prev) => prev.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const save = async () => {
    if (!schedule) return;
    setSaving(true);
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/stores/{storeId}/appointment-schedule', {
          params: { path: { storeId: schedule.storeId } },
          body: {
            hours: days.map((d) => (d.open ? { open: d.from, close: d.to } : null)),
            slotMinutes: slotMinutes as 10 | 15 | 20 | 30 | 60,
            staffCapacity,
            storeCapacity,
            staffHours: schedule.staffHours,
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

  return (
    <Modal
      open={open}
      title={t('appointments.schedule')}
      onCancel={onClose}
      onOk={save}
      okButtonProps={{ loading: saving, 'data-testid': 'schedule-save' } as never}
      width={520}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {days.map((d, i) => (
          <Space key={d.weekday} wrap>
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
        <Form layout="inline" style={{ marginTop: 12, rowGap: 8 }}>
          <Form.Item label={t('appointments.slotMinutes')}>
            <Select
              style={{ width: 90 }}
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
