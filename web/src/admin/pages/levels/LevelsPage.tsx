import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Level, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { formatBasisAmount, formatDiscount, formatMultiplier } from './format.ts';
import { LevelDrawer } from './LevelDrawer.tsx';

export function LevelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const levels = useLoad(() => unwrap(api.GET('/api/v1/levels')), []);
  // Thresholds are stored in the basis unit; the page must know which one to read them in.
  const settings = useLoad(() => unwrap(api.GET('/api/v1/settings')), []);
  const [editing, setEditing] = useState<Level | null | undefined>(undefined);
  const basis = settings.data?.settings.levelBasis;
  const canManage = can('levels.manage');
  const sorted = [...(levels.data ?? [])].sort((a, b) => a.rank - b.rank);

  const remove = async (level: Level) => {
    try {
      await unwrap(api.DELETE('/api/v1/levels/{id}', { params: { path: { id: level.id } } }));
      void message.success(t('common.deleted'));
      void levels.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Level> = [
    { title: t('levels.rank'), dataIndex: 'rank', width: 80, align: 'right' },
    {
      title: t('levels.name'),
      dataIndex: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: basis ? t(`levels.threshold_${basis}`) : t('levels.threshold'),
      dataIndex: 'threshold',
      align: 'right',
      render: (v: number) => (basis ? formatBasisAmount(t, basis, v) : v),
    },
    {
      title: t('levels.discount'),
      dataIndex: 'discountPercent',
      render: (v: number) => formatDiscount(t, v),
    },
    {
      title: t('levels.pointsMultiplier'),
      dataIndex: 'pointsMultiplierPercent',
      render: (v: number) => formatMultiplier(v),
    },
    {
      title: t('levels.benefits'),
      dataIndex: 'benefits',
      ellipsis: true,
      responsive: ['lg'],
      render: (v: string) => v || '—',
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, l: Level) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setEditing(l)}
                  data-testid="levels-edit"
                >
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('levels.deleteConfirm', { name: l.name })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(l)}
                >
                  <Button
                    type="link"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    data-testid="levels-delete"
                  >
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="levels-page">
      <PageCard
        title={t('levels.title')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void levels.reload()}
              aria-label={t('common.refresh')}
            />
            {canManage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!basis}
                onClick={() => setEditing(null)}
                data-testid="levels-new"
              >
                {t('levels.new')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('levels.intro')}</Typography.Paragraph>
        {basis && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="levels-basis"
            title={t('levels.basisHint', { basis: t(`levels.basis_${basis}`) })}
            action={
              can('settings.manage') ? <Link to="/settings">{t('levels.changeBasis')}</Link> : undefined
            }
          />
        )}
        <LoadError
          error={levels.error ?? settings.error}
          onRetry={() => {
            void levels.reload();
            void settings.reload();
          }}
        />
        <Table<Level>
          rowKey="id"
          size="middle"
          loading={levels.loading}
          columns={columns}
          dataSource={sorted}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      {basis && (
        <LevelDrawer
          level={editing}
          basis={basis}
          nextRank={(sorted.at(-1)?.rank ?? 0) + 1}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            void levels.reload();
          }}
        />
      )}
    </div>
  );
}
