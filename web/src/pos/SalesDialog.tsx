import { Modal, Table } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../admin/auth/session.tsx';
import { OrderDrawer } from '../admin/pages/sales/OrderDrawer.tsx';
import { type OrderSummary, useOrderColumns, useOrderPages } from '../admin/pages/sales/SalesPage.tsx';

/** F10: today's sales of this store, with the same detail, reprint and refund as the back office. */
export function SalesDialog({
  storeId,
  till,
  onClose,
}: {
  storeId: string;
  till: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const names = useMemo(() => new Map((me?.stores ?? []).map((s) => [s.id, s.name])), [me]);
  const storeName = (id: string) => names.get(id) ?? '';
  // Mounted per opening, so "today" is read when the cashier opens the list.
  const query = useMemo(() => ({ storeId, from: dayjs().startOf('day').toISOString() }), [storeId]);
  const pages = useOrderPages(query);
  const columns = useOrderColumns(storeName);
  const [openId, setOpenId] = useState<string | null>(null);
  // Esc closes the list even when focus was lost with a closed drawer or refund dialog (on <body>).
  // Checked on the DOM too: a drawer still animating out keeps its own Esc.
  const drawerOpen = useRef(false);
  drawerOpen.current = openId !== null;
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !drawerOpen.current && !document.querySelector('.ant-drawer-open'))
        closeRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Modal open title={t('pos.salesTitle')} onCancel={onClose} footer={null} width={980} destroyOnHidden>
      <div data-testid="pos-sales">
        <Table<OrderSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={pages.items}
          loading={pages.loading}
          pagination={false}
          scroll={{ y: 440 }}
          onRow={(o) =>
            ({
              onClick: () => setOpenId(o.id),
              style: { cursor: 'pointer' },
              'data-testid': 'order-row',
            }) as never
          }
        />
      </div>
      <OrderDrawer
        orderId={openId}
        onClose={() => setOpenId(null)}
        onChanged={pages.replace}
        canRefund={can('pos.refund')}
        till={till}
        tenantName={me?.tenant.name ?? ''}
        storeName={storeName}
      />
    </Modal>
  );
}
