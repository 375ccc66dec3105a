import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Modal, Rate, Row, Select, Space, Statistic, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import type { Rating } from './labels.ts';

type Group = Schemas['FeedbackSummary']['byStore'][number];

/** Ratings with the average per store and per person; the list exports to Excel. */
export function RatingsTab() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [storeId, setStoreId] = useState<string | undefined>();
  const [rating, setRating] = useState(false);
  const [extra, setExtra] = useState<Rating[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const storeName = useMemo(() => {
    const names = new Map((me?.stores ?? []).map((s) => [s.id, s.name]));
    return (id: string) => names.get(id) ?? id.slice(0, 8);
  }, [me]);
  const summary = useLoad(
    () => unwrap(api.GET('/api/v1/feedback/summary', { params: { query: { storeId } } })),
    [storeId],
  );
  const page = useLoad(async () => {
    const res = await unwrap(api.GET('/api/v1/feedback/ratings', { params: { query: { storeId } } }));
    setExtra([]);
    setCursor(res.nextCursor);
    return res.items;
  }, [storeId]);
  const more = async () => {
    if (!cursor) return;
    const res = await unwrap(api.GET('/api/v1/feedback/ratings', { params: { query: { storeId, cursor } } }));
    setExtra((e) => [...e, ...res.items]);
    setCursor(res.nextCursor);
  };
  const rows = [...(page.data ?? []), ...extra];
  const s = summary.data;
  const groupColumns = (title: string) => [
    { title, dataIndex: 'name', render: (n: string | null) => n ?? t('feedback.nobody') },
    { title: t('feedback.count'), dataIndex: 'count' },
    { title: t('feedback.average'), dataIndex: 'average', render: (a: number) => a.toFixed(2) },
  ];

  return (
    <div data-testid="ratings-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('feedback.store')}
          style={{ width: 160 }}
          value={storeId}
          onChange={setStoreId}
          options={(me?.stores ?? []).map((st) => ({ value: st.id, label: st.name }))}
        />
        {can('feedback.record') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRating(true)}
            data-testid="rating-new"
          >
            {t('feedback.newRating')}
          </Button>
        )}
        <ExportButton<Rating>
          name={t('feedback.tabRatings')}
          rows={rows}
          columns={[
            { title: t('common.createdAt'), value: (r) => formatDateTime(r.createdAt) },
            { title: t('feedback.store'), value: (r) => storeName(r.storeId) },
            { title: t('feedback.order'), value: (r) => r.orderNo },
            { title: t('feedback.member'), value: (r) => r.memberName ?? '' },
            { title: t('feedback.staff'), value: (r) => r.staffName ?? '' },
            { title: t('feedback.score'), value: (r) => r.score },
            { title: t('feedback.comment'), value: (r) => r.comment },
          ]}
        />
      </Space>
      <LoadError
        error={summary.error ?? page.error}
        onRetry={() => {
          void summary.reload();
          void page.reload();
        }}
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('feedback.average')}
              value={s?.ratings.average ?? 0}
              precision={2}
              data-testid="ratings-average"
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('feedback.count')} value={s?.ratings.count ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('feedback.complaintsTotal')} value={s?.complaints.total ?? 0} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={12}>
          <Table<Group>
            size="small"
            rowKey={(g) => g.id ?? '-'}
            title={() => t('feedback.byStore')}
            dataSource={s?.byStore ?? []}
            pagination={false}
            columns={groupColumns(t('feedback.store'))}
          />
        </Col>
        <Col xs={24} md={12}>
          <Table<Group>
            size="small"
            rowKey={(g) => g.id ?? '-'}
            title={() => t('feedback.byStaff')}
            dataSource={s?.byStaff ?? []}
            pagination={false}
            columns={groupColumns(t('feedback.staff'))}
          />
        </Col>
      </Row>
      <Table<Rating>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          { title: t('feedback.store'), dataIndex: 'storeId', render: storeName },
          { title: t('feedback.order'), dataIndex: 'orderNo' },
          { title: t('feedback.member'), dataIndex: 'memberName' },
          { title: t('feedback.staff'), dataIndex: 'staffName' },
          {
            title: t('feedback.score'),
            dataIndex: 'score',
            render: (v: number) => <Rate disabled value={v} />,
          },
          { title: t('feedback.comment'), dataIndex: 'comment' },
        ]}
      />
      {cursor && (
        <Button style={{ marginTop: 12 }} onClick={more}>
          {t('members.loadMore')}
        </Button>
      )}
      <RatingModal
        open={rating}
        onClose={() => setRating(false)}
        onSaved={() => {
          setRating(false);
          void page.reload();
          void summary.reload();
        }}
      />
    </div>
  );
}

/** 登记评价: a member's stars for one visit, named by its order id. */
function RatingModal({
  open,
  onClose,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ orderId: string; score: number; comment?: string }>();
  const save = async () => {
    const v = await form.validateFields();
    try {
      await unwrap(
        api.POST('/api/v1/feedback/ratings', {
          body: { orderId: v.orderId.trim(), score: v.score, ...(v.comment ? { comment: v.comment } : {}) },
        }),
      );
      form.resetFields();
      void message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  return (
    <Modal
      open={open}
      title={t('feedback.newRating')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ score: 5 }}>
        <Form.Item
          name="orderId"
          label={t('feedback.orderId')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={36} />
        </Form.Item>
        <Form.Item name="score" label={t('feedback.score')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="comment" label={t('feedback.comment')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
