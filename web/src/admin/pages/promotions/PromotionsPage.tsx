import { EditOutlined, InboxOutlined, PlusOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatYuanShort } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { type Promotion, PromotionDrawer } from './PromotionDrawer.tsx';

/** What a promotion does, in one line. */
function summary(t: TFunction, p: Promotion): string {
  switch (p.kind) {
    case 'member_day':
      return t('promotions.summary_member_day', {
        days: p.rules.weekdays.map((d) => t(`promotions.weekday_${d}`)).join('、'),
        percent: p.rules.percentOff,
        times: p.rules.pointsMultiplierPercent / 100,
      });
    case 'special_price':
      return t('promotions.summary_special_price', { count: p.rules.items.length });
    case 'order_tiers':
      return p.rules.tiers
        .map((x) =>
          t('promotions.summary_tier', {
            spend: formatYuanShort(x.thresholdCents),
            off: formatYuanShort(x.offCents),
          }),
        )
        .join('，');
    case 'buy_x_get_y':
      return t('promotions.summary_buy_x_get_y', {
        buy: p.rules.buyQty,
        get: p.rules.getQty,
        percent: p.rules.percentOff,
      });
  }
}

export function PromotionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const manage = can('promotions.manage');
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/promotions', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );
  const [editing, setEditing] = useState<Promotion | null | undefined>(undefined);

  const setStatus = async (p: Promotion, status: Promotion['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/promotions/{id}', { params: { path: { id: p.id } }, body: { status } }),
      );
      void message.success(t('common.saved'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Promotion> = [
    { title: t('promotions.name'), dataIndex: 'name' },
    {
      title: t('promotions.kind'),
      dataIndex: 'kind',
      render: (v: Promotion['kind']) => t(`promotions.kind_${v}`),
    },
    { title: t('promotions.rules'), key: 'rules', render: (_, p) => summary(t, p) },
    {
      title: t('promotions.window'),
      key: 'window',
      render: (_, p) =>
        `${formatDateTime(p.startsAt)} – ${p.endsAt ? formatDateTime(p.endsAt) : t('promotions.noEnd')}`,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: Promotion['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`coupons.status_${v}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Promotion) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
                {p.status === 'active' ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<InboxOutlined />}
                    onClick={() => void setStatus(p, 'archived')}
                  >
                    {t('coupons.archive')}
                  </Button>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    icon={<UndoOutlined />}
                    onClick={() => void setStatus(p, 'active')}
                  >
                    {t('coupons.unarchive')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="promotions-page">
      <PageCard
        title={t('promotions.title')}
        extra={
          <>
            <Space size={6}>
              <Switch size="small" checked={showArchived} onChange={setShowArchived} />
              <Typography.Text>{t('coupons.showArchived')}</Typography.Text>
            </Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing(null)}
                data-testid="promotions-new"
              >
                {t('promotions.new')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('promotions.intro')}</Typography.Paragraph>
        <LoadError error={error} onRetry={() => void reload()} />
        <Table<Promotion>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      <PromotionDrawer
        promotion={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    </div>
  );
}
