import {
  DownloadOutlined,
  EditOutlined,
  ImportOutlined,
  InboxOutlined,
  PlusOutlined,
  ReloadOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import {
  categoryPath,
  categoryTree,
  PRODUCT_KINDS,
  PRODUCTS_EXPORT_URL,
  type Product,
  type ProductKind,
  type ProductQuery,
  treeOptions,
} from './catalog.ts';
import { ProductDrawer } from './ProductDrawer.tsx';

const KIND_COLOR: Record<ProductKind, string> = {
  goods: 'blue',
  service: 'purple',
  card: 'gold',
  gift_card: 'magenta',
};
const PAGE = 50;

/** Products and services: search, filter, page by cursor; managers create, edit and archive. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const manage = can('catalog.manage');
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<ProductQuery>({ status: 'active' });
  const [items, setItems] = useState<Product[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Product | null | undefined>(undefined);
  const categories = useLoad(() => unwrap(api.GET('/api/v1/categories')), []);
  const tree = useMemo(() => categoryTree(categories.data ?? []), [categories.data]);

  const load = useCallback(
    async (cursor?: string) => {
      setLoading(true);
      try {
        const page = await unwrap(
          api.GET('/api/v1/products', {
            params: { query: { ...filters, limit: PAGE, ...(cursor ? { cursor } : {}) } },
          }),
        );
        setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (err) {
        setError(err);
      } finally {
        setLoading(false);
      }
    },
    [filters],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const setStatus = async (product: Product, status: Product['status']) => {
    try {
      await unwrap(
        api.PATCH('/api/v1/products/{id}', { params: { path: { id: product.id } }, body: { status } }),
      );
      void message.success(t(status === 'archived' ? 'catalog.archived' : 'catalog.restored'));
      void load();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Product> = [
    {
      title: t('catalog.sku'),
      dataIndex: 'sku',
      width: 140,
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    {
      title: t('catalog.name'),
      dataIndex: 'name',
      render: (v: string, p) => (
        <Space size={4}>
          <Typography.Text strong>{v}</Typography.Text>
          <Tag color={KIND_COLOR[p.kind]}>{t(`catalog.kind_${p.kind}`)}</Tag>
        </Space>
      ),
    },
    {
      title: t('catalog.category'),
      dataIndex: 'categoryId',
      render: (v: string | null) => categoryPath(categories.data ?? [], v),
    },
    {
      title: t('catalog.price'),
      dataIndex: 'priceCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('catalog.memberPrice'),
      dataIndex: 'memberPriceCents',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : formatYuan(v)),
    },
    { title: t('catalog.unit'), dataIndex: 'unit', width: 70 },
    {
      title: t('catalog.barcodes'),
      dataIndex: 'barcodes',
      render: (v: string[]) => v.map((b) => <Tag key={b}>{b}</Tag>),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: Product['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`catalog.status_${v}`)}</Tag>
      ),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Product) => (
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
                    {t('catalog.archive')}
                  </Button>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    icon={<UndoOutlined />}
                    onClick={() => void setStatus(p, 'active')}
                  >
                    {t('catalog.unarchive')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="products-page">
      <PageCard
        title={t('catalog.productsTitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void load()} aria-label={t('common.refresh')} />
            {manage && (
              <Button icon={<DownloadOutlined />} href={PRODUCTS_EXPORT_URL} data-testid="products-export">
                {t('common.exportExcel')}
              </Button>
            )}
            {manage && (
              <Link to="/import?kind=products" data-testid="products-import">
                <Button icon={<ImportOutlined />}>{t('catalog.productsImport')}</Button>
              </Link>
            )}
            {manage && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing(null)}
                data-testid="products-new"
              >
                {t('catalog.productNew')}
              </Button>
            )}
          </>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
            placeholder={t('catalog.searchPlaceholder')}
            style={{ width: 280 }}
            data-testid="products-search"
          />
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            style={{ width: 200 }}
            placeholder={t('catalog.allCategories')}
            treeData={treeOptions(tree)}
            value={filters.categoryId}
            onChange={(categoryId?: string) => setFilters((f) => ({ ...f, categoryId }))}
          />
          <Select<ProductKind>
            allowClear
            style={{ width: 120 }}
            placeholder={t('catalog.allKinds')}
            value={filters.kind}
            options={PRODUCT_KINDS.map((k) => ({ value: k, label: t(`catalog.kind_${k}`) }))}
            onChange={(kind) => setFilters((f) => ({ ...f, kind }))}
          />
          <Select<Product['status'] | 'all'>
            style={{ width: 120 }}
            value={filters.status ?? 'all'}
            options={[
              { value: 'active', label: t('catalog.status_active') },
              { value: 'archived', label: t('catalog.status_archived') },
              { value: 'all', label: t('common.all') },
            ]}
            onChange={(status) =>
              setFilters((f) => ({ ...f, status: status === 'all' ? undefined : status }))
            }
          />
        </Space>
        <LoadError error={error ?? categories.error} onRetry={() => void load()} />
        <Table<Product>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
        {next && (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={() => void load(next)} loading={loading} data-testid="products-more">
              {t('catalog.loadMore')}
            </Button>
          </div>
        )}
      </PageCard>
      <ProductDrawer
        product={editing}
        categories={categories.data ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void load();
          void categories.reload();
        }}
      />
    </div>
  );
}
