import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';

type Campaign = Schemas['Campaign'];

/** Campaigns: create (now or scheduled), cancel a scheduled one, open its report. */
export function CampaignsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const canManage = can('engagement.manage');
  const campaigns = useLoad(() => unwrap(api.GET('/api/v1/engagement/campaigns')), []);
  const [creating, setCreating] = useState(false);
  const [reportOf, setReportOf] = useState<string | null>(null);

  const cancel = async (c: Campaign) => {
    try {
      await unwrap(api.POST('/api/v1/engagement/campaigns/{id}/cancel', { params: { path: { id: c.id } } }));
      void campaigns.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  return (
    <>
      <LoadError error={campaigns.error} onRetry={campaigns.reload} />
      {canManage && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="campaign-new"
          >
            {t('engagement.campaigns.new')}
          </Button>
        </Space>
      )}
      <Table<Campaign>
        rowKey="id"
        loading={campaigns.loading}
        dataSource={campaigns.data ?? []}
        pagination={false}
        columns={[
          { title: t('engagement.campaigns.name'), dataIndex: 'name' },
          {
            title: t('engagement.channel'),
            dataIndex: 'channel',
            render: (c: string) => t(`engagement.channel_${c}`),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{t(`engagement.campaigns.status_${s}`)}</Tag>,
          },
          { title: t('engagement.campaigns.scheduledAt'), dataIndex: 'scheduledAt', render: formatDateTime },
          { title: t('engagement.campaigns.audience'), dataIndex: 'audience' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, c) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setReportOf(c.id)}>
                  {t('engagement.campaigns.report')}
                </Button>
                {canManage && c.status === 'scheduled' && (
                  <Button type="link" size="small" danger onClick={() => cancel(c)}>
                    {t('engagement.campaigns.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <CampaignModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void campaigns.reload();
          }}
        />
      )}
      {reportOf && <ReportDrawer id={reportOf} onClose={() => setReportOf(null)} />}
    </>
  );
}

interface CampaignForm {
  name: string;
  segmentId: string;
  channel: 'sms' | 'email' | 'inbox';
  subject?: string;
  body: string;
  couponTemplateId?: string;
  reportDays?: number;
  scheduledAt?: Dayjs | null;
}

function CampaignModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CampaignForm>();
  const [busy, setBusy] = useState(false);
  const segments = useLoad(() => unwrap(api.GET('/api/v1/engagement/segments')), []);
  // Coupon templates when the coupons module is there and the user may read them.
  const templates = useLoad(
    () => unwrap(api.GET('/api/v1/coupon-templates')).catch((): { id: string; name: string }[] => []),
    [],
  );
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/engagement/campaigns', {
          body: {
            name: v.name,
            segmentId: v.segmentId,
            channel: v.channel,
            subject: v.subject ?? '',
            body: v.body,
            couponTemplateId: v.couponTemplateId ?? null,
            reportDays: v.reportDays ?? 30,
            scheduledAt: v.scheduledAt ? v.scheduledAt.toISOString() : null,
          },
        }),
      );
      void message.success(t('common.created'));
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
      title={t('engagement.campaigns.new')}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical" initialValues={{ channel: 'sms', reportDays: 30 }}>
        <Form.Item
          name="name"
          label={t('engagement.campaigns.name')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="segmentId"
          label={t('engagement.campaigns.segment')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('engagement.channel')}>
          <Select
            options={['sms', 'email', 'inbox'].map((c) => ({
              value: c,
              label: t(`engagement.channel_${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="subject" label={t('engagement.subject')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('engagement.text')}
          extra={t('engagement.textHelp', { o: '{{', c: '}}' })}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item name="couponTemplateId" label={t('engagement.coupon')}>
          <Select allowClear options={(templates.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Space>
          <Form.Item
            name="scheduledAt"
            label={t('engagement.campaigns.scheduledAt')}
            extra={t('engagement.campaigns.sendNowHelp')}
          >
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="reportDays" label={t('engagement.campaigns.reportDays')}>
            <InputNumber min={1} max={365} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function ReportDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useLoad(
    () => unwrap(api.GET('/api/v1/engagement/campaigns/{id}/report', { params: { path: { id } } })),
    [id],
  );
  const r = report.data;
  return (
    <Drawer open width={480} title={r?.campaign.name ?? t('engagement.campaigns.report')} onClose={onClose}>
      <LoadError error={report.error} onRetry={report.reload} />
      {r && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('engagement.report.recipients')}>{r.recipients}</Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.sent')}>{r.sent}</Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.queued')}>{r.queued}</Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.failed')}>{r.failed}</Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.noConsent')}>
            {r.skipped.noConsent}
          </Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.frequencyCap')}>
            {r.skipped.frequencyCap}
          </Descriptions.Item>
          <Descriptions.Item label={t('engagement.report.otherSkipped')}>{r.skipped.other}</Descriptions.Item>
          {r.coupons && (
            <>
              <Descriptions.Item label={t('engagement.report.couponsIssued')}>
                {r.coupons.issued}
              </Descriptions.Item>
              <Descriptions.Item label={t('engagement.report.redeemed')}>
                {r.coupons.redeemed}
              </Descriptions.Item>
              <Descriptions.Item label={t('engagement.report.revenue', { days: r.campaign.reportDays })}>
                {formatYuan(r.coupons.redeemerRevenueCents)}
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      )}
    </Drawer>
  );
}
