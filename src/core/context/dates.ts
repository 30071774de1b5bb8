import * as chrono from 'chrono-node';
import {
  addDays,
  dayOfMonthNear,
  formatDate,
  isCalendarDate,
  startOfMonth,
  startOfWeek,
  weekdayNear,
} from './date-math.js';
import { MAX_NLP_CHARS, capText } from './limits.js';
import { splitSentences, type Sentence } from './sentences.js';
import { hasHangul, koreanDates } from './korean.js';
import { detectTense } from './tense.js';
import type { DatePrecision, ExtractedDate } from './types.js';

// Sentences without one of these cannot hold a date chrono would find; skipping them saves most of the time.
const DATE_HINT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tomorrow|tonight|week|month|ago|morning|afternoon|evening|night)/i;
// Numeric dates chrono does not read, as Korean outlets print them ("2018.12.26"), and the day of the month on
// its own ("on the 30th"), which takes its month from the publication date and the tense.
const NUMERIC_DATE = /(?<![\d.])(20\d{2}|19\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.]*\d)/g;
const ORDINAL_DAY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi;
const NUMBER_HINT = /\d{4}\.\d{1,2}\.\d{1,2}|\bthe \d{1,2}(?:st|nd|rd|th)\b/i;
const WEEK_PHRASE = /\b(last|next|this|past|coming)\s+week\b/i;
const MONTH_PHRASE = /\b(last|next|this|past|coming)\s+month\b/i;

type Resolution = { date: string | null; precision: DatePrecision; relative: boolean } | null;

function shiftFor(word: string): number {
  const w = word.toLowerCase();
  if (w === 'last' || w === 'past') return -1;
  if (w === 'next' || w === 'coming') return 1;
  return 0;
}

function resolveWeekday(
  text: string,
  weekday: number,
  published: string,
  sentence: Sentence,
  at: number,
): string {
  if (/\blast\b/i.test(text)) return weekdayNear(published, weekday, 'last');
  if (/\bnext\b/i.test(text)) return weekdayNear(published, weekday, 'next');
  const from = at - sentence.start;
  const tense = detectTense(sentence.text, from, from + text.length);
  return weekdayNear(published, weekday, tense === 'future' ? 'future' : 'past');
}

function resolve(
  result: chrono.ParsedResult,
  text: string,
  published: string | null,
  sentence: Sentence,
  at: number,
): Resolution {
  const start = result.start;
  const week = WEEK_PHRASE.exec(text);
  if (week?.[1]) {
    const date = published === null ? null : addDays(startOfWeek(published), 7 * shiftFor(week[1]));
    return { date, precision: 'week', relative: true };
  }
  const month = MONTH_PHRASE.exec(text);
  if (month?.[1])
    return {
      date: published === null ? null : startOfMonth(published, shiftFor(month[1])),
      precision: 'month',
      relative: true,
    };
  const hasDay = start.isCertain('day') && start.isCertain('month');
  const isRelative =
    result.tags().has('result/relativeDate') ||
    [...result.tags()].some((tag) => tag.startsWith('casualReference'));
  if (isRelative && !start.isCertain('weekday') && !/\byears?\b/i.test(text)) {
    const coarse: DatePrecision = /\bweeks?\b/i.test(text)
      ? 'week'
      : /\bmonths?\b/i.test(text)
        ? 'month'
        : 'day';
    if (published === null) return { date: null, precision: coarse, relative: true };
    const day = formatDate(start.get('year') ?? 1970, start.get('month') ?? 1, start.get('day') ?? 1);
    const date = coarse === 'week' ? startOfWeek(day) : coarse === 'month' ? startOfMonth(day) : day;
    return { date, precision: coarse, relative: true };
  }
  if (start.isCertain('weekday') && !hasDay) {
    const weekday = start.get('weekday') ?? 0;
    const date = published === null ? null : resolveWeekday(text, weekday, published, sentence, at);
    return { date, precision: 'day', relative: true };
  }
  if (start.isCertain('month')) {
    // Without a year in the text, the year comes from the publication date (chrono picks the nearest).
    const yearKnown = start.isCertain('year') || published !== null;
    const year = start.get('year') ?? 0;
    const monthNumber = start.get('month') ?? 1;
    const dayNumber = hasDay ? (start.get('day') ?? 1) : 1;
    if (!isCalendarDate(year, monthNumber, dayNumber))
      return yearKnown ? null : { date: null, precision: hasDay ? 'day' : 'month', relative: false };
    return {
      date: yearKnown ? formatDate(year, monthNumber, dayNumber) : null,
      precision: hasDay ? 'day' : 'month',
      relative: false,
    };
  }
  return null;
}

