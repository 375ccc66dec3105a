import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Statistic, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../../api/client.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { formatYuan } from '../../../lib/money.ts';
import { useLoad } from '../../../lib/use-load.ts';
import { useSession } from '../../auth/session.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { PageCard } from '../../components/PageCard.tsx';
import { GiftCardDrawer } from './GiftCardDrawer.tsx';
import { IssueGiftCardModal } from './IssueGiftCardModal.tsx';

export type GiftCard = Schemas['GiftCard'];

/** 礼品卡: every card with its balance; find one by the last four digits; issue, void, export. */
export function GiftCardsPage() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const [last4, setLast4] = useState('');
  const [status, setStatus] = useState<GiftCard['status'] | undefined>(undefined);
  const [items, setItems] = useState<GiftCard[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const generation = useRef(0);
  const storeName = new Map((me?.stores ?? []).map((s) => [s.id, s.name]));
  const liability = useLoad(() => unwrap(api.GET('/api/v1/gift-cards/liability')), [items]);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await unwrap(
          api.GET('/api/v1/gift-cards', {
            params: {
              query: {
                ...(/^\d{4}$/.test(last4) ? { last4 } : {}),
                ...(status ? { status } : {}),
                ...(after ? { cursor: after } : {}),
                limit: 50,
              },
            },
          }),
        );
        if (mine !== generation.current) return;
        setItems((prev) => (after ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (err) {
        if (mine === generation.current) setError(err);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [last4, status],
  );
  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  const columns: TableColumnsType<GiftCard> = [
    {
      title: t('giftcards.card'),
      dataIndex: 'last4',
      render: (v: string, c) => (
        <Typography.Link onClick={() => setOpenId(c.id)} data-testid={`giftcard-${v}`}>
          •••• {v}
        </Typography.Link>
      ),
    },
    {
      title: t('giftcards.source'),
      dataIndex: 'source',
      render: (v: GiftCard['source']) => t(`giftcards.source_${v}`),
    },
    {
      title: t('giftcards.face'),
      dataIndex: 'faceValueCents',
      align: 'right',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('giftcards.balance'),
      dataIndex: 'balanceCents',
      align: 'right',
      render: (v: number) => <Typography.Text strong>{formatYuan(v)}</Typography.Text>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (v: GiftCard['status']) => (
        <Tag color={v === 'active' ? 'green' : 'default'}>{t(`giftcards.status_${v}`)}</Tag>
      ),
    },
    {
      title: t('giftcards.store'),
      dataIndex: 'storeId',
      responsive: ['md'],
      render: (v: string) => storeName.get(v) ?? '',
    },
    { title: t('giftcards.issuedAt'), dataIndex: 'issuedAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('giftcards.expiresAt'),
      dataIndex: 'expiresAt',
      responsive: ['lg'],
      render: (v: string | null) => (v ? formatDate(v) : t('giftcards.noExpiry')),
    },
  ];

  return (
    <div data-testid="giftcards-page">
      <PageCard
        title={t('giftcards.title')}
        extra={
          <>
            <Input.Search
              allowClear
              placeholder={t('giftcards.searchLast4')}
              maxLength={4}
              style={{ width: 180 }}
              onSearch={(v) => setLast4(v.trim())}
              data-testid="giftcards-search"
            />
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('common.status')}
              value={status}
              onChange={setStatus}
              options={(['active', 'void'] as const).map((s) => ({
                value: s,
                label: t(`giftcards.status_${s}`),
              }))}
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void fetchPage(null)}
              aria-label={t('common.refresh')}
            />
            <Button icon={<DownloadOutlined />} href="/api/v1/gift-cards.xlsx" data-testid="giftcards-export">
              {t('common.exportExcel')}
            </Button>
            {can('giftcards.manage') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="giftcards-issue"
              >
                {t('giftcards.issue')}
              </Button>
            )}
          </>
        }
      >
        <Typography.Paragraph type="secondary">{t('giftcards.intro')}</Typography.Paragraph>
        {liability.data && (
          <Space size={48} style={{ marginBottom: 16 }} data-testid="giftcards-liability">
            <Statistic title={t('giftcards.activeCount')} value={liability.data.activeCount} />
            <Statistic
              title={t('giftcards.outstanding')}
              value={formatYuan(liability.data.outstandingCents)}
            />
          </Space>
        )}
        {error ? <LoadError error={error} onRetry={() => void fetchPage(null)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
        {cursor && (
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => void fetchPage(cursor)} loading={loading}>
              {t('giftcards.loadMore')}
            </Button>
          </Space>
        )}
      </PageCard>
      <GiftCardDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void fetchPage(null)} />
      <IssueGiftCardModal
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={() => void fetchPage(null)}
      />
    </div>
  );
}
