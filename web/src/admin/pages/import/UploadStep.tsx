import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportKind, type ImportUpload, uploadImportFile } from '../../../api/client.ts';
import { errorText } from '../../../lib/errors.ts';
import { downloadCsv } from '../../../lib/export.ts';
import { fieldLabel, type KindFields, kindKey, templateCsv } from './fields.ts';

// The server's limit; checking it here saves uploading 200 MB only to be told no.
const MAX_BYTES = 50 * 1024 * 1024;

function acceptedType(name: string): boolean {
  return /\.(csv|csv\.gz|xlsx)$/i.test(name);
}

/** Step 1: pick a CSV or .xlsx; it goes to the server at once, which answers headers and a sample. */
export function UploadStep({
  kind,
  fields,
  onUploaded,
}: {
  kind: ImportKind;
  fields: KindFields;
  onUploaded: (upload: ImportUpload) => void;
}) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File) => {
    if (!acceptedType(file.name)) return setError(t('import.wrongType'));
    if (file.size > MAX_BYTES) return setError(t('import.tooLarge'));
    setError(null);
    setUploading(true);
    try {
      onUploaded(await uploadImportFile(file, kind));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setUploading(false);
    }
  };

  const columns = fields.map((f) => fieldLabel(t, kind, f.key) + (f.required ? ' *' : ''));

  return (
    <>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="import-upload-error"
        />
      )}
      <Spin spinning={uploading} description={t('import.uploading')}>
        <div data-testid="import-file">
          <Upload.Dragger
            accept=".csv,.gz,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            // Nothing is uploaded by antd itself: the file goes out as the raw body, not multipart.
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.dragText')}</p>
            <p className="ant-upload-hint">{t('import.dragHint')}</p>
          </Upload.Dragger>
        </div>
      </Spin>
      <div style={{ marginTop: 16 }} data-testid="import-help">
        <Typography.Text strong>{t('import.columnsTitle')}</Typography.Text>
        <Typography.Paragraph style={{ margin: '4px 0' }}>{columns.join('、')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t(kindKey(kind, 'columnsHelp'))}
        </Typography.Paragraph>
        <Button
          type="link"
          icon={<DownloadOutlined />}
          style={{ padding: 0 }}
          onClick={() => downloadCsv(t(kindKey(kind, 'templateFile')), templateCsv(fields))}
          data-testid="import-template"
        >
          {t('import.template')}
        </Button>
      </div>
    </>
  );
}