function referenceInstant(published: string | null): Date {
  // Noon UTC on the publication day keeps chrono's arithmetic on the right calendar day.
  const day = published ?? '2000-01-01';
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, date ?? 1, 12));
}

/**
 * Dates in a report, resolved against its publication date (YYYY-MM-DD). Without one, relative
 * expressions come back with `date: null` and `needsPublicationDate: true`.
 */
export function extractDates(text: string, publishedOn: string | null): ExtractedDate[] {
  const source = capText(text, MAX_NLP_CHARS);
  const reference = { instant: referenceInstant(publishedOn), timezone: 0 };
  const found: ExtractedDate[] = [];
  for (const sentence of splitSentences(source)) {
    const numbers = [
      ...(NUMBER_HINT.test(sentence.text) ? numericDates(sentence, publishedOn) : []),
      ...(hasHangul(sentence.text) ? koreanDates(sentence, publishedOn) : []),
    ];
    found.push(...numbers);
    if (!DATE_HINT.test(sentence.text)) continue;
    for (const result of chrono.en.parse(sentence.text, reference, { forwardDate: false })) {
      let at = sentence.start + result.index;
      if (numbers.some((n) => at < n.index + n.text.length && n.index < at + result.text.length)) continue;
      let expression = result.text.replace(/[\s.,;:]+$/, '');
      // "Good afternoon" in a briefing is a greeting, not a date.
      if (/^(?:morning|afternoon|evening|night|noon|midnight)$/i.test(expression)) continue;
      // chrono reads "earlier this week" as "this week"; keep the writer's words.
      const before = /\b(earlier|later)\s+$/i.exec(source.slice(Math.max(sentence.start, at - 12), at));
      if (before) {
        at -= before[0].length;
        expression = `${before[0]}${expression}`;
      }
      const resolved = resolve(result, expression, publishedOn, sentence, at);
      if (!resolved) continue;
      const entry: ExtractedDate = {
        text: expression,
        date: resolved.date,
        precision: resolved.precision,
        sentence: sentence.text,
        index: at,
        relative: resolved.relative,
      };
      if (resolved.date === null) entry.needsPublicationDate = true;
      const end = result.end;
      if (resolved.date && end?.isCertain('day')) {
        const endDate = formatDate(end.get('year') ?? 0, end.get('month') ?? 1, end.get('day') ?? 1);
        if (endDate > resolved.date) entry.endDate = endDate;
      }
      found.push(entry);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function numericDates(sentence: Sentence, publishedOn: string | null): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  for (const m of sentence.text.matchAll(NUMERIC_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isCalendarDate(year, month, day)) continue;
    out.push({
      text: m[0],
      date: formatDate(year, month, day),
      precision: 'day',
      sentence: sentence.text,
      index: sentence.start + m.index,
      relative: false,
    });
  }
  for (const m of sentence.text.matchAll(ORDINAL_DAY)) {
    const day = Number(m[1]);
    const entry: ExtractedDate = {
      text: m[0],
      date: null,
      precision: 'day',
      sentence: sentence.text,
      index: sentence.start + m.index,
      relative: true,
    };
    if (publishedOn) {
      const tense = detectTense(sentence.text, m.index, m.index + m[0].length);
      entry.date = dayOfMonthNear(publishedOn, day, tense === 'future');
      if (!entry.date) continue;
    } else entry.needsPublicationDate = true;
    out.push(entry);
  }
  return out;
}
