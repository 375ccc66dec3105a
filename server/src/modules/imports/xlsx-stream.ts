import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../shared/context.ts';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
  /** Excel number format, e.g. yuan with two decimals. */
  numFmt?: string;
}

/**
 * Streams one worksheet: `pages` yields batches of rows as they are read from the database, and
 * each batch is written and released before the next is read, so any size exports in flat memory.
 */
export function streamSheet(
  ctx: Ctx,
  name: string,
  columns: SheetColumn[],
  pages: AsyncIterable<Record<string, unknown>[]>,
): PassThrough {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? 14,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  void (async () => {
    try {
      for await (const rows of pages) for (const row of rows) sheet.addRow(row).commit();
      await workbook.commit();
    } catch (err) {
      ctx.log.error({ err }, `export ${name} failed`);
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return out;
}

export const YUAN = '#,##0.00';

/** Fen as yuan for a spreadsheet cell: exact, since fen / 100 has at most two decimals. */
export function yuanCell(fen: number | null | undefined): number {
  return (fen ?? 0) / 100;
}
