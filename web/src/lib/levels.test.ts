import { describe, expect, it } from 'vitest';
import { basisTotal, levelProgress } from './levels.ts';

const silver = { id: 's', rank: 1, threshold: 100_000 };
const gold = { id: 'g', rank: 2, threshold: 300_000 };
const levels = [gold, silver];

describe('basisTotal', () => {
  it('reads the total the basis names', () => {
    const m = { cumulativeSpendCents: 1, rechargeTotalCents: 2, pointsEarnedTotal: 3 };
    expect([basisTotal(m, 'spend'), basisTotal(m, 'recharge'), basisTotal(m, 'points')]).toEqual([1, 2, 3]);
  });
});

describe('levelProgress', () => {
  it('measures from zero to the first level when the member has none', () => {
    expect(levelProgress(levels, null, 25_000)).toMatchObject({
      current: null,
      next: silver,
      remaining: 75_000,
      percent: 25,
    });
  });

  it('measures from the current threshold to the next one, rounding down', () => {
    expect(levelProgress(levels, 's', 199_999)).toMatchObject({
      current: silver,
      next: gold,
      remaining: 100_001,
      percent: 49,
    });
  });

  it('is full at the top level', () => {
    expect(levelProgress(levels, 'g', 500_000)).toMatchObject({ current: gold, next: null, percent: 100 });
  });

  it('clamps a total below the held level (no downgrade yet) to 0%', () => {
    expect(levelProgress(levels, 's', 10)).toMatchObject({ percent: 0, remaining: 299_990 });
  });
});
