import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';

/** Query values as the API takes them: strings, the empty ones left out. */
export function queryOf(values: Record<string, string | number | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== null && v !== '') out[k] = String(v);
  return out;
}

/** A share as a percentage with one decimal; a ratio, never money. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part * 100) / whole).toFixed(1)}%`;
}

/** The controls of a tab (kept off paper) with 导出 Excel (the server's streamed file) and 打印. */
export function Toolbar({
  children,
  exportHref,
  testId,
}: {
  children: ReactNode;
  exportHref: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 12 }} className="no-print">
      {children}
      <Button icon={<DownloadOutlined />} href={exportHref} data-testid={`${testId}-export`}>
        {t('analytics.exportXlsx')}
      </Button>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={`${testId}-print`}>
        {t('analytics.print')}
      </Button>
    </Space>
  );
}

export interface MemberRow {
  memberId: string;
  memberRef: string;
  name: string;
}

interface Page<Row> {
  rows: Row[];
  nextCursor: string | null;
}

/**
 * The members of one class or stage, a page at a time (the report's cursor), each linking to the
 * member's page; the tab's own columns follow the member's.
 */
export function DrillDown<Row extends MemberRow>({
  title,
  load,
  columns,
  exportHref,
  testId,
}: {
  title: ReactNode;
  load: (after: string | undefined) => Promise<Page<Row>>;
  columns: TableColumnsType<Row>;
  exportHref: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fetchPage = async (after: string | undefined) => {
    setLoading(true);
    try {
      const page = await load(after);
      setRows((old) => (after === undefined ? page.rows : [...old, ...page.rows]));
      setNext(page.nextCursor);
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };
  // A new class (or new report inputs) starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the export address names every input
  useEffect(() => {
    void fetchPage(undefined);
  }, [exportHref]);

  const memberColumns: TableColumnsType<Row> = [
    {
      title: t('analytics.member'),
      dataIndex: 'name',
      render: (name: string, r) => <Link to={`/members/${r.memberId}`}>{name || r.memberRef}</Link>,
    },
    { title: t('analytics.memberRef'), dataIndex: 'memberRef' },
    ...columns,
  ];
  return (
    <div data-testid={`${testId}-drill`} style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <h3 style={{ margin: 0 }}>{title}</h3>
        <Button size="small" className="no-print" icon={<DownloadOutlined />} href={exportHref}>
          {t('analytics.exportXlsx')}
        </Button>
      </Space>
      <LoadError error={error} onRetry={() => void fetchPage(undefined)} />
      <Table<Row>
        rowKey="memberId"
        size="small"
        loading={loading}
        columns={memberColumns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {next !== null && (
        <Button
          style={{ marginTop: 8 }}
          className="no-print"
          onClick={() => void fetchPage(next)}
          loading={loading}
          data-testid={`${testId}-more`}
        >
          {t('analytics.more')}
        </Button>
      )}
    </div>
  );
}

export const DRILL_PAGE = '50';
