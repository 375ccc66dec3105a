import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors.ts';

/** A spreadsheet as text: the header row, then every data row (cells as trimmed strings). */
export interface Table {
  headers: string[];
  rows: string[][];
}

/** A spreadsheet read as it streams: the header row, then the data rows one at a time. */
export interface TableStream {
  headers: string[];
  rows: AsyncIterable<string[]>;
}

/**
 * Incremental RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM (Excel's "CSV
 * UTF-8"). Feed text in any slices; each call answers the records completed so far, `end()` the last.
 */
export function csvParser() {
  let pending = '';
  let first = true;
  const parse = (text: string, final: boolean): string[][] => {
    const rows: string[][] = [];
    let i = 0;
    let recordStart = 0;
    const n = text.length;
    outer: while (i < n) {
      const row: string[] = [];
      recordStart = i;
      for (;;) {
        let field: string;
        if (text.charCodeAt(i) === 34) {
          // A quoted field: up to the quote not doubled.
          let value = '';
          let from = i + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q < 0 || (q === n - 1 && !final)) {
              if (!final) break outer;
              value += text.slice(from);
              i = n;
              break;
            }
            value += text.slice(from, q);
            if (text.charCodeAt(q + 1) === 34) {
              value += '"';
              from = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          // Text after the closing quote belongs to the field, as lenient readers take it.
          let k = i;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === 44 || c === 10 || c === 13) break;
            k++;
          }
          field = value + text.slice(i, k);
          i = k;
        } else {
          let k = i;
          while (k < n) {
            const c = text.charCodeAt(k);
            if (c === 44 || c === 10 || c === 13 || c === 34) break;
            k++;
          }
          if (k < n && text.charCodeAt(k) === 34) {
            // A quote inside an unquoted field: read the rest of it character by character.
            let value = text.slice(i, k);
            let quoted = false;
            while (k < n) {
              const c = text[k]!;
              if (quoted) {
                if (c === '"') {
                  if (text[k + 1] === '"') {
                    value += '"';
                    k++;
                  } else quoted = false;
                } else value += c;
              } else if (c === '"') quoted = true;
              else if (c === ',' || c === '\n' || c === '\r') break;
              else value += c;
              k++;
            }
            if (quoted && !final) break outer;
            field = value;
          } else field = text.slice(i, k);
          i = k;
        }
        row.push(field);
        if (i >= n) {
          if (!final) break outer;
          rows.push(row);
          recordStart = n;
          break outer;
        }
        const c = text.charCodeAt(i);
        if (c === 44) {
          i++;
          if (i >= n && final) {
            row.push('');
            rows.push(row);
            recordStart = n;
            break outer;
          }
          if (i >= n) break outer;
          continue;
        }
        // End of the record: LF, CR or CRLF.
        if (c === 13) {
          if (i + 1 >= n && !final) break outer;
          i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
        } else i++;
        rows.push(row);
        recordStart = i;
        break;
      }
    }
    pending = recordStart < n ? text.slice(recordStart) : '';
    return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
  };
  return {
    push(chunk: string): string[][] {
      let text = pending + chunk;
      if (first && text.length) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      return parse(text, false);
    },
    end(): string[][] {
      const text = pending;
      pending = '';
      return text ? parse(text, true) : [];
    },
  };
}

/** A whole CSV text as rows (blank rows dropped). */
export function parseCsv(text: string): string[][] {
  const parser = csvParser();
  return [...parser.push(text), ...parser.end()];
}

/** Whether the content is gzip (a `.csv.gz`): it starts with the gzip magic bytes. */
export function isGzip(content: Buffer): boolean {
  return content.length >= 2 && content[0] === 0x1f && content[1] === 0x8b;
}

const SLICE = 1 << 20;

/** The CSV's rows as it decodes, through zlib when the file is gzipped, a megabyte at a time. */
async function* csvRows(content: Buffer): AsyncGenerator<string[]> {
  const parser = csvParser();
  const decoder = new StringDecoder('utf8');
  const source: AsyncIterable<Buffer> = isGzip(content)
    ? Readable.from([content]).pipe(createGunzip({ chunkSize: SLICE }))
    : (async function* () {
        for (let i = 0; i < content.length; i += SLICE) yield content.subarray(i, i + SLICE);
      })();
  try {
    for await (const chunk of source) yield* parser.push(decoder.write(chunk));
  } catch (err) {
    throw new AppError(
      'UNREADABLE_FILE',
      `This is not a readable .csv.gz file: ${err instanceof Error ? err.message : ''}`,
    );
  }
  yield* parser.push(decoder.end());
  yield* parser.end();
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
async function* xlsxRows(content: Buffer): AsyncGenerator<string[]> {
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
        if (cells.some((c) => c.trim() !== '')) yield cells;
      }
      break;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      'UNREADABLE_FILE',
      `This is not a readable .xlsx file: ${err instanceof Error ? err.message : ''}`,
    );
  }
}

/** The first worksheet of an .xlsx as rows. */
export async function parseXlsx(content: Buffer): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const row of xlsxRows(content)) rows.push(row);
  return rows;
}

/**
 * Opens a CSV (plain or gzipped) or .xlsx for reading row by row: every row comes trimmed and
 * padded to the header's width, so a 500,000-line file never sits in memory as a whole.
 */
export async function openTable(content: Buffer, type: 'csv' | 'xlsx'): Promise<TableStream> {
  // A gzipped file is a CSV whatever it was called (an .xlsx is a zip, not a gzip).
  const iterator = (type === 'csv' || isGzip(content) ? csvRows(content) : xlsxRows(content))[
    Symbol.asyncIterator
  ]();
  const first = await iterator.next();
  if (first.done || !first.value.length) throw new AppError('UNREADABLE_FILE', 'The file has no header row');
  const headers = first.value.map((h) => h.trim());
  const width = headers.length;
  return {
    headers,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          const r = next.value;
          const cells = new Array<string>(width);
          for (let i = 0; i < width; i++) cells[i] = (r[i] ?? '').trim();
          yield cells;
        }
      },
    },
  };
}

/** A whole file as a table (small files: the upload's preview reads `scanTable` instead). */
export async function readTable(content: Buffer, type: 'csv' | 'xlsx'): Promise<Table> {
  const { headers, rows } = await openTable(content, type);
  const all: string[][] = [];
  for await (const r of rows) all.push(r);
  return { headers, rows: all };
}

/** Headers, the first `sampleSize` rows and the number of data rows, reading the file once. */
export async function scanTable(
  content: Buffer,
  type: 'csv' | 'xlsx',
  sampleSize: number,
): Promise<{ headers: string[]; sample: string[][]; count: number }> {
  const { headers, rows } = await openTable(content, type);
  const sample: string[][] = [];
  let count = 0;
  for await (const r of rows) {
    if (count < sampleSize) sample.push(r);
    count++;
  }
  return { headers, sample, count };
}
