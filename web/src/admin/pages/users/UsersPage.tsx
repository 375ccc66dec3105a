import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Input, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type User, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { UserActions } from './UserActions.tsx';
import { UserDrawer } from './UserDrawer.tsx';

export function UsersPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const { message } = App.useApp();
  const users = useLoad(() => unwrap(api.GET('/api/v1/users')), []);
  const roles = useLoad(() => unwrap(api.GET('/api/v1/roles')), []);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [resetting, setResetting] = useState<User | null>(null);
  const canManage = can('users.manage');

  // Store names come from /auth/me: those are also the only stores this user may assign.
  const storeName = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);

  const rows = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = users.data ?? [];
    if (!q) return all;
    return all.filter((u) => [u.username, u.displayName, u.phone].some((v) => v.toLowerCase().includes(q)));
  }, [users.data, query]);

  const setStatus = async (user: User, action: 'disable' | 'enable') => {
    try {
      const path = action === 'disable' ? '/api/v1/users/{id}/disable' : '/api/v1/users/{id}/enable';
      await unwrap(api.POST(path, { params: { path: { id: user.id } } }));
      void message.success(t(action === 'disable' ? 'users.disabled' : 'users.enabled'));
      void users.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const storesText = (u: User) =>
    u.allStores ? t('users.allStores') : u.storeIds.map((id) => storeName.get(id) ?? id).join('、');

  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      sorter: (a, b) => a.username.localeCompare(b.username),
      render: (v: string, u) => (u.id === me?.user.id ? `${v}${t('users.you')}` : v),
    },
    { title: t('users.displayName'), dataIndex: 'displayName' },
    { title: t('users.phone'), dataIndex: 'phone', responsive: ['lg'] },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, u) => u.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>),
    },
    {
      title: t('users.stores'),
      key: 'stores',
      render: (_, u) =>
        u.allStores ? (
          <Tag color="cyan">{t('users.allStores')}</Tag>
        ) : (
          u.storeIds.map((id) => <Tag key={id}>{storeName.get(id) ?? id.slice(0, 8)}</Tag>)
        ),
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: User['status']) => (
        <Tag color={v === 'active' ? 'green' : 'red'}>{t(`users.status_${v}`)}</Tag>
      ),
    },
    { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime, responsive: ['xl'] },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, u: User) => (
              <UserActions
                user={u}
                isSelf={u.id === me?.user.id}
                onEdit={() => setEditing(u)}
                onResetPassword={() => setResetting(u)}
                onSetStatus={(action) => void setStatus(u, action)}
              />
            ),
          },
        ]
      : []),
  ];

  const exportColumns: ExportColumn<User>[] = [
    { title: t('users.username'), value: (u) => u.username },
    { title: t('users.displayName'), value: (u) => u.displayName },
    { title: t('users.phone'), value: (u) => u.phone },
    { title: t('users.roles'), value: (u) => u.roles.map((r) => r.name).join('、') },
    { title: t('users.stores'), value: storesText },
    { title: t('common.status'), value: (u) => t(`users.status_${u.status}`) },
    { title: t('common.createdAt'), value: (u) => formatDateTime(u.createdAt) },
  ];

  return (
    <PageCard
      title={t('users.title')}
      extra={
        <>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            onSearch={setQuery}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: 220 }}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void users.reload()}
            aria-label={t('common.refresh')}
          />
          <ExportButton name="users" columns={exportColumns} rows={rows} />
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('users.new')}
            </Button>
          )}
        </>
      }
    >
      <LoadError error={users.error} onRetry={() => void users.reload()} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.loading}
        columns={columns}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
      <UserDrawer
        user={editing}
        roles={roles.data ?? []}
        stores={me?.stores ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void users.reload();
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </PageCard>
  );
}
