import type { TimeInput } from './workflow-types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Without an explicit zone JavaScript reads a date-time as server-local time, which would make the
// core depend on the host's TZ setting.
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch; throws on unparseable or zone-less input. */
export function toMillis(at: TimeInput): number {
  if (typeof at === 'string' && !ZONED.test(at) && !DATE_ONLY.test(at)) {
    throw new RangeError(`Time "${at}" has no time zone; pass ISO 8601 with Z or an offset.`);
  }
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`"${String(at)}" is not a valid time.`);
  return ms;
}

// Listing proposals asks the state machine about every action of every row at the same instant: the last string
// normalised is remembered, which took this from a tenth of a list request to nothing.
let lastInput: string | null = null;
let lastInstant = '';

/** Normalizes any accepted time to an ISO 8601 UTC instant. */
export function toInstant(at: TimeInput): string {
  if (typeof at === 'string' && at === lastInput) return lastInstant;
  const instant = new Date(toMillis(at)).toISOString();
  if (typeof at === 'string') {
    lastInput = at;
    lastInstant = instant;
  }
  return instant;
}

export function addDays(at: TimeInput, days: number): string {
  return new Date(toMillis(at) + days * DAY_MS).toISOString();
}

export function addHours(at: TimeInput, hours: number): string {
  return new Date(toMillis(at) + hours * HOUR_MS).toISOString();
}

export function isAtOrAfter(at: TimeInput, reference: TimeInput): boolean {
  return toMillis(at) >= toMillis(reference);
}

/** Human form for messages, e.g. "5 December 2018, 09:00 UTC". */
export function formatInstant(at: TimeInput): string {
  const d = new Date(toMillis(at));
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** "US", "US and JP", "KR, US and JP". */
export function formatParties(parties: readonly string[]): string {
  if (parties.length <= 1) return parties.join('');
  return `${parties.slice(0, -1).join(', ')} and ${parties[parties.length - 1]}`;
}

/** "has" for one party, "have" for several, so messages read naturally. */
export function hasOrHave(parties: readonly string[]): string {
  return parties.length === 1 ? 'has' : 'have';
}
