import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Role, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { RoleDrawer } from './RoleDrawer.tsx';

export function RolesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const roles = useLoad(() => unwrap(api.GET('/api/v1/roles')), []);
  const permissions = useLoad(() => unwrap(api.GET('/api/v1/permissions')), []);
  const [editing, setEditing] = useState<Role | null | undefined>(undefined);
  const canManage = can('roles.manage');
  const rows = roles.data ?? [];

  const remove = async (role: Role) => {
    try {
      await unwrap(api.DELETE('/api/v1/roles/{id}', { params: { path: { id: role.id } } }));
      void message.success(t('common.deleted'));
      void roles.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Role> = [
    { title: t('roles.name'), dataIndex: 'name', width: 160 },
    { title: t('roles.code'), dataIndex: 'code', width: 150 },
    {
      title: t('roles.type'),
      dataIndex: 'builtin',
      width: 90,
      render: (builtin: boolean) =>
        builtin ? <Tag color="gold">{t('roles.builtin')}</Tag> : <Tag color="cyan">{t('roles.custom')}</Tag>,
    },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      render: (codes: Role['permissions']) => (
        <Space size={[0, 4]} wrap>
          {codes.map((code) => (
            <Tag key={code}>{t(`permissions.${code}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, role) =>
        role.builtin || !canManage ? (
          <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setEditing(role)}>
            {t('common.view')}
          </Button>
        ) : (
          <Space size={0}>
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(role)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('roles.deleteConfirm', { name: role.name })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove(role)}
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  const exportColumns: ExportColumn<Role>[] = [
    { title: t('roles.name'), value: (r) => r.name },
    { title: t('roles.code'), value: (r) => r.code },
    { title: t('roles.type'), value: (r) => t(r.builtin ? 'roles.builtin' : 'roles.custom') },
    {
      title: t('roles.permissions'),
      value: (r) => r.permissions.map((p) => t(`permissions.${p}`)).join('、'),
    },
  ];

  return (
    <PageCard
      title={t('roles.title')}
      extra={
        <>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void roles.reload()}
            aria-label={t('common.refresh')}
          />
          <ExportButton name="roles" columns={exportColumns} rows={rows} />
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('roles.new')}
            </Button>
          )}
        </>
      }
    >
      <LoadError error={roles.error} onRetry={() => void roles.reload()} />
      <Table<Role>
        rowKey="id"
        size="middle"
        loading={roles.loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
      <RoleDrawer
        role={editing}
        readOnly={!canManage || Boolean(editing?.builtin)}
        permissions={permissions.data ?? []}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void roles.reload();
        }}
      />
    </PageCard>
  );
}
