import { zoneOffsetMinutes } from '../../shared/time.ts';
import type { CellOf, ImportFieldSpec } from '../imports/import-kind.ts';

/**
 * What a sales-history file can fill. The aliases include the headers of the public "Online
 * Retail" transaction log, so that file maps itself (the `online-retail` preset).
 */
export const HISTORY_FIELDS = {
  invoiceNo: { aliases: ['单号', '小票号', '发票号', 'InvoiceNo', 'invoice', 'invoice no'], required: true },
  sku: { aliases: ['商品编码', '编码', '货号', 'StockCode', 'sku', 'stock code'], required: true },
  description: { aliases: ['商品名称', '品名', '名称', 'Description', 'name'] },
  qty: { aliases: ['数量', 'Quantity', 'qty'], required: true },
  occurredAt: { aliases: ['日期', '时间', '交易时间', 'InvoiceDate', 'date'], required: true },
  unitPrice: { aliases: ['单价', 'UnitPrice', 'unit price', 'price'], required: true },
  customerRef: { aliases: ['客户编号', '会员编号', 'CustomerID', 'customer', 'customer id'] },
  country: { aliases: ['国家', '地区', 'Country'] },
} as const satisfies Record<string, ImportFieldSpec>;

export type HistoryField = keyof typeof HISTORY_FIELDS;

/** `--preset online-retail`: field → the column of the UCI Online Retail file. */
export const HISTORY_PRESETS: Record<string, Record<HistoryField, string>> = {
  'online-retail': {
    invoiceNo: 'InvoiceNo',
    sku: 'StockCode',
    description: 'Description',
    qty: 'Quantity',
    occurredAt: 'InvoiceDate',
    unitPrice: 'UnitPrice',
    customerRef: 'CustomerID',
    country: 'Country',
  },
};

export const HISTORY_REJECTION_LABELS: Record<string, string> = {
  INVALID_INVOICE: '单号缺失或无效（字母、数字、. _ -，最多 40 位） / Invoice number missing or invalid',
  ADJUSTMENT_NOT_SALE:
    '以 A 开头的单号是记账调整（如坏账），不是销售 / An A… invoice is a book adjustment (bad debt), not a sale',
  INVALID_SKU: '商品编码缺失或无效（最多 40 位） / Item code missing or invalid',
  INVALID_QTY: '数量须为非零整数 / Quantity must be a whole number other than 0',
  RETURN_QTY_POSITIVE: '退货单（C 开头）的数量须为负数 / A return (C… invoice) must have a negative quantity',
  STOCK_NOTE:
    '库存备注而非销售（非退货单的负数量，或无客户的 0 价行） / A stock note, not a sale (negative quantity on a sale invoice, or price 0 without a customer)',
  INVALID_DATE: '日期无效（YYYY-MM-DD HH:MM[:SS] 或 M/D/YYYY H:MM） / Invalid date',
  INVALID_PRICE: '单价须为不小于 0 的金额 / Unit price must be an amount of at least 0',
  PRICE_NOT_IN_FEN:
    '单价小于 1 分，无法精确换算为分（如 0.001） / Unit price has fractions of a fen and cannot convert exactly (e.g. 0.001)',
  INVALID_CUSTOMER: '客户编号无效（字母、数字，最多 40 位） / Invalid customer id',
};

export interface HistoryRow {
  invoiceNo: string;
  kind: 'sale' | 'return';
  /** 1, 2, … within the invoice, in file order: with the invoice number, a re-run's key. */
  lineNo: number;
  sku: string;
  name: string;
  qty: number;
  unitPriceCents: number;
  totalCents: number;
  occurredAt: string;
  customerRef: string | null;
  country: string;
}

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const PRICE = /^(\d{1,9})(?:\.(\d+))?$/;
const MAX_QTY = 10_000_000;

/**
 * A decimal price in yuan (or pounds) as exact fen, read as text and never through a float:
 * "2.55" → 255, "0.5" → 50, "2.550" → 255. Null when it is not an amount ≥ 0; 'SUB_FEN' when it has
 * fractions of a fen ("0.001"), which no rounding may silently change.
 */
