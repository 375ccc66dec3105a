import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { type Coupon, couponTerms, STATE_COLOR } from './couponText.ts';

interface Props {
  memberId: string;
  /** Whether the signed-in user may give coupons (coupons.manage). */
  canIssue: boolean;
  /** Why giving coupons is not possible now (frozen, erased), if it is not. */
  blockedReason: string | null;
}

/** The member 360 coupons tab: usable first, then used, expired and voided; give coupons by hand. */
export function MemberCouponsTab({ memberId, canIssue, blockedReason }: Props) {
  const { t } = useTranslation();
  const coupons = useLoad(
    () => unwrap(api.GET('/api/v1/members/{id}/coupons', { params: { path: { id: memberId }, query: {} } })),
    [memberId],
  );
  const [issuing, setIssuing] = useState(false);

  return (
    <div data-testid="member-coupons">
      {canIssue && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            icon={<PlusOutlined />}
            disabled={Boolean(blockedReason)}
            title={blockedReason ?? undefined}
            onClick={() => setIssuing(true)}
            data-testid="coupons-issue"
          >
            {t('coupons.issue')}
          </Button>
        </Space>
      )}
      <LoadError error={coupons.error} onRetry={() => void coupons.reload()} />
      {coupons.loading && !coupons.data ? (
        <Spin />
      ) : (coupons.data ?? []).length === 0 ? (
        <Empty description={t('coupons.none')} />
      ) : (
        <List<Coupon>
          size="small"
          dataSource={coupons.data ?? []}
          renderItem={(c) => (
            <List.Item
              extra={<Tag color={STATE_COLOR[c.state]}>{t(`coupons.state_${c.state}`)}</Tag>}
              data-testid="member-coupon"
            >
              <List.Item.Meta
                title={
                  <Space size={8} wrap>
                    <Typography.Text strong>{c.name}</Typography.Text>
                    <Typography.Text type="secondary">{couponTerms(t, c)}</Typography.Text>
                  </Space>
                }
                description={
                  <Space size={12} wrap>
                    <Typography.Text copyable code>
                      {c.code}
                    </Typography.Text>
                    <span>{t('coupons.until', { date: formatDate(c.expiresAt) })}</span>
                    {c.state === 'used' && (
                      <span>{t('coupons.saved', { amount: formatYuan(c.discountCents) })}</span>
                    )}
                    <span>{t(`coupons.source_${c.source}`)}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <IssueCouponModal
        open={issuing}
        memberId={memberId}
        onClose={(issued) => {
          setIssuing(false);
          if (issued) void coupons.reload();
        }}
      />
    </div>
  );
}

function IssueCouponModal({
  open,
  memberId,
  onClose,
}: {
  open: boolean;
  memberId: string;
  onClose: (issued: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ templateId: string; count: number; note: string }>();
  const [saving, setSaving] = useState(false);
  const templates = useLoad(
    () =>
      open ? unwrap(api.GET('/api/v1/coupon-templates', { params: { query: {} } })) : Promise.resolve([]),
    [open],
  );

  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const issued = await unwrap(
        api.POST('/api/v1/members/{id}/coupons', {
          params: { path: { id: memberId } },
          body: { templateId: v.templateId, count: v.count, note: v.note?.trim() || undefined },
        }),
      );
      void message.success(t('coupons.issuedCount', { count: issued.length }));
      form.resetFields();
      onClose(true);
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('coupons.issue')}
      open={open}
      onCancel={() => onClose(false)}
      onOk={() => void submit()}
      confirmLoading={saving}
      okText={t('coupons.issue')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ count: 1, note: '' }}>
        <Form.Item
          name="templateId"
          label={t('coupons.template')}
          rules={[{ required: true, message: t('common.required', { field: t('coupons.template') }) }]}
        >
          <Select
            loading={templates.loading}
            options={(templates.data ?? []).map((x) => ({
              value: x.id,
              label: `${x.name} · ${couponTerms(t, x)}`,
            }))}
            data-testid="coupons-issue-template"
          />
        </Form.Item>
        <Form.Item name="count" label={t('coupons.count')}>
          <InputNumber min={1} max={50} precision={0} />
        </Form.Item>
        <Form.Item name="note" label={t('coupons.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
