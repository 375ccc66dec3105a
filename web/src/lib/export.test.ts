import { describe, expect, it } from 'vitest';
import { toCsv } from './export.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv(
      [
        { title: '名称', value: (r: { name: string; n: number }) => r.name },
        { title: 'n', value: (r: { name: string; n: number }) => r.n },
      ],
      [
        { name: '门店, "一"', n: -5 },
        { name: '=SUM(A1)', n: 0 },
      ],
    );
    expect(csv).toBe('\uFEFF名称,n\r\n"门店, ""一""",-5\r\n\'=SUM(A1),0');
  });
});
