import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { fenToYuanText } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { formatRate } from './format.ts';
import { type Rule, RuleModal } from './RuleModal.tsx';

/** The rules list; owners (commission.manage) add, edit and delete. */
export function RulesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const canManage = can('commission.manage');
  const rules = useLoad(() => unwrap(api.GET('/api/v1/commission/rules')), []);
  const [editing, setEditing] = useState<Rule | null | undefined>(undefined);

  const remove = async (r: Rule) => {
    try {
      await unwrap(api.DELETE('/api/v1/commission/rules/{id}', { params: { path: { id: r.id } } }));
      void message.success(t('common.deleted'));
      void rules.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Rule> = [
    { title: t('commission.rules.name'), dataIndex: 'name' },
    {
      title: t('commission.rules.scope'),
      dataIndex: 'scope',
      render: (s: Rule['scope']) => t(`commission.rules.scope_${s}`),
    },
    {
      title: t('commission.rules.target'),
      key: 'target',
      render: (_, r) => r.targetName ?? (r.kind ? t(`commission.rules.kindOf_${r.kind}`) : '—'),
    },
    {
      title: t('commission.rules.assignedValue'),
      key: 'a',
      render: (_, r) => formatRate(r.basis, r.assignedValue),
    },
    {
      title: t('commission.rules.requestedValue'),
      key: 'r',
      render: (_, r) => formatRate(r.basis, r.requestedValue),
    },
    {
      title: t('commission.rules.tiers'),
      key: 'tiers',
      render: (_, r) =>
        r.tiers
          .map(
            (x) =>
              `≥¥${fenToYuanText(x.fromCents)}: ${formatRate(r.basis, x.assignedValue)} / ${formatRate(r.basis, x.requestedValue)}`,
          )
          .join('; ') || '—',
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: Rule) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('commission.rules.deleteConfirm', { name: r.name })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(r)}
                >
                  <Button type="link" size="small" danger icon={<DeleteOutlined />}>
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
    <div data-testid="commission-rules">
      <Typography.Paragraph type="secondary">{t('commission.rules.intro')}</Typography.Paragraph>
      {canManage && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => setEditing(null)}
          data-testid="commission-rule-new"
        >
          {t('commission.rules.new')}
        </Button>
      )}
      <LoadError error={rules.error} onRetry={() => void rules.reload()} />
      <Table<Rule>
        rowKey="id"
        size="middle"
        loading={rules.loading}
        columns={columns}
        dataSource={rules.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <RuleModal
        rule={editing}
        onClose={(saved) => {
          setEditing(undefined);
          if (saved) void rules.reload();
        }}
      />
    </div>
  );
}
