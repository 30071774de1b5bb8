import { isCalendarDate, formatDate } from './date-math.js';
import type { PublicationDate } from './types.js';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = '(\\d{1,2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*([ap]\\.?m\\.?)?';
const ZONE = '(Z|[+-]\\d{2}:?\\d{2}|KST|JST|EST|EDT|PST|PDT|UTC|GMT)';
// Offsets in minutes east of UTC; only zones that are unambiguous in this domain.
const ZONE_OFFSETS: Record<string, number> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  KST: 540,
  JST: 540,
  EST: -300,
  EDT: -240,
  PST: -480,
  PDT: -420,
};
const NUMERIC_DATE = '(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?';
const WORD_DATE = `${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`;
const HEAD_CHARS = 5_000;
const OUTLETS =
  'Yonhap|KCNA|AP|Reuters|AFP|Kyodo|Xinhua|UPI|Bloomberg|Korea Herald|Korea Times|Rodong Sinmun|KCTV';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  meridiem?: string;
  zone?: string;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function zoneOffset(zone: string): number | null {
  const known = ZONE_OFFSETS[zone.toUpperCase()];
  if (known !== undefined) return known;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
  return numeric[1] === '-' ? -minutes : minutes;
}

function toResult(parts: Parts, source: string): PublicationDate | null {
  const { year, month, day } = parts;
  if (!isCalendarDate(year, month, day) || year < 1900 || year > 2200) return null;
  const result: PublicationDate = { date: formatDate(year, month, day), source: source.trim() };
  if (parts.hour === undefined || parts.minute === undefined || parts.zone === undefined) return result;
  const offset = zoneOffset(parts.zone);
  let hour = parts.hour;
  if (parts.meridiem?.toLowerCase().startsWith('p') && hour < 12) hour += 12;
  if (parts.meridiem?.toLowerCase().startsWith('a') && hour === 12) hour = 0;
  if (offset === null || hour > 23 || parts.minute > 59) return result;
  result.instant = new Date(
    Date.UTC(year, month - 1, day, hour, parts.minute) - offset * 60_000,
  ).toISOString();
  return result;
}

function timeParts(hour?: string, minute?: string, meridiem?: string, zone?: string): Partial<Parts> {
  if (hour === undefined || minute === undefined) return {};
  return { hour: Number(hour), minute: Number(minute), meridiem, zone };
}

// Each reader tries one layout and returns the parts it found, in order of trust.
const READERS: ReadonlyArray<(head: string) => { parts: Parts; source: string } | null> = [
  // "Posted on : 2018-11-20 17:16 KST", "Published: 2018-11-21T06:30:00+09:00", "date 2018-11-27"
  (head) => {
    const re = new RegExp(
      `\\b(?:posted(?: on)?|published(?: on)?|date[d]?|입력)\\s*:?\\s*${NUMERIC_DATE}(?:[T ]\\s*${TIME})?\\s*${ZONE}?`,
      'i',
    );
    const m = re.exec(head);
    if (!m) return null;
    return {
      parts: {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        ...timeParts(m[4], m[5], m[6], m[7]),
      },
      source: m[0],
    };
  },
  // "Published : Dec 21, 2018 - 11:15", "Posted November 21, 2018 at 5:16 p.m. EST"
  (head) => {
    const re = new RegExp(
      `\\b(?:posted(?: on)?|published(?: on)?|date[d]?)\\s*:?\\s*${WORD_DATE}(?:\\s*(?:-|\\/|at|,)?\\s*${TIME})?\\s*${ZONE}?`,
      'i',
    );
    const m = re.exec(head);
    if (!m || m[1] === undefined) return null;
    return {
      parts: {
        year: Number(m[3]),
        month: monthNumber(m[1]),
        day: Number(m[2]),
        ...timeParts(m[4], m[5], m[6], m[7]),
      },
      source: m[0],
    };
  },
  // "11:15 December 21, 2018", "November 21, 2018 17:16 KST" or "NOVEMBER 28, 2018 / 4:12 AM" on a line of its own
  (head) => {
    const re = new RegExp(
      `^[ \\t]*(?:${TIME}\\s*${ZONE}?\\s+)?${WORD_DATE}(?:\\s*(?:-|\\/|at|,)?\\s*${TIME})?\\s*${ZONE}?(?:[ \\t]*\\/[^\\n]*)?[ \\t]*$`,
      'im',
    );
    const m = re.exec(head);
    if (!m || m[5] === undefined) return null;
    const time = m[1] !== undefined ? timeParts(m[1], m[2], m[3], m[4]) : timeParts(m[8], m[9], m[10], m[11]);
    return {
      parts: { year: Number(m[7]), month: monthNumber(m[5]), day: Number(m[6]), ...time },
      source: m[0],
    };
  },
  // "2018.11.20" or "2018-11-20 17:16 KST" on a line of its own
  (head) => {
    const re = new RegExp(`^[ \\t]*${NUMERIC_DATE}(?:[T ]\\s*${TIME})?\\s*${ZONE}?[ \\t]*$`, 'im');
    const m = re.exec(head);
    if (!m) return null;
    return {
      parts: {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        ...timeParts(m[4], m[5], m[6], m[7]),
      },
      source: m[0],
    };
  },
  // "SEOUL, Dec. 21, 2018 (Yonhap) --"
  (head) => {
    const re = new RegExp(`^[ \\t]*[A-Z][A-Za-z .'-]{1,30},\\s+${WORD_DATE}\\s*\\((?:${OUTLETS})\\)`, 'm');
    const m = re.exec(head);
    if (!m || m[1] === undefined) return null;
    return { parts: { year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) }, source: m[0] };
  },
];

/** A year stated elsewhere in the text: copyright line or KCNA's Juche year. */
function findYearClue(text: string): { year: number; source: string } | null {
  const copyright = /(?:©|\(c\)|copyright)[^\d\n]{0,30}(\d{4})/i.exec(text);
  if (copyright?.[1]) return { year: Number(copyright[1]), source: copyright[0] };
  const juche = /\bJuche\s+(\d{2,3})\b/.exec(text);
  if (juche?.[1]) return { year: Number(juche[1]) + 1911, source: juche[0] };
  return null;
}

function readYearlessDateline(head: string, text: string, yearHint?: number): PublicationDate | null {
  const re = new RegExp(
    `^[ \\t]*([A-Z][A-Za-z .'-]{1,30}),\\s+${MONTH}\\s+(\\d{1,2})\\s*\\((?:${OUTLETS})\\)`,
    'm',
  );
  const m = re.exec(head);
  if (!m || m[2] === undefined) return null;
  const clue = yearHint === undefined ? findYearClue(text) : { year: yearHint, source: 'year given' };
  // A dateline without a year ("WASHINGTON, Nov. 20 (Yonhap)") is not enough alone.
  if (!clue) return null;
  return toResult(
    { year: clue.year, month: monthNumber(m[2]), day: Number(m[3]) },
    `${m[0].trim()} + ${clue.source}`,
  );
}

/**
 * Finds when a report was published from its header, dateline or labels. Times are converted to an
 * instant only where the text names the zone (KST, EST, +09:00 …).
 */
export function findPublicationDate(
  text: string,
  options: { yearHint?: number } = {},
): PublicationDate | null {
  const head = text.slice(0, HEAD_CHARS);
  for (const reader of READERS) {
    const found = reader(head);
    const result = found ? toResult(found.parts, found.source) : null;
    if (result) return result;
  }
  return readYearlessDateline(head, text, options.yearHint);
}