export function priceToFen(text: string): number | null | 'SUB_FEN' {
  const match = PRICE.exec(text);
  if (!match) return null;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (/[1-9]/.test(fraction.slice(2))) return 'SUB_FEN';
  return Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads the file's wall-clock times as local times of the tenant's zone and answers UTC instants.
 * The zone's offset is looked up once per local hour (a file has a few thousand of them).
 */
export function localTimeReader(timeZone: string): (text: string) => string | null {
  const offsets = new Map<number, number>();
  return (text) => {
    let y: number, mo: number, d: number, h: number, mi: number, s: number;
    const iso = ISO_DATE.exec(text);
    const us = iso ? null : US_DATE.exec(text);
    if (iso)
      [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(iso[i] ?? 0)) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    else if (us) {
      [mo, d, y, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(us[i] ?? 0)) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
    } else return null;
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59 || y < 1970 || y > 9999) return null;
    const wall = Date.UTC(y, mo - 1, d, h, mi, s);
    if (new Date(wall).getUTCDate() !== d) return null; // 31 February
    const hourKey = Math.floor(wall / 3_600_000);
    let offset = offsets.get(hourKey);
    if (offset === undefined) {
      const first = zoneOffsetMinutes(new Date(wall), timeZone);
      offset = zoneOffsetMinutes(new Date(wall - first * 60_000), timeZone);
      offsets.set(hourKey, offset);
    }
    return new Date(wall - offset * 60_000).toISOString();
  };
}

/**
 * Validates one line of a sales history and numbers it within its invoice. The rules, in order:
 * the invoice number must be a code (A… is a bad-debt adjustment, refused; C… is a return); the item
 * code too (spaces become "_", as in "BANK CHARGES"); the quantity a whole number other than 0,
 * negative exactly on returns (negative on a sale invoice is a stock note, refused); the price
 * exact in fen; a line at price 0 without a customer is a stock note; the customer id, when
 * present, a code ("17850.0" as a spreadsheet writes it is 17850).
 */
export function historyRowValidator(timeZone: string) {
  const readTime = localTimeReader(timeZone);
  const linesSoFar = new Map<string, number>();
  return (cell: CellOf): HistoryRow | string => {
    const invoiceNo = cell('invoiceNo');
    if (!CODE.test(invoiceNo)) return 'INVALID_INVOICE';
    if (/^A\d/i.test(invoiceNo)) return 'ADJUSTMENT_NOT_SALE';
    const kind = /^C/i.test(invoiceNo) ? 'return' : 'sale';
    const sku = cell('sku').replace(/\s+/g, '_');
    if (!CODE.test(sku)) return 'INVALID_SKU';
    const qtyText = cell('qty');
    const qty = Number(qtyText);
    if (!/^-?\d{1,8}$/.test(qtyText) || qty === 0 || Math.abs(qty) > MAX_QTY) return 'INVALID_QTY';
    if (kind === 'return' && qty > 0) return 'RETURN_QTY_POSITIVE';
    if (kind === 'sale' && qty < 0) return 'STOCK_NOTE';
    const occurredAt = readTime(cell('occurredAt'));
    if (!occurredAt) return 'INVALID_DATE';
    const price = priceToFen(cell('unitPrice'));
    if (price === null) return 'INVALID_PRICE';
    if (price === 'SUB_FEN') return 'PRICE_NOT_IN_FEN';
    let customerRef: string | null = cell('customerRef').replace(/\.0+$/, '');
    if (customerRef === '') customerRef = null;
    else if (!CODE.test(customerRef)) return 'INVALID_CUSTOMER';
    if (price === 0 && customerRef === null) return 'STOCK_NOTE';
    const lineNo = (linesSoFar.get(invoiceNo) ?? 0) + 1;
    linesSoFar.set(invoiceNo, lineNo);
    return {
      invoiceNo,
      kind,
      lineNo,
      sku,
      name: (cell('description') || sku).slice(0, 60),
      qty,
      unitPriceCents: price,
      totalCents: qty * price,
      occurredAt,
      customerRef,
      country: cell('country').slice(0, 60),
    };
  };
}
