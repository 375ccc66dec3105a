import {
  EditOutlined,
  GiftOutlined,
  InboxOutlined,
  PlusOutlined,
  ReloadOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { type ExchangeItem, ExchangeItemModal } from './ExchangeItemModal.tsx';
import { ExchangeModal } from './ExchangeModal.tsx';

/** 积分兑换: the catalogue of what points buy, and exchanging for a member. */
export function PointsExchangePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const manage = can('exchange.manage');
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/exchange-items', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );
  const [editing, setEditing] = useState<ExchangeItem | null | undefined>(undefined);
  const [exchanging, setExchanging] = useState(false);

  const setStatus = async (item: ExchangeItem, status: ExchangeItem['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/exchange-items/{id}', { params: { path: { id: item.id } }, body: { status } }),
      );
      void message.success(t('common.saved'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  const gives = (i: ExchangeItem) =>
    i.kind === 'gift_card' && i.giftCardValueCents
      ? formatYuan(i.giftCardValueCents)
      : t(`exchange.kind_${i.kind}`);

  const columns: TableColumnsType<ExchangeItem> = [
    { title: t('exchange.name'), dataIndex: 'name' },
    { title: t('exchange.kind'), key: 'kind', render: (_, i) => gives(i) },
    { title: t('exchange.pointsCost'), dataIndex: 'pointsCost', align: 'right' },
    {
      title: t('exchange.stock'),
      key: 'stock',
      align: 'right',
      render: (_, i) => (i.stock === null ? `${i.exchangedCount} / ∞` : `${i.exchangedCount} / ${i.stock}`),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: ExchangeItem['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`exchange.status_${v}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, i: ExchangeItem) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(i)}>
                  {t('common.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={i.status === 'active' ? <InboxOutlined /> : <UndoOutlined />}
                  onClick={() => void setStatus(i, i.status === 'active' ? 'archived' : 'active')}
                >
                  {i.status === 'active' ? t('exchange.archive') : t('exchange.unarchive')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  const exportColumns = [
    { title: t('exchange.name'), value: (i: ExchangeItem) => i.name },
    { title: t('exchange.kind'), value: (i: ExchangeItem) => gives(i) },
    { title: t('exchange.pointsCost'), value: (i: ExchangeItem) => i.pointsCost },
    { title: t('exchange.exchanged'), value: (i: ExchangeItem) => i.exchangedCount },
    { title: t('exchange.stock'), value: (i: ExchangeItem) => i.stock ?? '' },
    { title: t('common.status'), value: (i: ExchangeItem) => t(`exchange.status_${i.status}`) },
  ];

  return (
    <div data-testid="exchange-page">
      <PageCard
        title={t('exchange.title')}
        extra={
          <>
            <Space size={6}>
              <Switch size="small" checked={showArchived} onChange={setShowArchived} />
              <Typography.Text>{t('exchange.showArchived')}</Typography.Text>
            </Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            <ExportButton name="points-exchange" columns={exportColumns} rows={data ?? []} />
            {can('points.exchange') && (
              <Button icon={<GiftOutlined />} onClick={() => setExchanging(true)} data-testid="exchange-open">
                {t('exchange.exchange')}
              </Button>
            )}
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing(null)}
                data-testid="exchange-new"
              >
                {t('exchange.newItem')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('exchange.intro')}</Typography.Paragraph>
        {error ? <LoadError error={error} onRetry={() => void reload()} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
        />
      </PageCard>
      <ExchangeItemModal item={editing} onClose={() => setEditing(undefined)} onSaved={() => void reload()} />
      <ExchangeModal open={exchanging} onClose={() => setExchanging(false)} onDone={() => void reload()} />
    </div>
  );
}
