import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { fromRules, RuleBuilder, type RuleForm, toRules } from './RuleBuilder.tsx';

type Segment = Schemas['Segment'];
type Preview = {
  count: number;
  items: { id: string; name: string; phone: string | null; cumulativeSpendCents: number }[];
};

/** Saved segments; the editor shows the live count and the first members as rules change. */
export function SegmentsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const canManage = can('engagement.manage');
  const segments = useLoad(() => unwrap(api.GET('/api/v1/engagement/segments')), []);
  const [editing, setEditing] = useState<Segment | null | undefined>(undefined);

  const remove = async (s: Segment) => {
    try {
      await unwrap(api.DELETE('/api/v1/engagement/segments/{id}', { params: { path: { id: s.id } } }));
      void message.success(t('common.deleted'));
      void segments.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  return (
    <>
      <LoadError error={segments.error} onRetry={segments.reload} />
      {canManage && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="segment-new"
          >
            {t('engagement.segments.new')}
          </Button>
        </Space>
      )}
      <Table<Segment>
        rowKey="id"
        loading={segments.loading}
        dataSource={segments.data ?? []}
        pagination={false}
        columns={[
          { title: t('engagement.segments.name'), dataIndex: 'name' },
          {
            title: t('engagement.segments.rules'),
            key: 'rules',
            render: (_, s) => (
              <Typography.Text type="secondary">{Object.keys(s.rules).length}</Typography.Text>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, s) => (
              <Space size={0}>
                {canManage && (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                    {t('common.edit')}
                  </Button>
                )}
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  href={`/api/v1/engagement/segments/${s.id}/export.xlsx`}
                >
                  {t('common.exportExcel')}
                </Button>
                {canManage && (
                  <Popconfirm
                    title={t('engagement.segments.deleteConfirm', { name: s.name })}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(s)}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <SegmentModal
          segment={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            void segments.reload();
          }}
        />
      )}
    </>
  );
}

function SegmentModal({
  segment,
  onClose,
  onSaved,
}: {
  segment: Segment | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleForm & { name: string }>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    try {
      const rules = toRules(form.getFieldsValue());
      setPreview(
        await unwrap(api.POST('/api/v1/engagement/segments/preview', { body: { rules, limit: 20 } })),
      );
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const save = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const body = { name: values.name, rules: toRules(values) };
      if (segment)
        await unwrap(
          api.PUT('/api/v1/engagement/segments/{id}', { params: { path: { id: segment.id } }, body }),
        );
      else await unwrap(api.POST('/api/v1/engagement/segments', { body }));
      void message.success(t('common.saved'));
      onSaved();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={segment ? t('engagement.segments.edit') : t('engagement.segments.new')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={segment ? { name: segment.name, ...fromRules(segment.rules) } : {}}
        onValuesChange={() => setPreview(null)}
      >
        <Form.Item
          name="name"
          label={t('engagement.segments.name')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={100} data-testid="segment-name" />
        </Form.Item>
        <RuleBuilder />
      </Form>
      <Space align="start" style={{ width: '100%' }} direction="vertical">
        <Button onClick={refresh} data-testid="segment-count">
          {t('engagement.segments.count')}
        </Button>
        {preview && (
          <>
            <Statistic title={t('engagement.segments.members')} value={preview.count} />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={preview.items}
              columns={[
                { title: t('engagement.segments.name'), dataIndex: 'name' },
                { title: t('engagement.segments.phone'), dataIndex: 'phone' },
                {
                  title: t('engagement.segments.spend'),
                  dataIndex: 'cumulativeSpendCents',
                  render: (v: number) => formatYuan(v),
                },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
