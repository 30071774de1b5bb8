import {
  addDays,
  dayOfMonthNear,
  formatDate,
  isCalendarDate,
  startOfMonth,
  startOfWeek,
  weekdayNear,
} from './date-math.js';
import type { Sentence } from './sentences.js';
import type { ExtractedDate, PersonTitleMention } from './types.js';

/**
 * Korean-language reports (Yonhap's Korean service, ministry briefings, KCNA's Korean text): the dates, titled
 * names and tense cues that the English readers (chrono-node, compromise) do not see. Korean has no word
 * boundaries the way English has: particles attach to nouns ("서울에서", "이도훈 본부장은"), so patterns look at
 * syllables, not \b.
 */
export const HANGUL = /[\uAC00-\uD7A3]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

// Past: -었/았/했다, -됐다; future: 예정, 계획, 방침, -ㄹ 것. Korean wire copy uses the present ("열린다") for the
// scheduled future too.
const FUTURE = /예정|계획|방침|전망|열린다|열릴|할 것|갖는다|가질|방문한다|만난다|만날/;

function isFuture(sentence: string): boolean {
  return FUTURE.test(sentence);
}

const FULL_DATE = /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g;
const MONTH_DAY = /(?<!년\s*)(?<!\d)(\d{1,2})월\s*(\d{1,2})일/g;
// "지난 20일" is past and "오는 21일" ahead, whatever the tense of the sentence.
const DAY_ONLY = /(?<![월\d]\s*)(?<!\d)(?:(지난|오는)\s+)?(\d{1,2})일(?:\s*\((?:현지시간|한국시간)\))?/g;
// "화요일", "지난 화요일", "오는 금요일", "다음 주 화요일", "지난주 수요일". Sunday first, as weekdayOf counts.
const WEEKDAY_NAMES = '일월화수목금토';
const WEEKDAY = /(?<!매주\s?)(?:(지난|이번|다음)\s?주\s*|(지난|이번|오는|다음)\s+)?([일월화수목금토])요일/g;
const RELATIVE: ReadonlyArray<readonly [RegExp, (published: string) => string, ExtractedDate['precision']]> =
  [
    [/그제|그저께/g, (p) => addDays(p, -2), 'day'],
    [/어제/g, (p) => addDays(p, -1), 'day'],
    [/오늘(?!날)/g, (p) => p, 'day'], // not "오늘날", nowadays
    [/내일/g, (p) => addDays(p, 1), 'day'],
    [/모레/g, (p) => addDays(p, 2), 'day'],
    [/지난\s?주/g, (p) => startOfWeek(addDays(p, -7)), 'week'],
    [/이번\s?주/g, (p) => startOfWeek(p), 'week'],
    [/다음\s?주/g, (p) => startOfWeek(addDays(p, 7)), 'week'],
    [/지난\s?달/g, (p) => startOfMonth(p, -1), 'month'],
    [/이번\s?달/g, (p) => startOfMonth(p), 'month'],
    [/다음\s?달/g, (p) => startOfMonth(p, 1), 'month'],
  ];

function koreanWeekday(m: RegExpMatchArray, published: string, sentence: string): string {
  const weekday = WEEKDAY_NAMES.indexOf(m[3]!);
  const [week, word] = [m[1], m[2]];
  if (week) {
    // The named week's Monday, then the day within it (Monday first, as ISO weeks run).
    const monday = startOfWeek(addDays(published, week === '지난' ? -7 : week === '다음' ? 7 : 0));
    return addDays(monday, (weekday + 6) % 7);
  }
  if (word === '지난') return weekdayNear(published, weekday, 'last');
  if (word === '오는' || word === '다음') return weekdayNear(published, weekday, 'next');
  if (word === '이번') return addDays(startOfWeek(published), (weekday + 6) % 7);
  return weekdayNear(published, weekday, isFuture(sentence) ? 'future' : 'past');
}

/**
 * Dates of a Korean sentence: "2018년 11월 20일", "11월 20일", "20일(현지시간)", "오는 21일", "화요일", "다음 주
 * 화요일", "지난주", "다음 달" …
 */
