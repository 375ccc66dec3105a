import { EditOutlined, InboxOutlined, PlusOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { CouponTemplateDrawer } from './CouponTemplateDrawer.tsx';
import { type CouponTemplate, couponTerms } from './couponText.ts';

/** Coupon templates: what each coupon takes off, where and when it is valid, how many are out. */
export function CouponsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const manage = can('coupons.manage');
  const [showArchived, setShowArchived] = useState(false);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/coupon-templates', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );
  const [editing, setEditing] = useState<CouponTemplate | null | undefined>(undefined);

  const setStatus = async (tpl: CouponTemplate, status: CouponTemplate['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/coupon-templates/{id}', { params: { path: { id: tpl.id } }, body: { status } }),
      );
      void message.success(t('common.saved'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<CouponTemplate> = [
    { title: t('coupons.name'), dataIndex: 'name' },
    {
      title: t('coupons.kind'),
      dataIndex: 'kind',
      render: (v: CouponTemplate['kind']) => t(`coupons.kind_${v}`),
    },
    { title: t('coupons.termsLabel'), key: 'terms', render: (_, c) => couponTerms(t, c) },
    {
      title: t('coupons.scope'),
      key: 'scope',
      responsive: ['md'],
      render: (_, c) =>
        c.scope === 'all'
          ? t('coupons.scope_all')
          : `${t(`coupons.scope_${c.scope}`)} × ${c.scopeIds.length}`,
    },
    {
      title: t('coupons.validity'),
      key: 'validity',
      render: (_, c) =>
        c.validity === 'days'
          ? t('coupons.validDaysText', { days: c.validDays })
          : `${formatDate(c.validFrom)} – ${formatDate(c.validUntil)}`,
    },
    {
      title: t('coupons.issued'),
      key: 'issued',
      align: 'right',
      render: (_, c) => (c.totalStock === null ? c.issuedCount : `${c.issuedCount} / ${c.totalStock}`),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: CouponTemplate['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`coupons.status_${v}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: CouponTemplate) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(c)}>
                  {t('common.edit')}
                </Button>
                {c.status === 'active' ? (
                  <Popconfirm
                    title={t('coupons.archiveConfirm', { name: c.name })}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => setStatus(c, 'archived')}
                  >
                    <Button type="link" size="small" icon={<InboxOutlined />}>
                      {t('coupons.archive')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    icon={<UndoOutlined />}
                    onClick={() => void setStatus(c, 'active')}
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
    <div data-testid="coupons-page">
      <PageCard
        title={t('coupons.title')}
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
                data-testid="coupons-new"
              >
                {t('coupons.new')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('coupons.intro')}</Typography.Paragraph>
        <LoadError error={error} onRetry={() => void reload()} />
        <Table<CouponTemplate>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      <CouponTemplateDrawer
        template={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    </div>
  );
}
