import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';

/** A spreadsheet as text: the header row, then every data row (cells as trimmed strings). */
export interface Table {
  headers: string[];
  rows: string[][];
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM (Excel's "CSV UTF-8"). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** The first worksheet of an .xlsx, read as a stream so large files do not build a whole workbook. */
export async function parseXlsx(content: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
        // exceljs rows are 1-based: values[0] is always empty.
        const cells = values.slice(1).map(cellText);
        if (cells.some((c) => c.trim() !== '')) rows.push(cells);
      }
      break;
    }
  } catch (err) {
    throw new AppError(
      'UNREADABLE_FILE',
      `This is not a readable .xlsx file: ${err instanceof Error ? err.message : ''}`,
    );
  }
  return rows;
}

export async function readTable(content: Buffer, type: 'csv' | 'xlsx'): Promise<Table> {
  const all = type === 'csv' ? parseCsv(content.toString('utf8')) : await parseXlsx(content);
  const [header, ...rows] = all;
  if (!header?.length) throw new AppError('UNREADABLE_FILE', 'The file has no header row');
  const headers = header.map((h) => h.trim());
  return { headers, rows: rows.map((r) => headers.map((_, i) => (r[i] ?? '').trim())) };
}
