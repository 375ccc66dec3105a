import {
  App,
  Button,
  Form,
  Input,
  Modal,
  Rate,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { CATEGORIES, type Category, type FollowUp, type FollowUpOutcome, OUTCOMES } from './labels.ts';

type Scope = 'mine' | 'store';
type Status = FollowUp['status'];

/** 回访任务: the user's own calls (or everyone's in their stores), soonest due first. */
export function FollowUpsTab() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<Status | undefined>('open');
  const [closing, setClosing] = useState<FollowUp | null>(null);
  const [extra, setExtra] = useState<FollowUp[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const storeName = useMemo(() => {
    const names = new Map((me?.stores ?? []).map((s) => [s.id, s.name]));
    return (id: string) => names.get(id) ?? id.slice(0, 8);
  }, [me]);
  const query = { scope, status };
  const page = useLoad(async () => {
    const res = await unwrap(api.GET('/api/v1/follow-ups', { params: { query } }));
    setExtra([]);
    setCursor(res.nextCursor);
    return res.items;
  }, [scope, status]);
  const more = async () => {
    if (!cursor) return;
    const res = await unwrap(api.GET('/api/v1/follow-ups', { params: { query: { ...query, cursor } } }));
    setExtra((e) => [...e, ...res.items]);
    setCursor(res.nextCursor);
  };
  const rows = [...(page.data ?? []), ...extra];
  const now = Date.now();
  const outcomeLabel = (o: FollowUpOutcome | null) => (o ? t(`feedback.outcome_${o}`) : '');
  const mayClose = (f: FollowUp) =>
    f.status === 'open' && (f.staffUserId === me?.user.id || can('feedback.manage'));

  return (
    <div data-testid="follow-ups-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        {can('feedback.read') && (
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: t('feedback.mine') },
              { value: 'store', label: t('feedback.storeTasks') },
            ]}
          />
        )}
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 130 }}
          value={status}
          onChange={setStatus}
          options={(['open', 'done'] as const).map((s) => ({ value: s, label: t(`feedback.fuStatus_${s}`) }))}
        />
        <ExportButton<FollowUp>
          name={t('feedback.tabFollowUps')}
          rows={rows}
          columns={[
            { title: t('feedback.dueAt'), value: (r) => formatDateTime(r.dueAt) },
            { title: t('feedback.store'), value: (r) => storeName(r.storeId) },
            { title: t('feedback.member'), value: (r) => r.memberName },
            { title: t('feedback.phone'), value: (r) => r.memberPhone ?? '' },
            { title: t('feedback.order'), value: (r) => r.orderNo },
            { title: t('feedback.visitAt'), value: (r) => formatDateTime(r.visitAt) },
            { title: t('feedback.staff'), value: (r) => r.staffName ?? '' },
            { title: t('common.status'), value: (r) => t(`feedback.fuStatus_${r.status}`) },
            { title: t('feedback.outcome'), value: (r) => outcomeLabel(r.outcome) },
            { title: t('feedback.note'), value: (r) => r.note },
          ]}
        />
      </Space>
      <LoadError error={page.error} onRetry={page.reload} />
      <Table<FollowUp>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('feedback.noTasks') }}
        columns={[
          {
            title: t('feedback.dueAt'),
            dataIndex: 'dueAt',
            render: (d: string, f) => (
              <Typography.Text
                type={f.status === 'open' && new Date(d).getTime() < now ? 'danger' : undefined}
              >
                {formatDateTime(d)}
                {f.status === 'open' && new Date(d).getTime() < now ? ` · ${t('feedback.overdue')}` : ''}
              </Typography.Text>
            ),
          },
          { title: t('feedback.member'), dataIndex: 'memberName' },
          { title: t('feedback.phone'), dataIndex: 'memberPhone' },
          {
            title: t('feedback.order'),
            dataIndex: 'orderNo',
            render: (no: string, f) => `${no} · ${formatYuan(f.orderTotalCents)}`,
          },
          { title: t('feedback.visitAt'), dataIndex: 'visitAt', render: formatDateTime },
          ...(scope === 'store' ? [{ title: t('feedback.staff'), dataIndex: 'staffName' }] : []),
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: Status, f: FollowUp) =>
              s === 'open' ? (
                <Tag color="blue">{t('feedback.fuStatus_open')}</Tag>
              ) : (
                <Tag color="green">{outcomeLabel(f.outcome)}</Tag>
              ),
          },
          { title: t('feedback.note'), dataIndex: 'note', ellipsis: true },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, f: FollowUp) =>
              mayClose(f) && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setClosing(f)}
                  data-testid="follow-up-record"
                >
                  {t('feedback.record')}
                </Button>
              ),
          },
        ]}
      />
      {cursor && (
        <Button style={{ marginTop: 12 }} onClick={more}>
          {t('members.loadMore')}
        </Button>
      )}
      <CloseModal
        task={closing}
        onClose={() => setClosing(null)}
        onDone={() => {
          setClosing(null);
          void page.reload();
        }}
      />
    </div>
  );
}

interface CloseValues {
  outcome: FollowUpOutcome;
  note?: string;
  raise?: boolean;
  category?: Category;
  description?: string;
  score?: number;
  ratingComment?: string;
}

function CloseModal({
  task,
  onClose,
  onDone,
}: {
  task: FollowUp | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const outcome = Form.useWatch('outcome', form);
  const save = async () => {
    if (!task) return;
    const v = await form.validateFields();
    try {
      await unwrap(
        api.POST('/api/v1/follow-ups/{id}/close', {
          params: { path: { id: task.id } },
          body: {
            outcome: v.outcome,
            ...(v.note ? { note: v.note } : {}),
            ...(v.score
              ? { rating: { score: v.score, ...(v.ratingComment ? { comment: v.ratingComment } : {}) } }
              : {}),
            ...(v.outcome === 'complaint_raised' && v.description
              ? { complaint: { category: v.category ?? 'service', description: v.description } }
              : {}),
          },
        }),
      );
      form.resetFields();
      void message.success(t('common.saved'));
      onDone();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  return (
    <Modal
      open={task !== null}
      title={task ? `${t('feedback.record')} · ${task.memberName}` : ''}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ outcome: 'contacted', category: 'service' }}>
        <Form.Item name="outcome" label={t('feedback.outcome')} rules={[{ required: true }]}>
          <Select
            options={OUTCOMES.map((o) => ({ value: o, label: t(`feedback.outcome_${o}`) }))}
            data-testid="follow-up-outcome"
          />
        </Form.Item>
        <Form.Item name="note" label={t('feedback.note')}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="follow-up-note" />
        </Form.Item>
        <Form.Item name="score" label={t('feedback.ratingOnCall')}>
          <Rate />
        </Form.Item>
        <Form.Item name="ratingComment" label={t('feedback.comment')}>
          <Input maxLength={500} />
        </Form.Item>
        {outcome === 'complaint_raised' && (
          <>
            <Typography.Text strong>{t('feedback.raiseComplaint')}</Typography.Text>
            <Form.Item name="category" label={t('feedback.category')}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`feedback.category_${c}`) }))} />
            </Form.Item>
            <Form.Item name="description" label={t('feedback.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
