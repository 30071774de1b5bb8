const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Longest window the tempo index computes, so a stray query cannot loop for ever (about 30 years). */
export const MAX_WINDOW_DAYS = 11_000;

/** Days since 1970-01-01 for a calendar date; UTC arithmetic keeps local time zones out of it. */
export function toDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / MS_PER_DAY;
  // Date.UTC rolls 2018-02-31 over into March; refuse it instead.
  if (fromDayNumber(day) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function listDays(from: string, to: string): string[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last - first + 1 > MAX_WINDOW_DAYS) {
    throw new RangeError(`Window ${from}..${to} is longer than ${MAX_WINDOW_DAYS} days`);
  }
  const days: string[] = [];
  for (let day = first; day <= last; day += 1) days.push(fromDayNumber(day));
  return days;
}
