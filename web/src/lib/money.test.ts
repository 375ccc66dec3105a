import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatYuan, formatYuanShort, parseYuan } from './money.ts';

describe('formatYuan', () => {
  it('formats fen as grouped yuan with two decimals', () => {
    expect(formatYuan(123450)).toBe('¥1,234.50');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(-500)).toBe('-¥5.00');
    expect(formatYuan(100000000)).toBe('¥1,000,000.00');
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });
});

describe('formatYuanShort', () => {
  it('drops the decimals of whole yuan only', () => {
    expect(formatYuanShort(100000)).toBe('¥1,000');
    expect(formatYuanShort(10050)).toBe('¥100.50');
    expect(formatYuanShort(-500)).toBe('-¥5');
  });
});

describe('parseYuan', () => {
  it('parses without floating-point drift', () => {
    expect(parseYuan('12.34')).toBe(1234);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.005')).toBeNull();
    expect(parseYuan('¥1,000')).toBe(100000);
    expect(parseYuan('7.')).toBe(700);
    expect(parseYuan('-3.5')).toBe(-350);
  });

  it('rejects what is not an amount', () => {
    for (const text of ['', 'abc', '1e3', '.5', '1.2.3']) expect(parseYuan(text)).toBeNull();
  });

  it('round-trips with fenToYuanText', () => {
    for (const fen of [0, 1, 99, 100, 123456789]) expect(parseYuan(fenToYuanText(fen))).toBe(fen);
  });
});
