import { Lunar, LunarMonth } from 'lunar-typescript';

/**
 * The solar date on which a member's birthday falls in a given (solar) year, as YYYY-MM-DD — what
 * birthday greetings and birthday-month segments use. A lunar birthday (农历生日) moves every year;
 * 29 February falls on the 28th in a common year; a lunar 30th in a 29-day month falls on the 29th.
 */
export function birthdayIn(
  birthday: string | null,
  calendar: 'solar' | 'lunar',
  year: number,
): string | null {
  const m = birthday ? /^\d{4}-(\d{2})-(\d{2})$/.exec(birthday) : null;
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (calendar === 'solar') {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  // The lunar year that starts in `year` or the one before can put the date in `year`.
  for (const lunarYear of [year - 1, year]) {
    const days = LunarMonth.fromYm(lunarYear, month)?.getDayCount() ?? 29;
    const solar = Lunar.fromYmd(lunarYear, month, Math.min(day, days)).getSolar();
    if (solar.getYear() === year) return solar.toYmd();
  }
  return null;
}
