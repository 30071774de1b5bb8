import { describe, expect, it } from 'vitest';
import { buildMeetingCalendar } from './ics-calendar.js';
import type { CalendarMeeting } from './ics-calendar.js';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

// A small reader of our own, independent of the writer: unfold, split, unescape, nest.
function parseCalendar(text: string): Component {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: Component = { name: 'ROOT', properties: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const [name = '', ...paramTexts] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack.at(-1) as Component;
    if (name === 'BEGIN') {
      const child: Component = { name: value, properties: [], children: [] };
      current.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(current.name).toBe(value);
      stack.pop();
    } else {
      const params = Object.fromEntries(paramTexts.map((param) => param.split('=') as [string, string]));
      current.properties.push({ name, params, value });
    }
  }
  expect(stack).toHaveLength(1);
  const [calendar] = root.children;
  if (!calendar) throw new Error('no VCALENDAR');
  return calendar;
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
const property = (component: Component | undefined, name: string): Property | undefined =>
  component?.properties.find((entry) => entry.name === name);
const valueOf = (component: Component | undefined, name: string): string | undefined =>
  property(component, name)?.value;

/** Instant of a local TZID time, looked up in the calendar's own VTIMEZONE (latest onset before it). */
function resolveInstant(calendar: Component, prop: Property): string {
  const zone = calendar.children.find(
    (c) => c.name === 'VTIMEZONE' && valueOf(c, 'TZID') === prop.params.TZID,
  );
  const toMs = (text: string): number =>
    Date.UTC(
      +text.slice(0, 4),
      +text.slice(4, 6) - 1,
      +text.slice(6, 8),
      +text.slice(9, 11),
      +text.slice(11, 13),
    );
  const observance = (zone?.children ?? [])
    .filter((entry) => (valueOf(entry, 'DTSTART') ?? '') <= prop.value)
    .sort((a, b) => (valueOf(a, 'DTSTART') ?? '').localeCompare(valueOf(b, 'DTSTART') ?? ''))
    .at(-1);
  const offset = valueOf(observance, 'TZOFFSETTO') ?? '';
  const minutes = (offset.startsWith('-') ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(3, 5));
  return new Date(toMs(prop.value) - minutes * 60_000).toISOString();
}

const firstMeeting: CalendarMeeting = {
  uid: 'meeting-1@lockstep.example',
  title: 'ROK–US working group, first meeting',
  description: 'Topics: denuclearization, peace regime; railway survey.\n남북 철도 공동조사, 착공식',
  startsAt: '2018-11-20T19:00:00.000Z',
  endsAt: '2018-11-20T21:00:00.000Z',
  timeZone: 'America/New_York',
  location: 'Washington, DC',
  url: 'https://lockstep.example/meetings/1',
  status: 'held',
};
const secondMeeting: CalendarMeeting = {
  uid: 'meeting-2@lockstep.example',
  title: '한미 워킹그룹 제2차 회의',
  startsAt: '2018-12-21T01:00:00Z',
  endsAt: '2018-12-21T03:00:00Z',
  timeZone: 'Asia/Seoul',
  location: '서울 외교부',
  status: 'scheduled',
};
const build = (meetings: CalendarMeeting[]) =>
  buildMeetingCalendar({ meetings, prodId: '-//Lockstep//Meetings//EN', now: '2018-11-19T08:30:15.250Z' });
const eventsOf = (calendar: Component) => calendar.children.filter((c) => c.name === 'VEVENT');

describe('buildMeetingCalendar', () => {
  const text = build([firstMeeting, secondMeeting]);
  const calendar = parseCalendar(text);
  const [first, second] = eventsOf(calendar);

  it('writes the calendar header and the event fields, unescaped back to the originals', () => {
    expect(valueOf(calendar, 'VERSION')).toBe('2.0');
    expect(valueOf(calendar, 'PRODID')).toBe('-//Lockstep//Meetings//EN');
    expect(valueOf(first, 'UID')).toBe('meeting-1@lockstep.example');
    expect(valueOf(first, 'DTSTAMP')).toBe('20181119T083015Z');
    expect(unescapeText(valueOf(first, 'SUMMARY') ?? '')).toBe(firstMeeting.title);
    expect(unescapeText(valueOf(first, 'DESCRIPTION') ?? '')).toBe(firstMeeting.description);
    expect(unescapeText(valueOf(first, 'LOCATION') ?? '')).toBe('Washington, DC');
    expect(valueOf(first, 'URL')).toBe('https://lockstep.example/meetings/1');
    expect(unescapeText(valueOf(second, 'SUMMARY') ?? '')).toBe('한미 워킹그룹 제2차 회의');
    expect(property(second, 'DESCRIPTION')).toBeUndefined();
  });

  it('writes 2018-11-20T19:00Z as 14:00 New York time, and 10:00 in Seoul for 01:00Z', () => {
    expect(property(first, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'America/New_York' },
      value: '20181120T140000',
    });
    expect(property(first, 'DTEND')?.value).toBe('20181120T160000');
    expect(property(second, 'DTSTART')).toMatchObject({
      params: { TZID: 'Asia/Seoul' },
      value: '20181221T100000',
    });
  });

  it('gives New York its real 2018 DST changes and Seoul a single +0900 observance', () => {
    const zones = calendar.children.filter((c) => c.name === 'VTIMEZONE');
    expect(zones.map((zone) => valueOf(zone, 'TZID'))).toEqual(['America/New_York', 'Asia/Seoul']);
    const summarise = (zone: Component | undefined) =>
      (zone?.children ?? []).map((o) =>
        [
          o.name,
          valueOf(o, 'DTSTART'),
          valueOf(o, 'TZOFFSETFROM'),
          valueOf(o, 'TZOFFSETTO'),
          valueOf(o, 'TZNAME'),
        ].join(' '),
      );
    expect(summarise(zones[0])).toEqual([
      'DAYLIGHT 20180311T020000 -0500 -0400 EDT',
      'STANDARD 20181104T020000 -0400 -0500 EST',
    ]);
    expect(summarise(zones[1])).toEqual(['STANDARD 20170101T000000 +0900 +0900 +09']);
  });

  it.each([
    { startsAt: '2018-11-20T19:00:00Z', timeZone: 'America/New_York', local: '20181120T140000' },
    { startsAt: '2018-07-04T16:00:00Z', timeZone: 'America/New_York', local: '20180704T120000' },
    { startsAt: '2018-01-10T15:00:00Z', timeZone: 'America/New_York', local: '20180110T100000' },
    { startsAt: '2018-12-21T01:00:00Z', timeZone: 'Asia/Seoul', local: '20181221T100000' },
    { startsAt: '2018-03-25T09:00:00Z', timeZone: 'Europe/London', local: '20180325T100000' },
    { startsAt: '2018-03-30T00:00:00Z', timeZone: 'Australia/Sydney', local: '20180330T110000' },
  ])('$startsAt in $timeZone reads back as the same instant through the VTIMEZONE', (meeting) => {
    const endsAt = new Date(Date.parse(meeting.startsAt) + 3_600_000).toISOString();
    const parsed = parseCalendar(build([{ ...firstMeeting, ...meeting, endsAt }]));
    const start = property(eventsOf(parsed)[0], 'DTSTART');
    expect(start?.value).toBe(meeting.local);
    expect(start && resolveInstant(parsed, start)).toBe(new Date(meeting.startsAt).toISOString());
  });

  it('writes a time in the repeated hour after the autumn change in UTC, so it is not read an hour early', () => {
    const parsed = parseCalendar(
      build([{ ...firstMeeting, startsAt: '2018-11-04T06:30:00Z', endsAt: '2018-11-04T07:30:00Z' }]),
    );
    expect(property(eventsOf(parsed)[0], 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: {},
      value: '20181104T063000Z',
    });
  });

  it('uses CRLF only, folds every line to 75 octets and never cuts a Korean character', () => {
    const longKorean = {
      ...secondMeeting,
      description:
        '한미 워킹그룹은 비핵화, 평화체제, 제재 이행, 그리고 유엔 제재를 준수하는 남북 협력에 대해 긴밀히 협의하기로 했다. '.repeat(
          3,
        ),
    };
    const bytes = new TextEncoder().encode(build([longKorean]));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const physicalLines: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i += 1) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        physicalLines.push(bytes.subarray(start, i));
        start = i + 2;
      }
    }
    expect(start).toBe(bytes.length);
    expect(physicalLines.length).toBeGreaterThan(20);
    for (const line of physicalLines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
    }
    const parsed = parseCalendar(new TextDecoder().decode(bytes));
    expect(unescapeText(valueOf(eventsOf(parsed)[0], 'DESCRIPTION') ?? '')).toBe(longKorean.description);
  });

  it.each([
    { status: 'cancelled', expected: 'CANCELLED' },
    { status: 'draft', expected: 'TENTATIVE' },
    { status: 'scheduled', expected: 'CONFIRMED' },
    { status: null, expected: 'CONFIRMED' },
  ])('marks a $status meeting $expected', ({ status, expected }) => {
    expect(valueOf(eventsOf(parseCalendar(build([{ ...firstMeeting, status }])))[0], 'STATUS')).toBe(
      expected,
    );
  });

  it('writes one VTIMEZONE per zone however many meetings use it, none for an empty calendar', () => {
    const parsed = parseCalendar(build([firstMeeting, { ...firstMeeting, uid: 'again' }]));
    expect(parsed.children.filter((c) => c.name === 'VTIMEZONE')).toHaveLength(1);
    expect(parseCalendar(build([])).children).toEqual([]);
  });

  it.each([
    {
      name: 'an unknown zone',
      meeting: { ...firstMeeting, timeZone: 'Mars/Olympus' },
      error: /Unknown time zone/,
    },
    {
      name: 'an end before the start',
      meeting: { ...firstMeeting, endsAt: '2018-11-20T18:00:00Z' },
      error: /ends before/,
    },
    { name: 'a malformed start', meeting: { ...firstMeeting, startsAt: 'next Tuesday' }, error: /ISO 8601/ },
  ])('refuses $name', ({ meeting, error }) => {
    expect(() => build([meeting])).toThrow(error);
  });
});
