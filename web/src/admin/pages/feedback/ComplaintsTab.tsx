import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { ComplaintDrawer } from './ComplaintDrawer.tsx';
import { ComplaintModal } from './ComplaintModal.tsx';
import {
  CATEGORIES,
  type Category,
  COMPLAINT_STATUSES,
  type Complaint,
  type ComplaintStatus,
  STATUS_COLOR,
} from './labels.ts';

/**
 * Complaints of the user's stores with filters; a row opens the workflow drawer. `mineOnly`: the
 * complaints assigned to the user (all someone without feedback.read may list).
 */
export function ComplaintsTab({ mineOnly = false }: { mineOnly?: boolean }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [status, setStatus] = useState<ComplaintStatus | undefined>();
  const [category, setCategory] = useState<Category | undefined>();
  const [storeId, setStoreId] = useState<string | undefined>();
  const [due, setDue] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [extra, setExtra] = useState<Complaint[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const storeName = useMemo(() => {
    const names = new Map((me?.stores ?? []).map((s) => [s.id, s.name]));
    return (id: string) => names.get(id) ?? id.slice(0, 8);
  }, [me]);
  const query = {
    status,
    category,
    storeId,
    ...(due ? { followUpBy: dayjs().format('YYYY-MM-DD') } : {}),
    ...(mineOnly && me ? { assigneeUserId: me.user.id } : {}),
  };
  const page = useLoad(async () => {
    const res = await unwrap(api.GET('/api/v1/complaints', { params: { query } }));
    setExtra([]);
    setCursor(res.nextCursor);
    return res.items;
  }, [status, category, storeId, due]);
  const more = async () => {
    if (!cursor) return;
    const res = await unwrap(api.GET('/api/v1/complaints', { params: { query: { ...query, cursor } } }));
    setExtra((e) => [...e, ...res.items]);
    setCursor(res.nextCursor);
  };
  const rows = [...(page.data ?? []), ...extra];
  const catLabel = (c: string) => t(`feedback.category_${c}`, { defaultValue: c });

  return (
    <div data-testid="complaints-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 130 }}
          value={status}
          onChange={setStatus}
          options={COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`feedback.status_${s}`) }))}
          data-testid="complaint-status-filter"
        />
        <Select
          allowClear
          placeholder={t('feedback.category')}
          style={{ width: 140 }}
          value={category}
          onChange={setCategory}
          options={CATEGORIES.map((c) => ({ value: c, label: catLabel(c) }))}
        />
        <Select
          allowClear
          placeholder={t('feedback.store')}
          style={{ width: 160 }}
          value={storeId}
          onChange={setStoreId}
          options={(me?.stores ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <Checkbox checked={due} onChange={(e) => setDue(e.target.checked)}>
          {t('feedback.followUpDue')}
        </Checkbox>
        {can('feedback.record') && !mineOnly && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="complaint-new"
          >
            {t('feedback.newComplaint')}
          </Button>
        )}
        <ExportButton<Complaint>
          name={t('feedback.tabComplaints')}
          rows={rows}
          columns={[
            { title: t('common.createdAt'), value: (r) => formatDateTime(r.createdAt) },
            { title: t('feedback.store'), value: (r) => storeName(r.storeId) },
            { title: t('feedback.member'), value: (r) => r.memberName ?? '' },
            { title: t('feedback.order'), value: (r) => r.orderNo ?? '' },
            { title: t('feedback.category'), value: (r) => catLabel(r.category) },
            { title: t('feedback.description'), value: (r) => r.description },
            { title: t('common.status'), value: (r) => t(`feedback.status_${r.status}`) },
            { title: t('feedback.assignee'), value: (r) => r.assigneeName ?? '' },
            { title: t('feedback.followUpOn'), value: (r) => r.followUpOn ?? '' },
            { title: t('feedback.resolution'), value: (r) => r.resolution },
          ]}
        />
      </Space>
      <LoadError error={page.error} onRetry={page.reload} />
      <Table<Complaint>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={rows}
        pagination={false}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          { title: t('feedback.store'), dataIndex: 'storeId', render: storeName },
          { title: t('feedback.member'), dataIndex: 'memberName' },
          { title: t('feedback.category'), dataIndex: 'category', render: catLabel },
          { title: t('feedback.description'), dataIndex: 'description', ellipsis: true },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: ComplaintStatus) => <Tag color={STATUS_COLOR[s]}>{t(`feedback.status_${s}`)}</Tag>,
          },
          {
            title: t('feedback.assignee'),
            dataIndex: 'assigneeName',
            render: (n: string | null) => n ?? '—',
          },
          {
            title: t('feedback.followUpOn'),
            dataIndex: 'followUpOn',
            render: (d: string | null) => d ?? '—',
          },
        ]}
      />
      {cursor && (
        <Button style={{ marginTop: 12 }} onClick={more}>
          {t('members.loadMore')}
        </Button>
      )}
      <ComplaintModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          void page.reload();
          setOpen(c.id);
        }}
      />
      <ComplaintDrawer
        complaintId={open}
        onClose={() => setOpen(null)}
        onChanged={() => void page.reload()}
        storeName={storeName}
      />
    </div>
  );
}
