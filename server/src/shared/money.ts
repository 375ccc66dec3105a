import { AppError } from './errors.ts';

/**
 * Money is an integer number of fen (1/100 yuan) from the database to the API. This module is the
 * only place that parses, formats, rounds or splits it.
 */
export type Fen = number & { readonly __brand: 'Fen' };

/** Largest amount we accept anywhere: ¥10^13, far below 2^53 so sums of many rows stay exact. */
export const MAX_FEN = 1_000_000_000_000_000;

export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_FEN) {
    throw new AppError('INVALID_AMOUNT', `Not a whole number of fen: ${value}`);
  }
  return value as Fen;
}

const YUAN_PATTERN = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Parses "12", "12.3", "12.34", "-0.5" into fen; anything else (1e3, 12.345, " 1") is refused. */
export function parseYuan(text: string): Fen {
  const match = YUAN_PATTERN.exec(text);
  if (!match) throw new AppError('INVALID_AMOUNT', `Not an amount of money: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return fen(sign && value !== 0 ? -value : value);
}

/** ¥1,234.50 — grouping and two decimals; negative amounts as -¥12.00. */
export function formatYuan(amount: Fen | number, symbol = '¥'): string {
  const value = fen(amount);
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${value < 0 ? '-' : ''}${symbol}${whole}.${cents}`;
}

export function addFen(...amounts: readonly (Fen | number)[]): Fen {
  let total = 0;
  for (const amount of amounts) total += fen(amount);
  return fen(total);
}

/**
 * Rounds a ratio of fen half away from zero without floating point: numerator/denominator are
 * integers (e.g. amount × percent, 100).
 */
export function divRound(numerator: number, denominator: number): Fen {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new AppError('INVALID_AMOUNT', 'Division needs whole numbers and a non-zero divisor');
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const sign = n < 0n !== d < 0n ? -1n : 1n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return fen(Number(sign * q));
}

/**
 * Splits `total` across `weights` with the largest-remainder rule: each share is floor(total×w/Σw),
 * then the leftover fen go one each to the largest remainders (earlier index wins ties). The shares
 * always sum to `total` exactly. Used for order discounts over lines and partial refunds.
 */
export function allocate(total: Fen | number, weights: readonly number[]): Fen[] {
  const amount = fen(total);
  if (weights.length === 0) {
    if (amount !== 0) throw new AppError('INVALID_AMOUNT', 'Cannot allocate an amount over no weights');
    return [];
  }
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new AppError('INVALID_AMOUNT', 'Weights are whole and >= 0');
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    // No basis to split on: spread evenly so the total is still exact.
    return allocate(
      amount,
      weights.map(() => 1),
    );
  }
  const negative = amount < 0;
  const abs = BigInt(Math.abs(amount));
  const bigSum = BigInt(sum);
  const shares = weights.map((w) => (abs * BigInt(w)) / bigSum);
  const remainders = weights.map((w, index) => ({ index, rest: (abs * BigInt(w)) % bigSum }));
  let left = abs - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map((share) => fen(Number(negative ? -share : share)));
}

/**
 * The part of `amount` that corresponds to `part` out of `whole`, rounded down (used for the
 * proportional share of a partial refund: never give back more than was taken).
 */
export function proportion(amount: Fen | number, part: number, whole: number): Fen {
  if (whole <= 0 || part < 0 || part > whole) {
    throw new AppError('INVALID_AMOUNT', 'A proportion needs 0 <= part <= whole and whole > 0');
  }
  return fen(Number((BigInt(fen(amount)) * BigInt(part)) / BigInt(whole)));
}
