import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportStatus } from '../../../api/client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { rejectedRowsUrl } from './fields.ts';

const STATUS_COLOR: Record<ImportStatus, string> = {
  uploaded: 'default',
  running: 'processing',
  done: 'green',
  failed: 'red',
};

interface Props {
  jobs: ImportJob[] | undefined;
  loading: boolean;
  error: unknown;
  onReload: () => void;
}

/** The tenant's last 50 imports, newest first, each with its rejected rows to download. */
export function ImportHistory({ jobs, loading, error, onReload }: Props) {
  const { t } = useTranslation();

  const columns: TableColumnsType<ImportJob> = [
    { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
    {
      title: t('import.kind'),
      dataIndex: 'kind',
      width: 80,
      render: (kind: ImportJob['kind']) => t(`import.kind_${kind}`),
    },
    { title: t('import.fileName'), dataIndex: 'fileName', ellipsis: true },
    {
      title: t('import.mode'),
      key: 'mode',
      width: 100,
      // A job only uploaded has not run in either mode yet.
      render: (_, job) =>
        job.status === 'uploaded' ? '—' : <Tag>{t(job.dryRun ? 'import.mode_dry' : 'import.mode_real')}</Tag>,
    },
    {
      title: t('common.status'),
      dataIndex: 'status',
      width: 100,
      render: (v: ImportStatus) => <Tag color={STATUS_COLOR[v]}>{t(`import.status_${v}`)}</Tag>,
    },
    { title: t('import.rows'), dataIndex: 'totalRows', align: 'right', width: 90 },
    {
      title: t('import.resultAll'),
      key: 'result',
      render: (_, job) =>
        job.status === 'uploaded' ? (
          '—'
        ) : (
          <span>
            <Typography.Text type="success">{job.importedRows}</Typography.Text> / {job.updatedRows} /{' '}
            {job.skippedRows} /{' '}
            <Typography.Text type={job.rejectedRows ? 'danger' : undefined}>
              {job.rejectedRows}
            </Typography.Text>
          </span>
        ),
    },
    {
      title: t('import.finishedAt'),
      dataIndex: 'finishedAt',
      width: 170,
      render: formatDateTime,
      responsive: ['lg'],
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, job) =>
        job.rejectedRows > 0 && (
          <Button
            type="link"
            size="small"
            href={rejectedRowsUrl(job.id)}
            icon={<DownloadOutlined />}
            aria-label={t('import.downloadRejected')}
            title={t('import.downloadRejected')}
          />
        ),
    },
  ];

  return (
    <Card
      title={t('import.history')}
      style={{ marginTop: 16 }}
      extra={<Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('common.refresh')} />}
    >
      <LoadError error={error} onRetry={onReload} />
      <Table<ImportJob>
        rowKey="id"
        size="small"
        loading={loading && !jobs}
        columns={columns}
        dataSource={jobs ?? []}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('import.historyEmpty') }}
        data-testid="import-history"
      />
    </Card>
  );
}
