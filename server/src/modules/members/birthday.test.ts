import { describe, expect, it } from 'vitest';
import { birthdayIn } from './birthday.ts';

describe('birthdays', () => {
  it('keeps a solar birthday and moves 29 February in common years', () => {
    expect(birthdayIn('1990-05-06', 'solar', 2026)).toBe('2026-05-06');
    expect(birthdayIn('2000-02-29', 'solar', 2027)).toBe('2027-02-28');
    expect(birthdayIn('2000-02-29', 'solar', 2028)).toBe('2028-02-29');
  });

  it('finds this year’s solar date of a lunar birthday', () => {
    expect(birthdayIn('1985-08-15', 'lunar', 2026)).toBe('2026-09-25'); // 中秋
    expect(birthdayIn('1985-01-01', 'lunar', 2026)).toBe('2026-02-17'); // 春节 2026
    // A late-12th-month birthday falls in January or February of the next solar year.
    expect(birthdayIn('1980-12-20', 'lunar', 2027)).toBe('2027-01-27');
  });

  it('answers null without a usable birthday', () => {
    expect(birthdayIn(null, 'solar', 2026)).toBeNull();
    expect(birthdayIn('05-06', 'lunar', 2026)).toBeNull();
  });
});
