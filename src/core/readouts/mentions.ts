// Month names only count capitalised, so that "may" stays a verb.
// Numbers and dates a point mentions, so that "US$8 million" and "$5 million" are seen to differ even
// when the rest of the two sentences agree.

export interface NumberMention {
  value: number;
  text: string;
}

export interface DateMention {
  year: number | null;
  month: number | null;
  day: number | null;
  text: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

const DATE_PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<DateMention, 'text'> }[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH}\s+${DAY}\b(?:,?\s+${YEAR}\b)?`, 'g'),
    read: (m) => ({ year: m[3] ? Number(m[3]) : null, month: monthNumber(m[1]), day: Number(m[2]) }),
  },
  {
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`, 'g'),
    read: (m) => ({ year: m[3] ? Number(m[3]) : null, month: monthNumber(m[2]), day: Number(m[1]) }),
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH}(?:\s+(?:of\s+)?${YEAR})?\b`, 'g'),
    read: (m) => ({ year: m[2] ? Number(m[2]) : null, month: monthNumber(m[1]), day: null }),
  },
  {
    pattern: new RegExp(String.raw`\b${YEAR}\b(?![,.]?\d)`, 'g'),
    read: (m) => ({ year: Number(m[1]), month: null, day: null }),
  },
];

function monthNumber(name: string | undefined): number | null {
  const index = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

const SMALL_NUMBERS: Record<string, number> = Object.fromEntries([
  ...'one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((word, i) => [word, i + 1]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'
    .split(' ')
    .map((word, i) => [word, (i + 2) * 10]),
  ['hundred', 100],
]);
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
};
const NUMBER_PATTERN = new RegExp(
  String.raw`(?:(?:US|U\.S\.)?\$|USD\s?|KRW\s?|₩)?` +
    String.raw`(\d[\d,]*(?:\.\d+)?|\b(?:${Object.keys(SMALL_NUMBERS).join('|')})(?=\s+(?:thousand|million|billion)\b))` +
    String.raw`(?:\s*(thousand|million|billion|bn|mn|m)\b)?(?:\s*(?:dollars|won|percent|per cent|%))?`,
  'gi',
);

/** Replaces each match by what `replace` returns; null keeps the match as it was. */
function replaceMatches(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const replacement = replace(match as RegExpExecArray);
    if (replacement === null) continue;
    result += text.slice(last, match.index) + replacement;
    last = match.index + match[0].length;
  }
  return result + text.slice(last);
}

/** Dates first (so their digits are not read as amounts), then amounts; returns what is left of the text. */
export function extractMentions(text: string): {
  rest: string;
  numbers: NumberMention[];
  dates: DateMention[];
} {
  const dates: DateMention[] = [];
  let rest = text;
  for (const { pattern, read } of DATE_PATTERNS) {
    rest = replaceMatches(rest, pattern, (match) => {
      const parsed = read(match);
      if (parsed.month === null && parsed.year === null) return null;
      dates.push({ ...parsed, text: match[0].trim() });
      return ' ';
    });
  }
  const numbers: NumberMention[] = [];
  rest = replaceMatches(rest, NUMBER_PATTERN, (match) => {
    const [whole, amount = '', scale] = match;
    const base = SMALL_NUMBERS[amount.toLowerCase()] ?? Number(amount.replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    const value = base * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    numbers.push({ value, text: whole.trim() });
    return ` #${value} `;
  });
  return { rest, numbers, dates };
}

/** Two dates agree when every field both of them state is equal ("November 20" agrees with 2018-11-20). */
function isSameDate(a: DateMention, b: DateMention): boolean {
  return (
    (a.year === null || b.year === null || a.year === b.year) &&
    (a.month === null || b.month === null || a.month === b.month) &&
    (a.day === null || b.day === null || a.day === b.day)
  );
}

/** Texts of the mentions of `a` that nothing in `b` agrees with, both ways; empty when they agree. */
export function diffDates(a: DateMention[], b: DateMention[]): { onlyA: string[]; onlyB: string[] } {
  return {
    onlyA: a.filter((date) => !b.some((other) => isSameDate(date, other))).map((date) => date.text),
    onlyB: b.filter((date) => !a.some((other) => isSameDate(date, other))).map((date) => date.text),
  };
}

export function diffNumbers(a: NumberMention[], b: NumberMention[]): { onlyA: string[]; onlyB: string[] } {
  return {
    onlyA: a.filter((n) => !b.some((other) => other.value === n.value)).map((n) => n.text),
    onlyB: b.filter((n) => !a.some((other) => other.value === n.value)).map((n) => n.text),
  };
}