export function koreanDates(sentence: Sentence, publishedOn: string | null): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  const taken: Array<[number, number]> = [];
  const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && a < to);
  const push = (match: RegExpMatchArray, entry: Omit<ExtractedDate, 'text' | 'sentence' | 'index'>) => {
    const from = match.index!;
    const to = from + match[0].length;
    if (!free(from, to)) return;
    taken.push([from, to]);
    const full: ExtractedDate = {
      ...entry,
      text: match[0],
      sentence: sentence.text,
      index: sentence.start + from,
    };
    if (entry.date === null && entry.relative) full.needsPublicationDate = true;
    out.push(full);
  };
  const publishedYear = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  for (const m of sentence.text.matchAll(FULL_DATE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isCalendarDate(y, mo, d)) push(m, { date: formatDate(y, mo, d), precision: 'day', relative: false });
  }
  for (const m of sentence.text.matchAll(MONTH_DAY)) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    if (publishedYear === null) {
      push(m, { date: null, precision: 'day', relative: true });
      continue;
    }
    // The year of the publication, or the next/previous one across a year end ("12월 28일" written on 2 January).
    const candidates = [publishedYear - 1, publishedYear, publishedYear + 1]
      .filter((y) => isCalendarDate(y, mo, d))
      .map((y) => formatDate(y, mo, d));
    const near = candidates.sort(
      (a, b) =>
        Math.abs(Date.parse(a) - Date.parse(publishedOn!)) -
        Math.abs(Date.parse(b) - Date.parse(publishedOn!)),
    )[0];
    if (near) push(m, { date: near, precision: 'day', relative: false });
  }
  for (const m of sentence.text.matchAll(DAY_ONLY)) {
    const d = Number(m[2]);
    if (!publishedOn) {
      push(m, { date: null, precision: 'day', relative: true });
      continue;
    }
    const future = m[1] === '오는' ? true : m[1] === '지난' ? false : isFuture(sentence.text);
    const date = dayOfMonthNear(publishedOn, d, future);
    if (date) push(m, { date, precision: 'day', relative: true });
  }
  for (const m of sentence.text.matchAll(WEEKDAY)) {
    if (!publishedOn) {
      push(m, { date: null, precision: 'day', relative: true });
      continue;
    }
    push(m, { date: koreanWeekday(m, publishedOn, sentence.text), precision: 'day', relative: true });
  }
  for (const [pattern, resolve, precision] of RELATIVE) {
    for (const m of sentence.text.matchAll(pattern)) {
      push(m, { date: publishedOn ? resolve(publishedOn) : null, precision, relative: true });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// Titles that follow a name in Korean copy: "이도훈 한반도평화교섭본부장", "스티븐 비건 미국 국무부 대북특별대표".
const TITLES =
  '한반도평화교섭본부장|평화교섭본부장|본부장|대북특별대표|특별대표|국무장관|부장관|장관|차관보|차관|대변인|위원장|부위원장|대통령|국무위원장|대사|비서관|보좌관|실장|수석|국장|차장|의장|총리|부총리';
// Between name and title: the body ("외교부", "미 국무부", "조국평화통일위원회"), up to three words.
const AFFILIATION =
  '(?:(?:미|미국|한국|북한|북측|남측|청와대|백악관|[가-힣]{1,12}(?:위원회|부|처|청|실|원|회의|통신|대사관))\\s+){0,3}';
const TITLED_NAME = new RegExp(
  `(?<![가-힣])([가-힣]{2,4}(?:\\s[가-힣]{2,5})?)\\s+${AFFILIATION}(${TITLES})(?=[가-힣\\s,.·]|$)`,
  'g',
);
const BODY_END = /(?:위원회|부|처|청|실|원|통신|대사관)$/;
// A word ending in a particle ("회의는", "양국이") is not the first half of a name.
const PARTICLE_END = /[은는이가을를에의와과도로서]$/;
// Words that sit where a name would and are not one ("우리 측 본부장", "양측 대표").
const NOT_NAMES =
  /^(?:우리|양측|북측|남측|미측|한미|미국|한국|북한|정부|당국|이번|이날|전|현|신임|당시|측|그|이|해당)$/;

/** Names followed by a title ("이도훈 본부장은" → 이도훈, title 본부장), with their offsets in the sentence. */
export function koreanTitledNames(sentence: Sentence): PersonTitleMention[] {
  const out: PersonTitleMention[] = [];
  for (const m of sentence.text.matchAll(TITLED_NAME)) {
    let name = m[1]!.trim();
    let offset = m.index!;
    let words = name.split(/\s+/);
    // "조명균 통일부 장관": the second word is the body, not half of the name.
    if (words.length === 2 && BODY_END.test(words[1]!)) {
      name = words[0]!;
      words = [name];
    } else if (words.length === 2 && PARTICLE_END.test(words[0]!)) {
      offset += name.indexOf(words[1]!);
      name = words[1]!;
      words = [name];
    }
    if (words.some((w) => NOT_NAMES.test(w))) continue;
    // A Korean name is two to four syllables in one word; a foreign one in Hangul is two words.
    if (words.length === 1 && (name.length < 2 || name.length > 4)) continue;
    const start = sentence.start + offset;
    out.push({ text: name, start, end: start + name.length, title: m[2]! });
  }
  return out;
}

// Event words of Korean copy; the English CUES of events.ts do the same for English.
export const KOREAN_CUES = [
  { kind: 'postponement', pattern: /연기|취소|무산|미뤄/g },
  { kind: 'ceremony', pattern: /착공식|기념식|개소식|기공식/g },
  { kind: 'agreement', pattern: /합의|서명/g },
  { kind: 'visit', pattern: /방문|방한|방북|방미|도착/g },
  { kind: 'meeting', pattern: /회의|회담|협의|면담|만났|만나|만난/g },
  { kind: 'announcement', pattern: /발표|성명|담화|밝혔다/g },
  { kind: 'other', pattern: /시작|착수|출발/g },
] as const;

/** A title for an event found in a Korean sentence, in Korean. */
export function koreanTitle(
  kind: string,
  sentence: string,
  place: string | null,
  people: readonly string[],
): string {
  const at = place ? `${place} ` : '';
  const group = /워킹그룹|실무그룹/.test(sentence) ? '워킹그룹 ' : '';
  switch (kind) {
    case 'meeting':
      return `${at}${group}${/회담/.test(sentence) ? '회담' : '회의'}`;
    case 'postponement':
      return `${group}${/회담/.test(sentence) ? '회담' : /조사/.test(sentence) ? '조사' : '회의'} 연기`;
    case 'ceremony':
      return `${at}${/착공식|기공식/.test(sentence) ? '착공식' : '기념식'}`;
    case 'visit':
      return `${people[0] ? `${people[0]} ` : ''}${place ? `${place} ` : ''}방문`;
    case 'announcement':
      return `${people[0] ? `${people[0]} ` : ''}${/성명/.test(sentence) ? '성명' : /담화/.test(sentence) ? '담화' : '발표'}`;
    case 'agreement':
      return `${group}합의`;
    default:
      return `${/조사/.test(sentence) ? '공동조사' : '행사'} 시작`;
  }
}
