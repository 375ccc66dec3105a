import { describe, expect, it } from 'vitest';
import { changeTenths, formatTenths, marginTenths, yuanAxisLabel } from './format.ts';

describe('report figures', () => {
  it('writes tenths of a percent with one decimal and an optional plus sign', () => {
    expect(formatTenths(125)).toBe('12.5%');
    expect(formatTenths(-30)).toBe('-3.0%');
    expect(formatTenths(0, true)).toBe('0.0%');
    expect(formatTenths(1000, true)).toBe('+100.0%');
    expect(formatTenths(-5, true)).toBe('-0.5%');
  });

  it('compares with the previous period, rounding half away from zero', () => {
    expect(changeTenths(150_00, 100_00)).toBe(500);
    expect(changeTenths(50_00, 100_00)).toBe(-500);
    // 1/3 more = 33.33…% → 33.3%; 2/3 less = -66.67% → -66.7%
    expect(changeTenths(4, 3)).toBe(333);
    expect(changeTenths(1, 3)).toBe(-667);
    // 0.05% rounds away from zero both ways
    expect(changeTenths(2001, 2000)).toBe(1);
    expect(changeTenths(1999, 2000)).toBe(-1);
    expect(changeTenths(0, 0)).toBe(0);
    expect(changeTenths(500, 0)).toBeNull();
  });

  it('gives the gross margin of net sales, none without net sales', () => {
    expect(marginTenths(3_000, 10_000)).toBe(300);
    expect(marginTenths(-1_000, 10_000)).toBe(-100);
    expect(marginTenths(1, 3)).toBe(333);
    expect(marginTenths(100, 0)).toBeNull();
    expect(marginTenths(100, -50)).toBeNull();
  });

  it('labels a money axis in yuan whatever tick ECharts picks', () => {
    expect(yuanAxisLabel(150_000)).toBe('¥1,500');
    expect(yuanAxisLabel(12.5)).toBe('¥0.13');
    expect(yuanAxisLabel(0)).toBe('¥0');
  });
});
