import { ReloadOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, type AuditQuery, api, unwrap } from '../../../api/client.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { AuditDiff } from './AuditDiff.tsx';
import { AuditFilters, type FilterValues, toQuery } from './AuditFilters.tsx';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  // Known actions read as words; a code a newer server sends shows as itself.
  const actionLabel = (action: string) =>
    t(`auditActions.${action.replace(/\./g, '_')}`, { defaultValue: action });
  const [query, setQuery] = useState<AuditQuery>({});
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Drops answers to an older query when the filters change mid-request.
  const generation = useRef(0);
  const canReadUsers = can('users.read');
  const users = useLoad(
    () => (canReadUsers ? unwrap(api.GET('/api/v1/users')) : Promise.resolve([])),
    [canReadUsers],
  );

  const fetchPage = useCallback(async (q: AuditQuery, after: string | null) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const page = await unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { ...q, limit: PAGE_SIZE, ...(after ? { cursor: after } : {}) } },
        }),
      );
      if (mine !== generation.current) return;
      setItems((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    } catch (err) {
      if (mine === generation.current) setError(err);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void fetchPage(query, null);
  }, [query, fetchPage]);

  const storeName = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);
  const storeLabel = (id: string | null) => (id ? (storeName.get(id) ?? id.slice(0, 8)) : '—');
  const actorLabel = (e: AuditEntry) =>
    e.actorName || (e.actorUserId ? e.actorUserId.slice(0, 8) : t('audit.system'));

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: formatDateTime },
    { title: t('audit.actor'), key: 'actor', width: 130, render: (_, e) => actorLabel(e) },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (v: string) => (
        <Tag color="blue" title={v}>
          {actionLabel(v)}
        </Tag>
      ),
    },
    { title: t('audit.entity'), dataIndex: 'entity', width: 110 },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      width: 120,
      render: (v: string) => (
        <Typography.Text copyable={{ text: v }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {v.length > 10 ? `${v.slice(0, 8)}…` : v}
        </Typography.Text>
      ),
    },
    { title: t('audit.store'), dataIndex: 'storeId', render: storeLabel, responsive: ['lg'] },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, responsive: ['xl'] },
  ];

  const exportColumns: ExportColumn<AuditEntry>[] = [
    { title: t('audit.at'), value: (e) => formatDateTime(e.at) },
    { title: t('audit.actor'), value: actorLabel },
    { title: t('audit.action'), value: (e) => actionLabel(e.action) },
    { title: t('audit.entity'), value: (e) => e.entity },
    { title: t('audit.entityId'), value: (e) => e.entityId },
    { title: t('audit.store'), value: (e) => storeLabel(e.storeId) },
    { title: t('audit.ip'), value: (e) => e.ip },
    { title: t('audit.requestId'), value: (e) => e.requestId },
    { title: t('audit.before'), value: (e) => (e.before === undefined ? '' : JSON.stringify(e.before)) },
    { title: t('audit.after'), value: (e) => (e.after === undefined ? '' : JSON.stringify(e.after)) },
  ];

  return (
    <div data-testid="audit-page">
      <PageCard
        title={t('audit.title')}
        extra={
          <>
            <Typography.Text type="secondary">{t('audit.loaded', { count: items.length })}</Typography.Text>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void fetchPage(query, null)}
              aria-label={t('common.refresh')}
            />
            <ExportButton name="audit" columns={exportColumns} rows={items} />
          </>
        }
      >
        <AuditFilters
          users={users.data ?? []}
          stores={me?.stores ?? []}
          onSearch={(values: FilterValues) => setQuery(toQuery(values))}
        />
        <LoadError error={error} onRetry={() => void fetchPage(query, null)} />
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={loading && items.length === 0}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (e) => (
              <div>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                  {t('audit.requestId')}: <code>{e.requestId}</code> · {t('audit.entityId')}:{' '}
                  <code>{e.entityId}</code>
                </Typography.Paragraph>
                <AuditDiff before={e.before} after={e.after} />
              </div>
            ),
          }}
        />
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {cursor ? (
            <Button
              onClick={() => void fetchPage(query, cursor)}
              loading={loading && items.length > 0}
              data-testid="audit-load-more"
            >
              {t('audit.loadMore')}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">{t('audit.noMore')}</Typography.Text>
          )}
        </div>
      </PageCard>
    </div>
  );
}
