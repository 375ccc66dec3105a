/** One column of an export: a header and how to read the cell from a row. */
export interface ExportColumn<Row> {
  title: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

// The BOM makes Excel read the file as UTF-8 instead of the system code page (GBK on Chinese Windows).
const BOM = '\uFEFF';

function escapeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Text starting with = + - @ would be run as a formula by Excel (CSV injection); numbers are safe.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => escapeCell(c.title)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => escapeCell(c.value(row))).join(','));
  return BOM + lines.join('\r\n');
}

/** Downloads the rows as `<name>-YYYYMMDD-HHmm.csv`. */
export function exportCsv<Row>(
  name: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): void {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  // Local time: the file name should match the clock on the cashier's wall.
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  downloadCsv(`${name}-${stamp}.csv`, toCsv(columns, rows));
}

/** Hands CSV text (from toCsv, BOM included) to the browser as a file download. */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
