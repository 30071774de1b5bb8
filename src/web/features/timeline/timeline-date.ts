import { DateTime } from 'luxon';
import { formatDate } from '../../lib/datetime.js';

export type Precision = 'day' | 'week' | 'month';

/** A calendar date as precise as the source was: "Dec 21, 2018", "week of Dec 24, 2018", "December 2018". */
export function formatPreciseDate(
  date: string,
  precision: Precision,
  locale: string,
  weekOf: (date: string) => string,
): string {
  if (precision === 'month') {
    const dt = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
    return dt.isValid ? dt.toLocaleString({ year: 'numeric', month: 'long' }) : date;
  }
  const day = formatDate(date, locale);
  return precision === 'week' ? weekOf(day) : day;
}

/** The month heading a date falls under, e.g. "December 2018"; the key sorts. */
export function monthOf(date: string, locale: string): { key: string; label: string } {
  const dt = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
  return {
    key: date.slice(0, 7),
    label: dt.isValid ? dt.toLocaleString({ year: 'numeric', month: 'long' }) : date.slice(0, 7),
  };
}
