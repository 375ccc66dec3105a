import { createHash, randomInt } from 'node:crypto';

/**
 * A gift card code: 18 random digits and a Luhn check digit (19 digits, ~60 bits), printed on the
 * card or receipt and read by the scanner. The check digit catches a mistyped digit before any
 * lookup; only a hash of the code is stored, so a database copy cannot spend a card.
 */
const RANDOM_DIGITS = 18;

export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function newGiftCardCode(): string {
  let body = String(randomInt(1, 10)); // no leading zero: spreadsheets keep it
  for (let i = 1; i < RANDOM_DIGITS; i++) body += String(randomInt(10));
  return body + String(luhnDigit(body));
}

/** The digits of what was typed or scanned (spaces and dashes dropped), or null when not a code. */
export function normalizeGiftCardCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{19}$/.test(digits)) return null;
  return luhnDigit(digits.slice(0, -1)) === Number(digits.at(-1)) ? digits : null;
}

export function hashGiftCardCode(tenantId: string, code: string): string {
  return createHash('sha256').update(`${tenantId}:${code}`).digest('hex');
}

/** For printing: 6212 3456 7890 1234 567. */
export function groupCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}
