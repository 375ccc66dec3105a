import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal, Segmented, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintArea, printNow } from './PrintArea.tsx';
import { type PaperWidth, readPaperWidth, writePaperWidth } from './paper.ts';
import { type Order, Receipt } from './Receipt.tsx';

interface Props {
  order: Order | null;
  title: string;
  storeName: string;
  onClose: () => void;
  /** Shown above the preview (e.g. the change to hand back). */
  header?: ReactNode;
}

/** Receipt preview with the paper width and a print button; used after a sale and for reprints. */
export function ReceiptDialog({ order, title, storeName, onClose, header }: Props) {
  const { t } = useTranslation();
  const [width, setWidth] = useState<PaperWidth>(readPaperWidth);
  const pick = (next: PaperWidth) => {
    setWidth(next);
    writePaperWidth(next);
  };
  return (
    <Modal
      open={order !== null}
      title={t('sales.receipt.preview')}
      onCancel={onClose}
      width={420}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} data-testid="receipt-close">
            {t('sales.receipt.done')} (Esc)
          </Button>
          <Button
            type="primary"
            size="large"
            icon={<PrinterOutlined />}
            onClick={printNow}
            autoFocus
            data-testid="receipt-print"
          >
            {t('sales.receipt.print')} (Enter)
          </Button>
        </Space>
      }
    >
      {header}
      <Segmented<PaperWidth>
        value={width}
        onChange={pick}
        options={[
          { value: 80, label: '80 mm' },
          { value: 58, label: '58 mm' },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="receipt-paper"
      />
      <div style={{ maxHeight: '55vh', overflow: 'auto', background: '#f5f5f5', padding: 8 }}>
        <div style={{ boxShadow: '0 1px 4px rgba(0,0,0,.15)', width: 'fit-content', margin: '0 auto' }}>
          {order && <Receipt order={order} width={width} title={title} storeName={storeName} />}
        </div>
      </div>
      {order && (
        <PrintArea>
          <Receipt order={order} width={width} title={title} storeName={storeName} />
        </PrintArea>
      )}
    </Modal>
  );
}
