// Calendar arithmetic on YYYY-MM-DD strings in UTC, so no local time zone leaks in.
const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toDayNumber(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function formatDate(year: number, month: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** True when the parts name a real calendar day (2018-02-31 is not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    formatDate(year, month, day) ===
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  );
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The date of a weekday (0 = Sunday) named relative to `published`: 'last' and 'next' never the same day ("last
 * Tuesday" written on a Tuesday is a week back); 'past' and 'future' (from the sentence's tense) may be that day.
 */
export function weekdayNear(
  published: string,
  weekday: number,
  direction: 'last' | 'next' | 'past' | 'future',
): string {
  const today = weekdayOf(published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (direction === 'last') return addDays(published, -(back === 0 ? 7 : back));
  if (direction === 'next') return addDays(published, ahead === 0 ? 7 : ahead);
  return direction === 'future' ? addDays(published, ahead) : addDays(published, -back);
}

/** The Monday starting the ISO week of a date. */
export function startOfWeek(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The first day of the month `months` months after the month of `date`. */
/**
 * A day of the month named alone ("on the 30th", "30일"), from the publication date and the tense: "will start on
 * the 2nd" written on the 28th is next month's, "met on the 30th" written on the 2nd last month's. Null when that
 * month has no such day.
 */
export function dayOfMonthNear(published: string, day: number, future: boolean): string | null {
  const today = Number(published.slice(8, 10));
  const shift = future && day < today ? 1 : !future && day > today ? -1 : 0;
  const [year, month] = startOfMonth(published, shift).split('-').map(Number) as [number, number];
  return isCalendarDate(year, month, day) ? formatDate(year, month, day) : null;
}

export function startOfMonth(date: string, months = 0): string {
  const [year, month] = date.split('-').map(Number);
  return formatDate(year ?? 1970, (month ?? 1) + months, 1);
}
