import { ExperimentOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportUpload } from '../../../api/client.ts';
import { IMPORT_FIELDS, type ImportField, type Mapping, REQUIRED_FIELDS } from './fields.ts';

interface Props {
  upload: ImportUpload;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  /** A run is being started: both run buttons wait. */
  starting: boolean;
  onRun: (dryRun: boolean) => void;
  onBack: () => void;
}

interface SampleRow {
  key: number;
  cells: string[];
}

/** Step 2: which column of the file fills which member field, with the first rows to check against. */
export function MappingStep({ upload, mapping, onChange, starting, onRun, onBack }: Props) {
  const { t } = useTranslation();
  const { headers, sample, job } = upload;
  const missing = [...REQUIRED_FIELDS].filter((f) => !mapping[f]);
  const firstRow = sample[0] ?? [];

  const headerOptions = useMemo(
    () => headers.map((h, i) => ({ value: h, label: h || `#${i + 1}` })),
    [headers],
  );
  const fieldsByHeader = useMemo(() => {
    const byHeader = new Map<string, string[]>();
    for (const field of IMPORT_FIELDS) {
      const header = mapping[field];
      if (header) byHeader.set(header, [...(byHeader.get(header) ?? []), t(`import.field_${field}`)]);
    }
    return byHeader;
  }, [mapping, t]);

  const mappingColumns: TableColumnsType<ImportField> = [
    {
      title: t('import.target'),
      key: 'field',
      width: 180,
      render: (_, field) => (
        <Space size={4}>
          <span>{t(`import.field_${field}`)}</span>
          {REQUIRED_FIELDS.has(field) && <Tag color="red">{t('import.required')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('import.sourceColumn'),
      key: 'header',
      width: 240,
      render: (_, field) => (
        <Select<string>
          allowClear
          showSearch
          style={{ width: '100%' }}
          placeholder={t('import.notMapped')}
          status={REQUIRED_FIELDS.has(field) && !mapping[field] ? 'error' : undefined}
          value={mapping[field]}
          options={headerOptions}
          onChange={(header) => onChange({ ...mapping, [field]: header })}
          data-testid={`import-map-${field}`}
        />
      ),
    },
    {
      title: t('import.example'),
      key: 'example',
      ellipsis: true,
      render: (_, field) => {
        const header = mapping[field];
        const index = header === undefined ? -1 : headers.indexOf(header);
        return (
          <Typography.Text type="secondary">{index >= 0 ? (firstRow[index] ?? '') : ''}</Typography.Text>
        );
      },
    },
  ];

  // Each preview column says which field it fills, so a wrong mapping shows against real data.
  const previewColumns: TableColumnsType<SampleRow> = headers.map((header, i) => ({
    key: i,
    title: (
      <>
        <div>{header || `#${i + 1}`}</div>
        {fieldsByHeader.has(header) && (
          <Typography.Text type="success" style={{ fontSize: 12, fontWeight: 'normal' }}>
            → {fieldsByHeader.get(header)?.join('、')}
          </Typography.Text>
        )}
      </>
    ),
    render: (_, row) => row.cells[i] ?? '',
  }));

  const runDisabled = missing.length > 0 || job.totalRows === 0;

  return (
    <>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text strong data-testid="import-file-summary">
          {t('import.fileSummary', { fileName: job.fileName, count: job.totalRows })}
        </Typography.Text>
        <Alert
          type={upload.mappingSource === 'saved' ? 'success' : 'info'}
          showIcon
          title={t(upload.mappingSource === 'saved' ? 'import.mappingSaved' : 'import.mappingGuessed')}
          data-testid={`import-mapping-${upload.mappingSource}`}
        />
        <Table<ImportField>
          rowKey={(field) => field}
          size="small"
          columns={mappingColumns}
          dataSource={[...IMPORT_FIELDS]}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="import-mapping"
        />
        <Typography.Text strong>{t('import.preview', { count: sample.length })}</Typography.Text>
        <Table<SampleRow>
          size="small"
          bordered
          columns={previewColumns}
          dataSource={sample.map((cells, key) => ({ key, cells }))}
          pagination={false}
          scroll={{ x: 'max-content', y: 320 }}
          data-testid="import-preview"
        />
        {missing.length > 0 && <Alert type="warning" showIcon title={t('import.requiredMissing')} />}
        <Typography.Text type="secondary">{t('import.dryRunHelp')}</Typography.Text>
      </Space>
      <Space wrap style={{ marginTop: 16 }}>
        <Button onClick={onBack} disabled={starting}>
          {t('import.chooseAnother')}
        </Button>
        <Tooltip title={missing.length > 0 ? t('import.requiredMissing') : undefined}>
          <Button
            icon={<ExperimentOutlined />}
            disabled={runDisabled}
            loading={starting}
            onClick={() => onRun(true)}
            data-testid="import-dry-run"
          >
            {t('import.dryRun')}
          </Button>
        </Tooltip>
        <Button
          type="primary"
          icon={<ImportOutlined />}
          disabled={runDisabled}
          loading={starting}
          onClick={() => onRun(false)}
          data-testid="import-run"
        >
          {t('import.run')}
        </Button>
      </Space>
    </>
  );
}
