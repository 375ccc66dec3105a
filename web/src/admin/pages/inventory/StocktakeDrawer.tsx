import {
  App,
  Button,
  Descriptions,
  Drawer,
  Input,
  InputNumber,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSession } from '../../auth/session.tsx';
import { ProductPicker } from './ProductPicker.tsx';
import type { Stocktake } from './types.ts';

type Line = Stocktake['lines'][number];

/** A count sheet: add products with their counted quantity and a reason, see the differences, post. */
export function StocktakeDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [sheet, setSheet] = useState<Stocktake | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [counted, setCounted] = useState<number | null>(null);
  const [reason, setReason] = useState('');

  useEffect(() => {
    setSheet(null);
    if (!id) return;
    unwrap(api.GET('/api/v1/inventory/stocktakes/{id}', { params: { path: { id } } }))
      .then(setSheet)
      .catch((err) => void message.error(errorText(t, err)));
  }, [id, message, t]);

  const editable = sheet?.status === 'open' && can('inventory.manage');
  const save = async (lines: { productId: string; countedQty: number | null; reason?: string }[]) => {
    if (!sheet) return;
    try {
      setSheet(
        await unwrap(
          api.PUT('/api/v1/inventory/stocktakes/{id}/lines', {
            params: { path: { id: sheet.id } },
            body: { lines },
          }),
        ),
      );
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };
  const act = async (action: 'post' | 'cancel') => {
    if (!sheet) return;
    try {
      setSheet(
        await unwrap(
          api.POST(`/api/v1/inventory/stocktakes/{id}/${action}`, { params: { path: { id: sheet.id } } }),
        ),
      );
      void message.success(t(action === 'post' ? 'inventory.posted' : 'inventory.stocktakeCancelled'));
      onChanged();
    } catch (err) {
      void message.error(errorText(t, err));
    }
  };

  const columns: TableColumnsType<Line> = [
    { title: t('inventory.sku'), dataIndex: 'sku' },
    { title: t('inventory.product'), dataIndex: 'productName' },
    {
      title: sheet?.status === 'posted' ? t('inventory.expected') : t('inventory.onHandNow'),
      dataIndex: 'expectedQty',
      align: 'right',
    },
    {
      title: t('inventory.counted'),
      dataIndex: 'countedQty',
      align: 'right',
      render: (v: number, l) =>
        editable ? (
          <InputNumber
            min={0}
            precision={0}
            defaultValue={v}
            onBlur={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0 && n !== v)
                void save([{ productId: l.productId, countedQty: n, reason: l.reason }]);
            }}
          />
        ) : (
          v
        ),
    },
    {
      title: t('inventory.difference'),
      dataIndex: 'difference',
      align: 'right',
      render: (v: number) => (
        <Typography.Text type={v < 0 ? 'danger' : v > 0 ? 'success' : undefined}>
          {v > 0 ? `+${v}` : v}
        </Typography.Text>
      ),
    },
    { title: t('inventory.reason'), dataIndex: 'reason' },
    ...(editable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, l: Line) => (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => void save([{ productId: l.productId, countedQty: null }])}
              >
                {t('common.delete')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={t('inventory.stocktake')}
      data-testid="stocktake-drawer"
    >
      {sheet && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('inventory.store')}>{sheet.storeName}</Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              <Tag>{t(`inventory.stocktake_${sheet.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>
              {formatDateTime(sheet.createdAt)}
            </Descriptions.Item>
            {sheet.postedAt && (
              <Descriptions.Item label={t('inventory.postedAt')}>
                {formatDateTime(sheet.postedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {editable && (
            <Space wrap style={{ marginBottom: 12 }}>
              <ProductPicker value={productId} onChange={(v) => setProductId(v)} />
              <InputNumber
                min={0}
                precision={0}
                placeholder={t('inventory.counted')}
                value={counted}
                onChange={setCounted}
                data-testid="stocktake-counted"
              />
              <Input
                placeholder={t('inventory.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                style={{ width: 160 }}
                maxLength={200}
              />
              <Button
                disabled={!productId || counted === null}
                data-testid="stocktake-add"
                onClick={() => {
                  if (!productId || counted === null) return;
                  void save([
                    { productId, countedQty: counted, ...(reason.trim() ? { reason: reason.trim() } : {}) },
                  ]).then(() => {
                    setProductId(null);
                    setCounted(null);
                    setReason('');
                  });
                }}
              >
                {t('inventory.addCount')}
              </Button>
            </Space>
          )}
          <Table<Line>
            rowKey="productId"
            size="small"
            columns={columns}
            dataSource={sheet.lines}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
          {editable && (
            <Space style={{ marginTop: 16 }}>
              <Popconfirm
                title={t('inventory.postConfirm')}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => act('post')}
              >
                <Button type="primary" disabled={!sheet.lines.length} data-testid="stocktake-post">
                  {t('inventory.post')}
                </Button>
              </Popconfirm>
              <Button onClick={() => void act('cancel')}>{t('inventory.cancelStocktake')}</Button>
            </Space>
          )}
        </>
      )}
    </Drawer>
  );
}
