import { DateTime } from 'luxon';

export interface ZonedTime {
  zone: string;
  text: string;
}

function toDateTime(instant: string | Date): DateTime {
  return typeof instant === 'string'
    ? DateTime.fromISO(instant, { setZone: false })
    : DateTime.fromJSDate(instant);
}

/** One instant as date and time in the given zone and language, e.g. "Nov 20, 2018, 2:00 PM EST". */
export function formatDateTime(instant: string | Date, zone: string, locale: string): string {
  const dt = toDateTime(instant).setZone(zone).setLocale(locale);
  if (!dt.isValid) return '';
  return dt.toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' });
}

/** A calendar date (YYYY-MM-DD) in the given language. */
export function formatDate(date: string, locale: string): string {
  const dt = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
  return dt.isValid ? dt.toLocaleString(DateTime.DATE_MED) : date;
}

/** The same instant in several zones, duplicates dropped, e.g. for a meeting in Washington seen from Seoul. */
export function formatInZones(instant: string | Date, zones: string[], locale = 'en'): ZonedTime[] {
  const seen = new Set<string>();
  const out: ZonedTime[] = [];
  for (const zone of zones) {
    if (seen.has(zone)) continue;
    seen.add(zone);
    out.push({ zone, text: formatDateTime(instant, zone, locale) });
  }
  return out;
}

/** The IANA time zones this browser knows, for the account's time-zone select. */
export function listTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
