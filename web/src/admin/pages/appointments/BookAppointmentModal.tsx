import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { MemberPicker } from '../members/MemberPicker.tsx';
import type { Appointment } from './StatusTag.tsx';
import { atLocal } from './time.ts';

export interface BookSlot {
  day: string;
  clock: string;
  staffUserId: string | null;
}

interface Props {
  open: boolean;
  storeId: string;
  zone: string;
  slot: BookSlot | null;
  clocks: string[];
  staff: Schemas['BookableStaff'][];
  onClose: () => void;
  onBooked: (a: Appointment) => void;
}

interface Values {
  memberId: string | null;
  serviceId: string;
  staffUserId: string | null;
  clock: string;
  cardId: string | null;
  note?: string;
}

/**
 * Books a service for a member at the slot clicked in the calendar. Picking a card of the member
 * that includes the service holds one of its sessions until the member arrives.
 */
export function BookAppointmentModal({ open, storeId, zone, slot, clocks, staff, onClose, onBooked }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  // One key per opened form: a double click or a retry books once.
  const [idemKey, setIdemKey] = useState(newIdempotencyKey);
  const memberId = Form.useWatch('memberId', form);
  const serviceId = Form.useWatch('serviceId', form);

  const services = useLoad(
    () =>
      open
        ? unwrap(
            api.GET('/api/v1/products', {
              params: { query: { kind: 'service', status: 'active', limit: 200 } },
            }),
          )
        : Promise.resolve({ items: [], nextCursor: null }),
    [open],
  );
  const cards = useLoad(
    () =>
      memberId
        ? unwrap(api.GET('/api/v1/members/{id}/cards', { params: { path: { id: memberId } } }))
        : Promise.resolve([]),
    [memberId],
  );
  const service = services.data?.items.find((s) => s.id === serviceId);
  const cardOptions = useMemo(
    () =>
      (cards.data ?? [])
        .filter((c) => c.status === 'active' && !c.expired)
        .flatMap((c) =>
          c.items
            .filter(
              (i) => service && i.itemCode === service.sku && (i.sessionsLeft === null || i.sessionsLeft > 0),
            )
            .map((i) => ({
              value: c.id,
              label: `${c.name} · ${
                i.sessionsLeft === null
                  ? t('appointments.unlimited')
                  : t('appointments.sessionsLeft', { n: i.sessionsLeft })
              }`,
            })),
        ),
    [cards.data, service, t],
  );

  useEffect(() => {
    if (!open || !slot) return;
    form.resetFields();
    form.setFieldsValue({ staffUserId: slot.staffUserId, clock: slot.clock, cardId: null, memberId: null });
    setIdemKey(newIdempotencyKey());
  }, [open, slot, form]);

  // A card only fits the service it was picked for.
  useEffect(() => {
    const current = form.getFieldValue('cardId');
    if (current && !cardOptions.some((o) => o.value === current)) form.setFieldValue('cardId', null);
  }, [cardOptions, form]);

  const submit = async () => {
    if (!slot) return;
    const v = await form.validateFields();
    setSaving(true);
    try {
      const booked = await unwrap(
        api.POST('/api/v1/appointments', {
          body: {
            storeId,
            memberId: v.memberId!,
            serviceId: v.serviceId,
            staffUserId: v.staffUserId ?? null,
            startsAt: atLocal(slot.day, v.clock, zone).toISOString(),
            cardId: v.cardId ?? null,
            ...(v.note ? { note: v.note } : {}),
          },
          headers: { 'Idempotency-Key': idemKey },
        }),
      );
      message.success(t('appointments.booked'));
      onBooked(booked);
    } catch (err) {
      message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t('appointments.book')} · ${slot?.day ?? ''}`}
      onCancel={onClose}
      onOk={submit}
      okText={t('appointments.book')}
      okButtonProps={{ loading: saving, 'data-testid': 'book-submit' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="memberId" label={t('appointments.member')} rules={[{ required: true }]}>
          <MemberPickerField />
        </Form.Item>
        <Form.Item name="serviceId" label={t('appointments.service')} rules={[{ required: true }]}>
          <Select
            data-testid="book-service"
            showSearch={{ optionFilterProp: 'label' }}
            loading={services.loading}
            options={(services.data?.items ?? []).map((s) => ({
              value: s.id,
              label: s.durationMinutes
                ? `${s.name} · ${t('appointments.minutes', { n: s.durationMinutes })}`
                : s.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="staffUserId" label={t('appointments.staff')}>
          <Select
            data-testid="book-staff"
            allowClear
            placeholder={t('appointments.anyStaff')}
            options={staff.map((s) => ({ value: s.userId, label: s.displayName }))}
          />
        </Form.Item>
        <Form.Item name="clock" label={t('appointments.startsAt')} rules={[{ required: true }]}>
          <Select data-testid="book-time" options={clocks.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="cardId" label={t('appointments.card')} extra={t('appointments.cardHelp')}>
          <Select
            data-testid="book-card"
            allowClear
            placeholder={t('appointments.noCard')}
            disabled={cardOptions.length === 0}
            options={cardOptions}
          />
        </Form.Item>
        <Form.Item name="note" label={t('appointments.note')}>
          <Input maxLength={200} data-testid="book-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** MemberPicker inside a Form.Item (value/onChange come from the form). */
function MemberPickerField(props: { value?: string | null; onChange?: (v: string | null) => void }) {
  return (
    <div data-testid="book-member">
      <MemberPicker value={props.value} onChange={props.onChange} />
    </div>
  );
}
