import { ExperimentOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportUpload } from '../../../api/client.ts';
import { fieldLabel, type KindFields, type Mapping, requiredFields } from './fields.ts';

interface Props {
  kind: ImportKind;
  fields: KindFields;
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

type FieldRow = KindFields[number];

/** Step 2: which column of the file fills which field, with the first rows to check against. */
export function MappingStep({ kind, fields, upload, mapping, onChange, starting, onRun, onBack }: Props) {
  const { t } = useTranslation();
  const { headers, sample, job } = upload;
  const missing = requiredFields(fields).filter((f) => !mapping[f]);
  const firstRow = sample[0] ?? [];

  const headerOptions = useMemo(
    () => headers.map((h, i) => ({ value: h, label: h || `#${i + 1}` })),
    [headers],
  );
  const fieldsByHeader = useMemo(() => {
    const byHeader = new Map<string, string[]>();
    for (const { key } of fields) {
      const header = mapping[key];
      if (header) byHeader.set(header, [...(byHeader.get(header) ?? []), fieldLabel(t, kind, key)]);
    }
    return byHeader;
  }, [mapping, t, kind, fields]);

  const mappingColumns: TableColumnsType<FieldRow> = [
    {
      title: t('import.target'),
      key: 'field',
      width: 180,
      render: (_, { key, required }) => (
        <Space size={4}>
          <span>{fieldLabel(t, kind, key)}</span>
          {required && <Tag color="red">{t('import.required')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('import.sourceColumn'),
      key: 'header',
      width: 240,
      render: (_, { key, required }) => (
        <Select<string>
          allowClear
          showSearch
          style={{ width: '100%' }}
          placeholder={t('import.notMapped')}
          status={required && !mapping[key] ? 'error' : undefined}
          value={mapping[key]}
          options={headerOptions}
          onChange={(header) => onChange({ ...mapping, [key]: header })}
          data-testid={`import-map-${key}`}
        />
      ),
    },
    {
      title: t('import.example'),
      key: 'example',
      ellipsis: true,
      render: (_, { key }) => {
        const header = mapping[key];
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
  const requiredText =
    kind === 'members'
      ? t('import.requiredMissing')
      : t('import.requiredMissingOf', { fields: missing.map((f) => fieldLabel(t, kind, f)).join('、') });

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
        <Table<FieldRow>
          rowKey="key"
          size="small"
          columns={mappingColumns}
          dataSource={fields}
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
        {missing.length > 0 && <Alert type="warning" showIcon title={requiredText} />}
        <Typography.Text type="secondary">{t('import.dryRunHelp')}</Typography.Text>
      </Space>
      <Space wrap style={{ marginTop: 16 }}>
        <Button onClick={onBack} disabled={starting}>
          {t('import.chooseAnother')}
        </Button>
        <Tooltip title={missing.length > 0 ? requiredText : undefined}>
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
