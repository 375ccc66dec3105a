import { App, Button, Descriptions, Drawer, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSession } from '../../auth/session.tsx';
import { type Appointment, AppointmentStatusTag } from './StatusTag.tsx';
import { inZone } from './time.ts';

interface Props {
  appointment: Appointment | null;
  zone: string;
  nowMs: number;
  onClose: () => void;
  onChanged: (a: Appointment) => void;
}

/** One booking: who, what, when, the card session it holds, and arrive / cancel / no-show. */
export function AppointmentDrawer({ appointment: a, zone, nowMs, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  const run = async (verb: 'arrive' | 'no-show' | 'cancel') => {
    if (!a) return;
    setBusy(true);
    try {
      const path = { params: { path: { id: a.id } } };
      const next =
        verb === 'arrive'
          ? await unwrap(api.POST('/api/v1/appointments/{id}/arrive', path))
          : verb === 'no-show'
            ? await unwrap(api.POST('/api/v1/appointments/{id}/no-show', path))
            : await unwrap(api.POST('/api/v1/appointments/{id}/cancel', { ...path, body: { reason } }));
      message.success(t(`appointments.done_${next.status}`));
      setCancelling(false);
      setReason('');
      onChanged(next);
    } catch (err) {
      message.error(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const manage = can('appointments.manage') && a?.status === 'booked';
  const started = a ? new Date(a.startsAt).getTime() <= nowMs : false;
  return (
    <Drawer
      open={!!a}
      onClose={onClose}
      title={t('appointments.detail')}
      width={420}
      data-testid="appointment-drawer"
    >
      {a && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('appointments.statusLabel')}>
              <AppointmentStatusTag status={a.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.member')}>{a.memberName}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.service')}>{a.serviceName}</Descriptions.Item>
            <Descriptions.Item label={t('appointments.staff')}>
              {a.staffName ?? t('appointments.anyStaff')}
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.startsAt')}>
              {inZone(a.startsAt, zone).format('YYYY-MM-DD HH:mm')}–{inZone(a.endsAt, zone).format('HH:mm')}
            </Descriptions.Item>
            <Descriptions.Item label={t('appointments.card')}>
              {a.cardName ? (
                <span data-testid="appointment-session">
                  {a.cardName} · {t(`appointments.session_${a.session}`)}
                </span>
              ) : (
                t('appointments.noCard')
              )}
            </Descriptions.Item>
            {a.note && <Descriptions.Item label={t('appointments.note')}>{a.note}</Descriptions.Item>}
            {a.cancelReason && (
              <Descriptions.Item label={t('appointments.cancelReason')}>{a.cancelReason}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('appointments.createdAt')}>
              {formatDateTime(a.createdAt)}
            </Descriptions.Item>
            {a.closedAt && (
              <Descriptions.Item label={t('appointments.closedAt')}>
                {formatDateTime(a.closedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {manage && (
            <Space wrap style={{ marginTop: 16 }}>
              <Button
                type="primary"
                loading={busy}
                onClick={() => run('arrive')}
                data-testid="appointment-arrive"
              >
                {t('appointments.arrive')}
              </Button>
              <Button
                danger
                loading={busy}
                onClick={() => setCancelling(true)}
                data-testid="appointment-cancel"
              >
                {t('appointments.cancel')}
              </Button>
              <Button
                loading={busy}
                disabled={!started}
                title={started ? undefined : t('errors.APPOINTMENT_NOT_STARTED')}
                onClick={() => run('no-show')}
                data-testid="appointment-no-show"
              >
                {t('appointments.noShow')}
              </Button>
            </Space>
          )}
          <Modal
            open={cancelling}
            title={t('appointments.cancel')}
            onCancel={() => setCancelling(false)}
            onOk={() => run('cancel')}
            okButtonProps={{ danger: true, loading: busy, 'data-testid': 'cancel-submit' } as never}
          >
            <Input.TextArea
              rows={2}
              maxLength={200}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('appointments.cancelReason')}
              data-testid="cancel-reason"
            />
          </Modal>
        </>
      )}
    </Drawer>
  );
}
