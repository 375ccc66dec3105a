import { EditOutlined, InboxOutlined, PlusOutlined, ReloadOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type RechargePlan, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { RechargePlanDrawer } from './RechargePlanDrawer.tsx';

export function RechargePlansPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showArchived, setShowArchived] = useState(true);
  const { data, loading, error, reload } = useLoad(
    () =>
      unwrap(
        api.GET('/api/v1/recharge-plans', {
          params: { query: { includeArchived: showArchived ? 'true' : 'false' } },
        }),
      ),
    [showArchived],
  );
  const [editing, setEditing] = useState<RechargePlan | null | undefined>(undefined);

  // Plans are archived, never deleted: old recharges still point at them.
  const setStatus = async (plan: RechargePlan, status: RechargePlan['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/recharge-plans/{id}', { params: { path: { id: plan.id } }, body: { status } }),
      );
      void message.success(t(status === 'archived' ? 'plans.archived' : 'plans.restored'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<RechargePlan> = [
    { title: t('plans.name'), dataIndex: 'name' },
    { title: t('plans.pay'), dataIndex: 'payCents', align: 'right', render: (v: number) => formatYuan(v) },
    {
      title: t('plans.bonus'),
      dataIndex: 'bonusCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('plans.credited'),
      key: 'credited',
      align: 'right',
      responsive: ['md'],
      render: (_, p) => <Typography.Text strong>{formatYuan(p.payCents + p.bonusCents)}</Typography.Text>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: RechargePlan['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`plans.status_${v}`)}</Tag>
      ),
    },
    { title: t('plans.sort'), dataIndex: 'sort', width: 80, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(p)}
            data-testid="plans-edit"
          >
            {t('common.edit')}
          </Button>
          {p.status === 'active' ? (
            <Popconfirm
              title={t('plans.archiveConfirm', { name: p.name })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => setStatus(p, 'archived')}
            >
              <Button type="link" size="small" icon={<InboxOutlined />} data-testid="plans-archive">
                {t('plans.archive')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="link"
              size="small"
              icon={<UndoOutlined />}
              onClick={() => void setStatus(p, 'active')}
              data-testid="plans-unarchive"
            >
              {t('plans.unarchive')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="recharge-plans-page">
      <PageCard
        title={t('plans.title')}
        extra={
          <>
            <Space size={6}>
              <Switch size="small" checked={showArchived} onChange={setShowArchived} />
              <Typography.Text>{t('plans.showArchived')}</Typography.Text>
            </Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing(null)}
              data-testid="plans-new"
            >
              {t('plans.new')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('plans.intro')}</Typography.Paragraph>
        <LoadError error={error} onRetry={() => void reload()} />
        <Table<RechargePlan>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      <RechargePlanDrawer
        plan={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    </div>
  );
}
