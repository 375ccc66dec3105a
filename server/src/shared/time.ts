// Building a formatter costs far more than using one; a deployment sees a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is a zone this runtime knows (Asia/Shanghai, UTC…). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at `at`, in minutes (Asia/Shanghai → 480). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The calendar year at `at` in `timeZone`. */
export function localYear(at: Date, timeZone: string): number {
  return new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000).getUTCFullYear();
}

/** The instant local midnight of 1 January `year` begins in `timeZone`. */
export function startOfLocalYear(year: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, 0, 1));
  return new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
}

const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`: the day reports count it on. */
export function localDayOf(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * 60_000).toISOString().slice(0, 10);
}

/** The instant local midnight of `day` (YYYY-MM-DD) begins in `timeZone`, across daylight-saving changes. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const first = zoneOffsetMinutes(new Date(wall), timeZone);
  return new Date(wall - zoneOffsetMinutes(new Date(wall - first * 60_000), timeZone) * 60_000);
}

/** The calendar day `n` days after `day` (YYYY-MM-DD; `n` may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}
