import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { CategoryModal, type CategoryTarget } from './CategoryModal.tsx';
import { type CategoryNode, categoryTree } from './catalog.ts';

/** The category tree: add at the top or under a category, rename, move, re-sort, delete when empty. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [target, setTarget] = useState<CategoryTarget | null>(null);
  const { data, loading, error, reload } = useLoad(() => unwrap(api.GET('/api/v1/categories')), []);
  const categories = data ?? [];
  const tree = useMemo(() => categoryTree(data ?? []), [data]);

  const remove = async (node: CategoryNode) => {
    try {
      await unwrap(api.DELETE('/api/v1/categories/{id}', { params: { path: { id: node.id } } }));
      void message.success(t('common.deleted'));
      void reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<CategoryNode> = [
    {
      title: t('catalog.categoryName'),
      dataIndex: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: t('catalog.productCount'), dataIndex: 'productCount', width: 100, align: 'right' },
    {
      title: t('catalog.pointsPerYuan'),
      dataIndex: 'pointsPerYuan',
      width: 140,
      align: 'right',
      render: (v: number | null) =>
        v === null ? <Typography.Text type="secondary">{t('catalog.tenantRate')}</Typography.Text> : v,
    },
    { title: t('catalog.sort'), dataIndex: 'sort', width: 80, align: 'right' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      render: (_, node) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'create', parentId: node.id })}
          >
            {t('catalog.addChild')}
          </Button>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setTarget({ mode: 'edit', category: node })}
          >
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('catalog.deleteConfirm', { name: node.name })}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => remove(node)}
          >
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={node.productCount > 0 || Boolean(node.children?.length)}
            >
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="categories-page">
      <PageCard
        title={t('catalog.categoriesTitle')}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void reload()}
              aria-label={t('common.refresh')}
            />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setTarget({ mode: 'create', parentId: null })}
              data-testid="categories-new"
            >
              {t('catalog.categoryNew')}
            </Button>
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('catalog.categoriesIntro')}</Typography.Paragraph>
        <LoadError error={error} onRetry={() => void reload()} />
        <Table<CategoryNode>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={tree}
          pagination={false}
          expandable={{ defaultExpandAllRows: true }}
          key={tree.length === 0 ? 'empty' : 'tree'}
          scroll={{ x: 'max-content' }}
        />
      </PageCard>
      <CategoryModal
        target={target}
        categories={categories}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          void reload();
        }}
      />
    </div>
  );
}
