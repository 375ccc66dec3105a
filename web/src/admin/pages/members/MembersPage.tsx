import { FileExcelOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, type InputRef, Select, Space, Table, type TableColumnsType, Typography } from 'antd';
import { type HTMLAttributes, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type MemberHit, type MemberStatus, unwrap } from '../../../api/client.ts';
import type { ExportColumn } from '../../../lib/export.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { MemberDrawer } from './MemberDrawer.tsx';
import { MemberStatusTag, MemberTags } from './MemberTags.tsx';

const PAGE_SIZE = 30;

interface Search {
  q: string;
  status?: MemberStatus;
}

export function MembersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const searchInput = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ q: '' });
  const [items, setItems] = useState<MemberHit[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  // Drops answers to an older search: a scanner can send the next code before the last answer.
  const generation = useRef(0);

  const fetchPage = useCallback(async (s: Search, after: string | null) => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const q = s.q.trim();
      const page = await unwrap(
        api.GET('/api/v1/members', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(q ? { q } : {}),
              ...(s.status ? { status: s.status } : {}),
              ...(after ? { cursor: after } : {}),
            },
          },
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
    void fetchPage(search, null);
  }, [search, fetchPage]);

  const runSearch = (value: string) => {
    setSearch((prev) => ({ ...prev, q: value }));
    // Selected text is replaced by the next keystrokes: a second scan must not append to the first.
    searchInput.current?.select();
  };

  const levels = useLoad(() => unwrap(api.GET('/api/v1/levels')), []);
  const levelName = useMemo(() => new Map((levels.data ?? []).map((l) => [l.id, l.name])), [levels.data]);

  const columns: TableColumnsType<MemberHit> = [
    {
      title: t('members.name'),
      dataIndex: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: t('members.phone'), dataIndex: 'phone', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t('members.cardNo'), dataIndex: 'cardNo', render: (v: string | null) => v ?? '—' },
    {
      title: t('members.level'),
      key: 'level',
      width: 90,
      responsive: ['md'],
      render: (_, m) => {
        const name = m.levelId ? levelName.get(m.levelId) : undefined;
        return name ?? <Typography.Text type="secondary">{t('members.levelNone')}</Typography.Text>;
      },
    },
    {
      title: t('members.tags'),
      dataIndex: 'tags',
      responsive: ['lg'],
      render: (tags: string[]) => <MemberTags tags={tags} />,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 90,
      render: (v: MemberStatus) => <MemberStatusTag status={v} />,
    },
    {
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: formatDateTime,
      responsive: ['xl'],
    },
  ];

  const exportColumns: ExportColumn<MemberHit>[] = [
    { title: t('members.name'), value: (m) => m.name },
    { title: t('members.phone'), value: (m) => m.phone },
    { title: t('members.cardNo'), value: (m) => m.cardNo },
    { title: t('members.tags'), value: (m) => m.tags.join('、') },
    { title: t('common.status'), value: (m) => t(`members.status_${m.status}`) },
    { title: t('common.createdAt'), value: (m) => formatDateTime(m.createdAt) },
  ];

  return (
    <div data-testid="members-page">
      <PageCard
        title={t('members.title')}
        extra={
          <>
            <Typography.Text type="secondary">{t('members.loaded', { count: items.length })}</Typography.Text>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void fetchPage(search, null)}
              aria-label={t('common.refresh')}
            />
            <ExportButton name="members" columns={exportColumns} rows={items} />
            {can('members.export') && (
              // Streamed by the server, every member with balances; a same-origin link carries the session.
              <Button
                href="/api/v1/exports/members.xlsx"
                icon={<FileExcelOutlined />}
                data-testid="export-members-xlsx"
              >
                {t('members.exportAll')}
              </Button>
            )}
            {can('members.manage') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="member-create"
              >
                {t('members.new')}
              </Button>
            )}
          </>
        }
      >
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Space.Compact style={{ flex: '1 1 320px', maxWidth: 600 }}>
            <Input
              ref={searchInput}
              autoFocus
              allowClear
              size="large"
              autoComplete="off"
              prefix={<SearchOutlined />}
              placeholder={t('members.searchPlaceholder')}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                // Clearing the box shows the full list again without a second key press.
                if (!e.target.value) setSearch((prev) => ({ ...prev, q: '' }));
              }}
              // Card readers and scanners type the code and press Enter; read the box itself, not state.
              // An Enter that commits an IME composition (typing pinyin) is not a search.
              onPressEnter={(e) => {
                if (!e.nativeEvent.isComposing) runSearch(e.currentTarget.value);
              }}
              style={{ flex: 1 }}
              data-testid="member-search"
            />
            <Button
              type="primary"
              size="large"
              loading={loading && items.length > 0}
              onClick={() => runSearch(text)}
              data-testid="member-search-submit"
            >
              {t('common.search')}
            </Button>
          </Space.Compact>
          <Select<MemberStatus>
            allowClear
            size="large"
            placeholder={t('members.allStatuses')}
            style={{ width: 140 }}
            value={search.status}
            onChange={(status) => setSearch((prev) => ({ ...prev, status }))}
            options={(['active', 'frozen', 'erased'] as const).map((s) => ({
              value: s,
              label: t(`members.status_${s}`),
            }))}
            data-testid="member-status-filter"
          />
        </div>
        <LoadError error={error} onRetry={() => void fetchPage(search, null)} />
        <Table<MemberHit>
          rowKey="id"
          size="middle"
          loading={loading && items.length === 0}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(m) =>
            ({
              onClick: () => navigate(`/members/${m.id}`),
              style: { cursor: 'pointer' },
              'data-testid': 'member-row',
            }) as HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: search.q ? t('members.noMatch') : t('members.empty') }}
        />
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {cursor ? (
            <Button
              onClick={() => void fetchPage(search, cursor)}
              loading={loading && items.length > 0}
              data-testid="members-load-more"
            >
              {t('members.loadMore')}
            </Button>
          ) : (
            items.length > 0 && <Typography.Text type="secondary">{t('members.noMore')}</Typography.Text>
          )}
        </div>
      </PageCard>
      <MemberDrawer
        member={creating ? null : undefined}
        onClose={() => setCreating(false)}
        onSaved={(member) => {
          setCreating(false);
          navigate(`/members/${member.id}`);
        }}
      />
    </div>
  );
}
