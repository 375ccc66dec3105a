import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, allocate, divRound, formatYuan, parseYuan, proportion } from './money.ts';

describe('money', () => {
  it('parses yuan strictly', () => {
    expect(parseYuan('12.34')).toBe(1234);
    expect(parseYuan('12.3')).toBe(1230);
    expect(parseYuan('0.05')).toBe(5);
    expect(parseYuan('-0.5')).toBe(-50);
    expect(parseYuan('1000')).toBe(100000);
    for (const bad of ['', '1e3', '12.345', ' 1', '1,000', '.5', 'NaN', '0x10', '--1', '1.']) {
      expect(() => parseYuan(bad), bad).toThrow(/Not an amount/);
    }
  });

  it('formats with grouping and two decimals', () => {
    expect(formatYuan(123450)).toBe('¥1,234.50');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(-1200)).toBe('-¥12.00');
    expect(formatYuan(100000000)).toBe('¥1,000,000.00');
  });

  it('refuses fractional or unsafe amounts', () => {
    expect(() => addFen(1.5)).toThrow();
    expect(() => addFen(Number.MAX_SAFE_INTEGER)).toThrow();
  });

  it('parse(format(x)) is x for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (x) => {
        expect(parseYuan(formatYuan(x, '').replace(/,/g, ''))).toBe(x);
      }),
    );
  });

  it('allocation always sums to the total and never goes negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const shares = allocate(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          expect(shares.every((s) => s >= 0)).toBe(true);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0) {
            // Each share is within one fen of its exact proportional value.
            shares.forEach((s, i) => {
              expect(Math.abs(s * sum - total * weights[i]!)).toBeLessThan(sum);
            });
          }
        },
      ),
    );
  });

  it('allocates negative totals symmetrically', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 10 }),
        (t, w) => {
          expect(allocate(-t, w)).toEqual(allocate(t, w).map((x) => (x === 0 ? 0 : -x)));
        },
      ),
    );
  });

  it('gives the leftover fen to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [333, 333, 334])).toEqual([333, 333, 334]);
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
  });

  it('proportion never exceeds the amount and sums back over a full split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 1, max: 1000 }), (amount, whole) => {
        const part = Math.floor(whole / 3);
        const p = proportion(amount, part, whole);
        expect(p).toBeLessThanOrEqual(amount);
        expect(proportion(amount, whole, whole)).toBe(amount);
      }),
    );
  });

  it('rounds half away from zero without floats', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(4, 3)).toBe(1);
    expect(divRound(1999 * 95, 100)).toBe(1899);
  });
});
