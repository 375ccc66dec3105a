import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Store, unwrap } from '../../../api/client.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { StoreDrawer } from './StoreDrawer.tsx';

export function StoresPage() {
  const { t } = useTranslation();
  const { can, refresh } = useSession();
  const { data, loading, error, reload } = useLoad(() => unwrap(api.GET('/api/v1/stores')), []);
  const [query, setQuery] = useState('');
  // undefined: drawer closed; null: creating; a store: editing it.
  const [editing, setEditing] = useState<Store | null | undefined>(undefined);
  const canManage = can('stores.manage');

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = data ?? [];
    if (!q) return all;
    return all.filter((s) => [s.code, s.name, s.address, s.phone].some((v) => v.toLowerCase().includes(q)));
  }, [data, query]);

  const columns: TableColumnsType<Store> = [
    {
      title: t('stores.code'),
      dataIndex: 'code',
      width: 110,
      sorter: (a, b) => a.code.localeCompare(b.code),
    },
    { title: t('stores.name'), dataIndex: 'name', ellipsis: true },
    {
      title: t('stores.ownership'),
      dataIndex: 'ownership',
      width: 120,
      render: (v: Store['ownership']) => (
        <Tag color={v === 'direct' ? 'blue' : 'purple'}>{t(`stores.ownership_${v}`)}</Tag>
      ),
    },
    { title: t('stores.address'), dataIndex: 'address', ellipsis: true, responsive: ['lg'] },
    { title: t('stores.phone'), dataIndex: 'phone', width: 140, responsive: ['md'] },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (v: Store['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`stores.status_${v}`)}</Tag>
      ),
    },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: formatDateTime,
      responsive: ['xl'],
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, store: Store) => (
              <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(store)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const exportColumns: ExportColumn<Store>[] = [
    { title: t('stores.code'), value: (s) => s.code },
    { title: t('stores.name'), value: (s) => s.name },
    { title: t('stores.ownership'), value: (s) => t(`stores.ownership_${s.ownership}`) },
    { title: t('stores.address'), value: (s) => s.address },
    { title: t('stores.phone'), value: (s) => s.phone },
    { title: t('common.status'), value: (s) => t(`stores.status_${s.status}`) },
    { title: t('common.createdAt'), value: (s) => formatDateTime(s.createdAt) },
  ];

  return (
    <PageCard
      title={t('stores.title')}
      extra={
        <>
          <Input.Search
            allowClear
            placeholder={t('stores.searchPlaceholder')}
            onSearch={setQuery}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 220 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} aria-label={t('common.refresh')} />
          <ExportButton name="stores" columns={exportColumns} rows={rows} />
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('stores.new')}
            </Button>
          )}
        </>
      }
    >
      <LoadError error={error} onRetry={() => void reload()} />
      <Table<Store>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
      <StoreDrawer
        store={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
          // The header's store switcher lists stores from /auth/me.
          void refresh();
        }}
      />
    </PageCard>
  );
}
