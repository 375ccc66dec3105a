import { Button, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';

type Message = Schemas['Message'];
type Channel = Message['channel'];
type Status = Message['status'];

const STATUS_COLOR: Record<Status, string> = {
  queued: 'blue',
  sent: 'green',
  failed: 'red',
  skipped: 'default',
};

/** The message log: every message with its status, reason and provider reply; filter and page. */
export function MessagesTab() {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Channel | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [extra, setExtra] = useState<Message[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const query = {
    channel,
    status,
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.endOf('day').toISOString(),
  };
  const page = useLoad(async () => {
    const res = await unwrap(api.GET('/api/v1/engagement/messages', { params: { query } }));
    setExtra([]);
    setCursor(res.nextCursor);
    return res.items;
  }, [channel, status, range]);

  const more = async () => {
    if (!cursor) return;
    const res = await unwrap(
      api.GET('/api/v1/engagement/messages', { params: { query: { ...query, cursor } } }),
    );
    setExtra((e) => [...e, ...res.items]);
    setCursor(res.nextCursor);
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('engagement.channel')}
          style={{ width: 140 }}
          value={channel}
          onChange={setChannel}
          options={(['sms', 'email', 'inbox'] as const).map((c) => ({
            value: c,
            label: t(`engagement.channel_${c}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('common.status')}
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={(['queued', 'sent', 'failed', 'skipped'] as const).map((s) => ({
            value: s,
            label: t(`engagement.status_${s}`),
          }))}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
        />
      </Space>
      <LoadError error={page.error} onRetry={page.reload} />
      <Table<Message>
        rowKey="id"
        size="small"
        loading={page.loading}
        dataSource={[...(page.data ?? []), ...extra]}
        pagination={false}
        expandable={{
          expandedRowRender: (m) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {m.subject ? `${m.subject}\n` : ''}
              {m.body}
              {m.providerReply ? `\n— ${m.provider ?? ''} ${m.providerId ?? ''}: ${m.providerReply}` : ''}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          { title: t('engagement.messages.member'), dataIndex: 'memberName' },
          {
            title: t('engagement.channel'),
            dataIndex: 'channel',
            render: (c: Channel) => t(`engagement.channel_${c}`),
          },
          { title: t('engagement.messages.recipient'), dataIndex: 'recipient' },
          { title: t('engagement.messages.template'), dataIndex: 'template' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: Status) => <Tag color={STATUS_COLOR[s]}>{t(`engagement.status_${s}`)}</Tag>,
          },
          {
            title: t('engagement.messages.reason'),
            dataIndex: 'reason',
            render: (r: string | null) => (r ? t(`engagement.reason_${r}`, { defaultValue: r }) : ''),
          },
          { title: t('engagement.messages.attempts'), dataIndex: 'attempts' },
          { title: t('engagement.messages.sentAt'), dataIndex: 'sentAt', render: formatDateTime },
        ]}
      />
      {cursor && (
        <Button style={{ marginTop: 12 }} onClick={more}>
          {t('engagement.messages.more')}
        </Button>
      )}
    </>
  );
}
