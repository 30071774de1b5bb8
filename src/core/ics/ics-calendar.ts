import { DateTime } from 'luxon';
import { buildTimezone, loadZone } from './ics-timezone.js';
import { escapeText, formatContentLine, formatFloating, formatUtc, joinContentLines } from './ics-text.js';

export interface CalendarMeeting {
  uid: string;
  title: string;
  description?: string | null;
  /** ISO 8601 instant */
  startsAt: string;
  endsAt: string;
  /** IANA zone the meeting is held in, e.g. America/New_York */
  timeZone: string;
  location?: string | null;
  url?: string | null;
  status?: string | null;
}

export interface MeetingCalendarInput {
  meetings: readonly CalendarMeeting[];
  /** PRODID, e.g. -//Lockstep//Meetings//EN */
  prodId: string;
  /** DTSTAMP of every event: when the file was made */
  now: Date | string;
  /** optional X-WR-CALNAME shown by most clients */
  name?: string;
}

function parseInstant(value: string, field: string): number {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new RangeError(`${field} is not an ISO 8601 instant: ${value}`);
  return parsed.toMillis();
}

/** Meeting status to the VEVENT STATUS; unknown states read as confirmed. */
export function mapMeetingStatus(status: string | null | undefined): 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED' {
  const normalised = (status ?? '').toLowerCase();
  if (['cancelled', 'canceled', 'postponed'].includes(normalised)) return 'CANCELLED';
  if (['draft', 'planned', 'proposed', 'tentative'].includes(normalised)) return 'TENTATIVE';
  return 'CONFIRMED';
}

/**
 * Local DTSTART/DTEND with TZID. A time in the repeated hour after a DST change would be read as its first
 * occurrence (RFC 5545 §3.3.5), so the second occurrence is written in UTC instead.
 */
function formatZonedTime(name: 'DTSTART' | 'DTEND', ms: number, timeZone: string): string {
  const zone = loadZone(timeZone);
  const offset = zone.offset(ms);
  const localMs = ms + offset * 60_000;
  const isSecondOccurrence = [zone.offset(ms - 86_400_000), zone.offset(ms + 86_400_000)].some((other) => {
    const candidate = localMs - other * 60_000;
    return candidate < ms && zone.offset(candidate) === other;
  });
  if (isSecondOccurrence) return formatContentLine(name, formatUtc(ms));
  return formatContentLine(name, formatFloating(localMs), { TZID: timeZone });
}

function buildEvent(meeting: CalendarMeeting, stamp: string): string[] {
  const startMs = parseInstant(meeting.startsAt, 'startsAt');
  const endMs = parseInstant(meeting.endsAt, 'endsAt');
  if (endMs < startMs) throw new RangeError(`Meeting ${meeting.uid} ends before it starts`);
  const lines = [
    'BEGIN:VEVENT',
    formatContentLine('UID', escapeText(meeting.uid)),
    formatContentLine('DTSTAMP', stamp),
    formatZonedTime('DTSTART', startMs, meeting.timeZone),
    formatZonedTime('DTEND', endMs, meeting.timeZone),
    formatContentLine('SUMMARY', escapeText(meeting.title)),
  ];
  if (meeting.location) lines.push(formatContentLine('LOCATION', escapeText(meeting.location)));
  if (meeting.description) lines.push(formatContentLine('DESCRIPTION', escapeText(meeting.description)));
  // URL is a URI value, not TEXT: no escaping, but it must not break the line.
  if (meeting.url) lines.push(formatContentLine('URL', meeting.url.replace(/[\r\n]/g, '')));
  lines.push(formatContentLine('STATUS', mapMeetingStatus(meeting.status)), 'END:VEVENT');
  return lines;
}

/** An RFC 5545 calendar of meetings, with a VTIMEZONE for every zone used; CRLF line endings. */
export function buildMeetingCalendar(input: MeetingCalendarInput): string {
  const nowMs = typeof input.now === 'string' ? parseInstant(input.now, 'now') : input.now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now is not a valid date');
  const stamp = formatUtc(Math.floor(nowMs / 1000) * 1000);

  const spans = new Map<string, { first: number; last: number }>();
  for (const meeting of input.meetings) {
    const start = parseInstant(meeting.startsAt, 'startsAt');
    const end = parseInstant(meeting.endsAt, 'endsAt');
    const span = spans.get(meeting.timeZone);
    spans.set(meeting.timeZone, {
      first: Math.min(span?.first ?? start, start),
      last: Math.max(span?.last ?? end, end),
    });
  }

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    formatContentLine('PRODID', input.prodId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (input.name) lines.push(formatContentLine('X-WR-CALNAME', escapeText(input.name)));
  for (const [timeZone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...buildTimezone(timeZone, span.first, span.last));
  }
  for (const meeting of input.meetings) lines.push(...buildEvent(meeting, stamp));
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}
