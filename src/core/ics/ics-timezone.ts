import { DateTime, IANAZone } from 'luxon';
import { escapeText, formatContentLine, formatFloating, formatOffset } from './ics-text.js';

const DAY_MS = 86_400_000;

export interface Transition {
  /** first instant of the new offset */
  at: number;
  offsetFrom: number;
  offsetTo: number;
}

export function loadZone(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
}

/** Offset changes of a zone between two instants, found day by day and then to the second. */
export function findTransitions(zone: IANAZone, fromMs: number, toMs: number): Transition[] {
  const transitions: Transition[] = [];
  let offset = zone.offset(fromMs);
  for (let day = fromMs; day < toMs; day += DAY_MS) {
    const nextOffset = zone.offset(day + DAY_MS);
    if (nextOffset === offset) continue;
    let low = day / 1000;
    let high = (day + DAY_MS) / 1000;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (zone.offset(middle * 1000) === offset) low = middle;
      else high = middle;
    }
    transitions.push({ at: high * 1000, offsetFrom: offset, offsetTo: nextOffset });
    offset = nextOffset;
  }
  return transitions;
}

/** tzdb style abbreviation; Intl only knows "GMT+9" for Seoul, which reads better as +09. */
function nameOffset(zone: IANAZone, ms: number): string {
  const name = zone.offsetName(ms, { format: 'short', locale: 'en-US' }) ?? '';
  const numeric = /^(?:GMT|UTC)([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (numeric) return `${numeric[1]}${numeric[2]?.padStart(2, '0')}${numeric[3] ?? ''}`;
  return name === 'GMT' || name === 'UTC' || name === '' ? 'UTC' : name;
}

function isDaylight(zone: IANAZone, ms: number): boolean {
  return DateTime.fromMillis(ms, { zone }).isInDST;
}

function formatObservance(
  kind: 'STANDARD' | 'DAYLIGHT',
  start: string,
  from: number,
  to: number,
  name: string,
) {
  return [
    `BEGIN:${kind}`,
    formatContentLine('DTSTART', start),
    formatContentLine('TZOFFSETFROM', formatOffset(from)),
    formatContentLine('TZOFFSETTO', formatOffset(to)),
    formatContentLine('TZNAME', escapeText(name)),
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE lines for a zone: one observance per real transition in the years of the events, plus the
 * last change before the first event when that falls in the year before, so that every event is covered.
 */
export function buildTimezone(timeZone: string, firstMs: number, lastMs: number): string[] {
  const zone = loadZone(timeZone);
  const firstYear = new Date(firstMs).getUTCFullYear();
  const yearStart = Date.UTC(firstYear, 0, 1);
  const transitions = findTransitions(zone, yearStart, Date.UTC(new Date(lastMs).getUTCFullYear() + 1, 0, 1));
  if (!transitions[0] || transitions[0].at > firstMs) {
    const previous = findTransitions(zone, Date.UTC(firstYear - 1, 0, 1), yearStart).at(-1);
    if (previous) transitions.unshift(previous);
  }

  const lines = ['BEGIN:VTIMEZONE', formatContentLine('TZID', timeZone)];
  const firstTransition = transitions[0];
  if (!firstTransition || firstTransition.at > firstMs) {
    // The offset did not change for a year before the first event: one observance holding it.
    const offset = zone.offset(firstMs);
    const kind = isDaylight(zone, firstMs) ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      ...formatObservance(kind, `${firstYear - 1}0101T000000`, offset, offset, nameOffset(zone, firstMs)),
    );
  }
  for (const transition of transitions) {
    // DTSTART of an observance is the local time just before the change, i.e. read in the old offset.
    const start = formatFloating(transition.at + transition.offsetFrom * 60_000);
    const kind = isDaylight(zone, transition.at) ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      ...formatObservance(
        kind,
        start,
        transition.offsetFrom,
        transition.offsetTo,
        nameOffset(zone, transition.at),
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
