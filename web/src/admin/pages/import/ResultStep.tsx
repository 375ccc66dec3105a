import { DownloadOutlined, EditOutlined, ImportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { rejectedRowsUrl } from './fields.ts';

interface Props {
  job: ImportJob;
  /** A real run is being started from a dry run's result. */
  starting: boolean;
  pollError: unknown;
  onRetryPoll: () => void;
  onRunForReal: () => void;
  onEditMapping: () => void;
  onRestart: () => void;
}

function percentDone(job: ImportJob): number {
  if (job.status === 'done') return 100;
  return job.totalRows > 0 ? Math.floor((job.processedRows * 100) / job.totalRows) : 0;
}

/** Step 3: the progress bar while the server works, then what happened to the rows. */
export function ResultStep({
  job,
  starting,
  pollError,
  onRetryPoll,
  onRunForReal,
  onEditMapping,
  onRestart,
}: Props) {
  const { t } = useTranslation();
  const running = job.status === 'running';
  const members = job.kind === 'members';

  const count = (testId: string, title: string, value: number, color?: string) => (
    <Col xs={24} sm={members ? 8 : 6}>
      <Card size="small">
        <Statistic
          title={title}
          value={value}
          styles={color ? { content: { color } } : undefined}
          formatter={() => <span data-testid={testId}>{value}</span>}
        />
      </Card>
    </Col>
  );

  return (
    <div data-testid="import-result" data-status={job.status} data-dry-run={job.dryRun}>
      <Typography.Text strong>
        {running ? t(job.dryRun ? 'import.dryRunning' : 'import.running') : job.fileName}
      </Typography.Text>
      <Progress
        percent={percentDone(job)}
        status={job.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
        data-testid="import-progress"
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 16 }}>
        {t('import.processed', { processed: job.processedRows, total: job.totalRows })}
      </Typography.Text>
      <LoadError error={pollError} onRetry={onRetryPoll} />

      {job.status === 'done' &&
        (job.dryRun ? (
          <Alert
            type="info"
            showIcon
            title={t('import.dryRunDone')}
            description={t('import.dryRunDoneHelp')}
            style={{ marginBottom: 16 }}
            data-testid="import-dry-run-done"
          />
        ) : (
          <Alert
            type="success"
            showIcon
            title={t('import.done')}
            style={{ marginBottom: 16 }}
            data-testid="import-done"
          />
        ))}
      {job.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('import.failed')}
          description={job.error}
          style={{ marginBottom: 16 }}
          data-testid="import-failed"
        />
      )}

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {count(
          'import-imported',
          members
            ? t(job.dryRun ? 'import.wouldImport' : 'import.imported')
            : t(job.dryRun ? 'import.wouldCreate' : 'import.created'),
          job.importedRows,
          '#389e0d',
        )}
        {!members &&
          count(
            'import-updated',
            t(job.dryRun ? 'import.wouldUpdate' : 'import.updated'),
            job.updatedRows,
            '#1677ff',
          )}
        {count('import-skipped', t(members ? 'import.skipped' : 'import.unchanged'), job.skippedRows)}
        {count(
          'import-rejected',
          t('import.rejected'),
          job.rejectedRows,
          job.rejectedRows ? '#cf1322' : undefined,
        )}
      </Row>

      {!running && (
        <Space wrap>
          {job.rejectedRows > 0 && (
            <Button
              href={rejectedRowsUrl(job.id)}
              icon={<DownloadOutlined />}
              data-testid="import-rejected-download"
            >
              {t('import.downloadRejected')}
            </Button>
          )}
          {job.dryRun && job.status === 'done' && (
            <Button
              type="primary"
              icon={<ImportOutlined />}
              loading={starting}
              onClick={onRunForReal}
              data-testid="import-run-real"
            >
              {t('import.runForReal')}
            </Button>
          )}
          {(job.dryRun || job.status === 'failed') && (
            <Button icon={<EditOutlined />} onClick={onEditMapping} data-testid="import-edit-mapping">
              {t('import.editMapping')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={onRestart} data-testid="import-restart">
            {t('import.restart')}
          </Button>
        </Space>
      )}
    </div>
  );
}
