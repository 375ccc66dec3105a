import { InboxOutlined, PlusOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type CardProduct, unwrap } from '../../../api/client.ts';
import { itemsSummary } from '../../../lib/cards.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { CardProductDrawer } from './CardProductDrawer.tsx';
import { CardKindTag } from './CardProductParts.tsx';

export function CardProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showArchived, setShowArchived] = useState(true);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/card-products', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );

  // Products are archived, never deleted or edited: sold cards keep the terms they were sold with.
  const setStatus = async (product: CardProduct, status: CardProduct['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/card-products/{id}', { params: { path: { id: product.id } }, body: { status } }),
      );
      void message.success(t(status === 'archived' ? 'cardProducts.archived' : 'cardProducts.restored'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<CardProduct> = [
    {
      title: t('cardProducts.name'),
      dataIndex: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: t('cardProducts.kind'),
      dataIndex: 'kind',
      width: 90,
      render: (v: CardProduct['kind']) => <CardKindTag kind={v} />,
    },
    {
      title: t('cardProducts.price'),
      dataIndex: 'priceCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('cardProducts.validity'),
      key: 'validity',
      render: (_, p) =>
        p.validity === 'days'
          ? t('cardProducts.validDaysValue', { count: p.validDays ?? 0 })
          : t('cardProducts.validUntilValue', { date: formatDate(p.validUntil) }),
    },
    {
      title: t('cardProducts.items'),
      key: 'items',
      render: (_, p) => itemsSummary(t, p.items),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: CardProduct['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`cardProducts.status_${v}`)}</Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        p.status === 'active' ? (
          <Popconfirm
            title={t('cardProducts.archiveConfirm', { name: p.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => setStatus(p, 'archived')}
          >
            <Button type="link" size="small" icon={<InboxOutlined />} data-testid="card-products-archive">
              {t('cardProducts.archive')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            type="link"
            size="small"
            icon={<UndoOutlined />}
            onClick={() => void setStatus(p, 'active')}
            data-testid="card-products-unarchive"
          >
            {t('cardProducts.unarchive')}
          </Button>
        ),
    },
  ];

  return (
    <div data-testid="card-products-page">
      <PageCard
        title={t('cardProducts.title')}
        extra={
          <>
            <Space size={6}>
              <Switch size="small" checked={showArchived} onChange={setShowArchived} />
              <Typography.Text>{t('cardProducts.showArchived')}</Typography.Text>
            </Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="card-products-new"
            >
              {t('cardProducts.new')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('cardProducts.intro')}</Typography.Paragraph>
        <LoadError error={error} onRetry={() => void reload()} />
        <Table<CardProduct>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      <CardProductDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false);
          void reload();
        }}
      />
    </div>
  );
}
