/**
 * Money in the API is integer fen (1/100 yuan). Conversions go through strings and integers only:
 * 12.34 * 100 in floating point is 1233.9999…, which is how cents go missing.
 */

const YUAN_PATTERN = /^(-)?(\d+)(?:\.(\d{0,2}))?$/;

/** 123450 → "¥1,234.50"; negative amounts keep the sign in front: "-¥5.00". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not an integer amount of fen: ${fen}`);
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${yuan}.${digits.slice(-2)}`;
}

/** Like formatYuan but drops ".00" from whole yuan, for headline amounts: 100000 → "¥1,000". */
export function formatYuanShort(fen: number): string {
  const text = formatYuan(fen);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** "12.34" → 1234, "¥1,000" → 100000; null when the text is not an amount with at most 2 decimals. */
export function parseYuan(text: string): number | null {
  const cleaned = text.trim().replace(/^¥/, '').replaceAll(',', '');
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const fen = Number(whole + fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign ? -fen : fen;
}

/** 1234 → "12.34" for an input field (no symbol, no grouping). */
export function fenToYuanText(fen: number): string {
  return formatYuan(fen).replace('¥', '').replaceAll(',', '');
}
