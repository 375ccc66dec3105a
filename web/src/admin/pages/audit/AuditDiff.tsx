import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' && value !== '' ? value : JSON.stringify(value, null, 2);
}

interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Field-by-field rows for two snapshots; changed fields come first so they are seen at a glance. */
export function diffRows(before: unknown, after: unknown): DiffRow[] | null {
  const b = before ?? {};
  const a = after ?? {};
  if (!isPlainObject(b) || !isPlainObject(a)) return null;
  // A create or delete has one side only: every field "changed", which says nothing.
  const both = before != null && after != null;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: both && JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  }));
  return rows.sort((x, y) => Number(y.changed) - Number(x.changed));
}

const preStyle = { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffRows(before, after);
  if (!rows) {
    // Not two objects (an array or a scalar): show both snapshots side by side as they are.
    return (
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        {[
          ['audit.before', before],
          ['audit.after', after],
        ].map(([label, value]) => (
          <div key={String(label)}>
            <Typography.Text strong>{t(String(label))}</Typography.Text>
            <pre style={preStyle}>{show(value) || t('audit.empty')}</pre>
          </div>
        ))}
      </div>
    );
  }
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      onRow={(row) => ({ style: row.changed ? { background: '#fffbe6' } : {} })}
      columns={[
        {
          title: '',
          dataIndex: 'field',
          width: 200,
          render: (field: string, row) => (
            <span>
              <code>{field}</code> {row.changed && <Tag color="orange">{t('audit.changed')}</Tag>}
            </span>
          ),
        },
        {
          title: t('audit.before'),
          dataIndex: 'before',
          render: (v: unknown, row) => (
            <pre style={{ ...preStyle, color: row.changed ? '#a8071a' : undefined }}>{show(v)}</pre>
          ),
        },
        {
          title: t('audit.after'),
          dataIndex: 'after',
          render: (v: unknown, row) => (
            <pre style={{ ...preStyle, color: row.changed ? '#135200' : undefined }}>{show(v)}</pre>
          ),
        },
      ]}
    />
  );
}
