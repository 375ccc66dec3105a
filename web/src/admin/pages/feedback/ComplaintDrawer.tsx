import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { type ComplaintDetail, type ComplaintStatus, nextStatuses, STATUS_COLOR } from './labels.ts';
import { usePeople } from './use-people.ts';

interface Props {
  complaintId: string | null;
  onClose: () => void;
  onChanged: () => void;
  storeName: (id: string) => string;
}

/** One complaint: what happened, its workflow buttons, and the append-only history. */
export function ComplaintDrawer({ complaintId, onClose, onChanged, storeName }: Props) {
  const { t } = useTranslation();
  const detail = useLoad(
    () =>
      complaintId
        ? unwrap(api.GET('/api/v1/complaints/{id}', { params: { path: { id: complaintId } } }))
        : Promise.resolve(null),
    [complaintId],
  );
  const c = detail.data;
  return (
    <Drawer
      open={complaintId !== null}
      onClose={onClose}
      width={560}
      title={t('feedback.tabComplaints')}
      destroyOnHidden
    >
      <LoadError error={detail.error} onRetry={detail.reload} />
      {!c ? (
        <Spin />
      ) : (
        <div data-testid="complaint-drawer">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('common.status')}>
              <Tag color={STATUS_COLOR[c.status]} data-testid="complaint-status">
                {t(`feedback.status_${c.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.category')}>
              {t(`feedback.category_${c.category}`, { defaultValue: c.category })}
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.store')}>{storeName(c.storeId)}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.member')}>{c.memberName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.order')}>{c.orderNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.description')}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.assignee')}>
              {c.assigneeName ?? t('feedback.nobody')}
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.followUpOn')}>{c.followUpOn ?? '—'}</Descriptions.Item>
            {c.resolution && (
              <Descriptions.Item label={t('feedback.resolution')}>{c.resolution}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('common.createdAt')}>
              {formatDateTime(c.createdAt)} · {t(`feedback.channel_${c.channel}`)}
            </Descriptions.Item>
          </Descriptions>
          <Workflow
            complaint={c}
            onChanged={() => {
              void detail.reload();
              onChanged();
            }}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('feedback.history')}
          </Typography.Title>
          <Timeline
            items={c.notes.map((n) => ({
              key: n.id,
              content: (
                <div data-testid="complaint-note" data-kind={n.kind}>
                  <Space size={6} wrap>
                    <Typography.Text strong>{t(`feedback.kind_${n.kind}`)}</Typography.Text>
                    {n.fromStatus && n.toStatus && (
                      <span>
                        {t(`feedback.status_${n.fromStatus}`)} → {t(`feedback.status_${n.toStatus}`)}
                      </span>
                    )}
                    {n.followUpOn && <Tag>{`${t('feedback.followUpOn')} ${n.followUpOn}`}</Tag>}
                  </Space>
                  {n.text && (
                    <div style={{ whiteSpace: 'pre-wrap' }}>
                      <Typography.Text>{n.text}</Typography.Text>
                    </div>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(n.at)} · {n.authorName}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        </div>
      )}
    </Drawer>
  );
}

interface Move {
  to: ComplaintStatus;
  label: string;
}

function Workflow({ complaint, onChanged }: { complaint: ComplaintDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, me } = useSession();
  const people = usePeople();
  const [form] = Form.useForm<{
    assigneeUserId?: string;
    resolution?: string;
    note?: string;
    followUpOn?: Dayjs | null;
  }>();
  const [busy, setBusy] = useState(false);
  const manager = can('feedback.manage');
  const assignee = complaint.assigneeUserId !== null && complaint.assigneeUserId === me?.user.id;
  const moves: Move[] = nextStatuses(complaint.status)
    .filter((to) => manager || (assignee && to === 'resolved'))
    .map((to) => ({
      to,
      label:
        to === 'assigned'
          ? t(
              complaint.status === 'new'
                ? 'feedback.assign'
                : complaint.status === 'assigned'
                  ? 'feedback.reassign'
                  : 'feedback.reopen',
            )
          : to === 'resolved'
            ? t('feedback.resolve')
            : t('feedback.close'),
    }));
  const canNote = manager || assignee;

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
      form.resetFields();
      void message.success(t('common.saved'));
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };
  const move = (to: ComplaintStatus) =>
    run(async () => {
      const v = form.getFieldsValue();
      await unwrap(
        api.POST('/api/v1/complaints/{id}/status', {
          params: { path: { id: complaint.id } },
          body: {
            status: to,
            ...(to === 'assigned' && v.assigneeUserId ? { assigneeUserId: v.assigneeUserId } : {}),
            ...(to === 'resolved' && v.resolution ? { resolution: v.resolution } : {}),
            ...(v.note ? { note: v.note } : {}),
            ...(v.followUpOn !== undefined
              ? { followUpOn: v.followUpOn ? v.followUpOn.format('YYYY-MM-DD') : null }
              : {}),
          },
        }),
      );
    });
  const note = () =>
    run(async () => {
      const v = form.getFieldsValue();
      await unwrap(
        api.POST('/api/v1/complaints/{id}/notes', {
          params: { path: { id: complaint.id } },
          body: {
            text: v.note ?? '',
            ...(v.followUpOn !== undefined
              ? { followUpOn: v.followUpOn ? v.followUpOn.format('YYYY-MM-DD') : null }
              : {}),
          },
        }),
      );
    });
  if (!canNote && moves.length === 0) return null;
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 16 }} data-testid="complaint-workflow">
      {moves.some((m) => m.to === 'assigned') && (
        <Form.Item name="assigneeUserId" label={t('feedback.assignee')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={people}
            data-testid="complaint-assignee"
          />
        </Form.Item>
      )}
      {moves.some((m) => m.to === 'resolved') && (
        <Form.Item name="resolution" label={t('feedback.resolution')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="complaint-resolution" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('feedback.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="complaint-note-text" />
      </Form.Item>
      <Form.Item name="followUpOn" label={t('feedback.followUpOn')}>
        <DatePicker />
      </Form.Item>
      <Space wrap>
        {moves.map((m) => (
          <Button
            key={`${m.to}-${m.label}`}
            type={m.to === 'closed' ? 'default' : 'primary'}
            loading={busy}
            onClick={() => void move(m.to)}
            data-testid={`complaint-move-${m.to}`}
          >
            {m.label}
          </Button>
        ))}
        {canNote && (
          <Button loading={busy} onClick={() => void note()} data-testid="complaint-add-note">
            {t('feedback.addNote')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
