import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ExportColumn, exportCsv } from '../../lib/export.ts';

interface Props<Row> {
  name: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

/** Exports the rows currently loaded in the table (CSV with a BOM, which Excel opens directly). */
export function ExportButton<Row>({ name, columns, rows }: Props<Row>) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<DownloadOutlined />}
      disabled={rows.length === 0}
      onClick={() => exportCsv(name, columns, rows)}
      data-testid="export-excel"
    >
      {t('common.exportExcel')}
    </Button>
  );
}
