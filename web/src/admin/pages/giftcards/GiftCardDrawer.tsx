import { StopOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';

type Entry = Schemas['GiftCardEntry'];

interface Props {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}

/** One card: its figures and every ledger row (issue, spend, refund, void); void with a reason. */
export function GiftCardDrawer({ id, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const { data, error, reload } = useLoad(
    () =>
      id ? unwrap(api.GET('/api/v1/gift-cards/{id}', { params: { path: { id } } })) : Promise.resolve(null),
    [id],
  );
  const [voiding, setVoiding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const doVoid = async () => {
    if (!id) return;
    const { reason } = await form.validateFields();
    setSaving(true);
    try {
      await unwrap(
        api.POST('/api/v1/gift-cards/{id}/void', {
          params: { path: { id } },
          headers: { 'Idempotency-Key': newIdempotencyKey() },
          body: { reason },
        }),
      );
      void message.success(t('giftcards.voided'));
      setVoiding(false);
      form.resetFields();
      void reload();
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setSaving(false);
    }
  };

  const kindLabel = (k: Entry['kind']) => t(`giftcards.entry_${k}`);
  const exportColumns = [
    { title: t('giftcards.at'), value: (e: Entry) => formatDateTime(e.at) },
    { title: t('giftcards.entryKind'), value: (e: Entry) => kindLabel(e.kind) },
    { title: t('giftcards.delta'), value: (e: Entry) => e.deltaCents / 100 },
    { title: t('giftcards.balanceAfter'), value: (e: Entry) => e.balanceAfterCents / 100 },
    { title: t('giftcards.ref'), value: (e: Entry) => `${e.refType} ${e.refId}` },
    { title: t('giftcards.note'), value: (e: Entry) => e.note },
  ];

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      width={720}
      title={data ? `${t('giftcards.card')} •••• ${data.last4}` : t('giftcards.card')}
      extra={
        data?.status === 'active' && can('giftcards.manage') ? (
          <Button danger icon={<StopOutlined />} onClick={() => setVoiding(true)} data-testid="giftcard-void">
            {t('giftcards.void')}
          </Button>
        ) : null
      }
    >
      {error ? <LoadError error={error} onRetry={() => void reload()} /> : null}
      {data && (
        <div data-testid="giftcard-detail">
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('giftcards.face')}>
              {formatYuan(data.faceValueCents)}
            </Descriptions.Item>
            <Descriptions.Item label={t('giftcards.balance')}>
              <Typography.Text strong data-testid="giftcard-balance">
                {formatYuan(data.balanceCents)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <Tag color={data.status === 'active' ? 'green' : 'default'}>
                {t(`giftcards.status_${data.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('giftcards.source')}>
              {t(`giftcards.source_${data.source}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('giftcards.issuedAt')}>
              {formatDateTime(data.issuedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('giftcards.expiresAt')}>
              {data.expiresAt ? formatDate(data.expiresAt) : t('giftcards.noExpiry')}
            </Descriptions.Item>
            {data.status === 'void' && (
              <Descriptions.Item label={t('giftcards.voidReason')} span={2}>
                {data.voidReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('giftcards.ledger')}
            </Typography.Title>
            <ExportButton name={`gift-card-${data.last4}`} columns={exportColumns} rows={data.ledger} />
          </div>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.ledger}
            columns={[
              { title: t('giftcards.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
              { title: t('giftcards.entryKind'), dataIndex: 'kind', render: kindLabel },
              {
                title: t('giftcards.delta'),
                dataIndex: 'deltaCents',
                align: 'right',
                render: (v: number) => (
                  <Typography.Text type={v >= 0 ? 'success' : 'danger'}>
                    {v > 0 ? '+' : ''}
                    {formatYuan(v)}
                  </Typography.Text>
                ),
              },
              {
                title: t('giftcards.balanceAfter'),
                dataIndex: 'balanceAfterCents',
                align: 'right',
                render: (v: number) => formatYuan(v),
              },
              { title: t('giftcards.note'), dataIndex: 'note' },
            ]}
          />
        </div>
      )}
      <Modal
        open={voiding}
        title={t('giftcards.voidTitle')}
        okText={t('giftcards.void')}
        okButtonProps={{ danger: true, loading: saving, 'data-testid': 'giftcard-void-ok' } as never}
        cancelText={t('common.cancel')}
        onOk={() => void doVoid()}
        onCancel={() => setVoiding(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('giftcards.voidHelp')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('giftcards.reason')}
            rules={[{ required: true, whitespace: true, message: t('giftcards.reasonRequired') }]}
          >
            <Input maxLength={200} data-testid="giftcard-void-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
