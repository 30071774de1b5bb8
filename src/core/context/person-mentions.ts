import nlp from 'compromise';
import { lookUpGazetteer } from './gazetteer.js';
import { MAX_NLP_CHARS, capText } from './limits.js';
import {
  KOREAN_NAME_PATTERN,
  TITLE_HEAD_PATTERN,
  isPlausibleKoreanName,
  readNameAfterTitle,
} from './name-patterns.js';

export interface PersonMention {
  text: string;
  start: number;
  end: number;
  /** where the mention came from: compromise, the Korean name pattern, a title, or "X said" */
  origin: 'nlp' | 'korean' | 'title' | 'said' | 'surname';
  titles: string[];
}

interface CompromisePerson {
  text: string;
  offset: { start: number; length: number };
}

// Words compromise or "X said" take for names that are not people in this material.
const NOT_PEOPLE = new Set(
  'He She It They We I You This That These Those There Officials Official The A An But And Seoul Pyongyang Washington North South Korea Moscow Beijing Tokyo Minister Ministry Spokesperson Spokesman Sources Source Analysts Experts'.split(
    ' ',
  ),
);
const SAID_PATTERN =
  /\b([A-Z][a-z]{2,}(?:-[a-z]+)?)(?:['’]s)?\s+(?:said|says|told|added|noted|stressed|explained|insisted)\b/g;
const LEADING_TITLE = new RegExp(
  `^(?:(?:U\\.S\\.|US|S\\. Korean|North Korean|South Korean)\\s+)?(?:${TITLE_HEAD_PATTERN.source}\\s+)+`,
  'i',
);

// Words of places and institutions that title patterns pick up ("special representative for Korean Peninsula …").
const NOT_NAME_WORDS = new Set(
  'Korea Korean Peninsula North South United States Affairs Department House Council Ministry Party Committee Security Peace Nations Asian Pacific East West Press Agency Office Station'.split(
    ' ',
  ),
);

function titleCase(word: string): string {
  return word.replace(/[A-Z]+/g, (part) => part.charAt(0) + part.slice(1).toLowerCase());
}

function trimMention(text: string, start: number): { text: string; start: number } | null {
  // Transcripts label speakers in capitals: "MR PALLADINO:" is Palladino.
  let value =
    /^[A-Z][A-Z .'-]+$/.test(text) && /[A-Z]{2}/.test(text) ? text.split(' ').map(titleCase).join(' ') : text;
  let from = start;
  value = value.replace(/['’]s\b.*$/, '').replace(/[\s.,;:!?"'“”‘’()]+$/, '');
  // compromise sometimes takes in a dateline: "Yonhap) -- Stephen Biegun".
  const leadingJunk = /^(?:[^\n]*[^A-Za-z\s.'’-])?[\s"'“‘(.-]*/.exec(value)?.[0].length ?? 0;
  value = value.slice(leadingJunk);
  from += leadingJunk;
  const honorific = /^(?:Mr|Ms|Mrs|Dr)\.?\s+/i.exec(value);
  if (honorific) {
    value = value.slice(honorific[0].length);
    from += honorific[0].length;
  }
  const lead = LEADING_TITLE.exec(value);
  if (lead) {
    value = value.slice(lead[0].length);
    from += lead[0].length;
  }
  if (value === '' || /\d/.test(value) || !/^[A-Z]/.test(value)) return null;
  return { text: value, start: from };
}

const TITLE_ONLY = new RegExp(`^(?:${TITLE_HEAD_PATTERN.source})$`, 'i');

function isPersonLike(text: string): boolean {
  if (lookUpGazetteer(text) || TITLE_ONLY.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.some((word) => NOT_NAME_WORDS.has(word))) return false;
  if (words.some((word) => NOT_PEOPLE.has(word) && words.length === 1)) return false;
  return !words.every((word) => NOT_PEOPLE.has(word));
}

function collectCandidates(text: string): PersonMention[] {
  const candidates: PersonMention[] = [];
  const add = (value: string, start: number, origin: PersonMention['origin']): void => {
    const trimmed = trimMention(value, start);
    if (trimmed && isPersonLike(trimmed.text)) {
      candidates.push({
        text: trimmed.text,
        start: trimmed.start,
        end: trimmed.start + trimmed.text.length,
        origin,
        titles: [],
      });
    }
  };
  const head = capText(text, MAX_NLP_CHARS);
  for (const person of nlp(head).people().json({ offset: true }) as CompromisePerson[]) {
    add(
      head.slice(person.offset.start, person.offset.start + person.offset.length),
      person.offset.start,
      'nlp',
    );
  }
  for (const match of text.matchAll(KOREAN_NAME_PATTERN)) {
    if (isPlausibleKoreanName(match[0])) add(match[0], match.index, 'korean');
  }
  const surnames = new Set(
    candidates
      .map((c) => c.text.split(/\s+/))
      .filter((w) => w.length > 1)
      .flatMap((w) => [w[0] ?? '', w.at(-1) ?? '']),
  );
  for (const match of text.matchAll(TITLE_HEAD_PATTERN)) {
    const after = match.index + match[0].length;
    const name = readNameAfterTitle(text.slice(after, after + 160), surnames);
    const at = name === null ? -1 : text.indexOf(name, after);
    if (name !== null && at >= 0 && at - after < 120) add(name, at, 'title');
  }
  for (const match of text.matchAll(SAID_PATTERN)) {
    const name = match[1] ?? '';
    // "State Department said", "Ministry of Unification said" are not people.
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    if (!NOT_PEOPLE.has(name) && !/(?:[A-Z][A-Za-z]*|\bof|\bfor)\s+$/.test(before))
      add(name, match.index, 'said');
  }
  // Every later "Biegun" of a story that named "Stephen Biegun" (overlaps are removed afterwards).
  const fullNames = candidates.filter((c) => /\s/.test(c.text)).map((c) => c.text.split(/\s+/));
  const familyNames = new Set(
    fullNames.flatMap((words) => [words.at(-1) ?? '', words[0] ?? '']).filter((w) => /^[A-Z][a-z]+$/.test(w)),
  );
  for (const family of familyNames) {
    for (const match of text.matchAll(new RegExp(`\\b${family}\\b(?!-[A-Za-z])`, 'g'))) {
      add(family, match.index, 'surname');
    }
  }
  return candidates;
}

/** Keeps the longest of overlapping candidates: "Lee Do-hoon" over compromise's "Lee". */
function removeOverlaps(candidates: PersonMention[]): PersonMention[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PersonMention[] = [];
  for (const candidate of sorted) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

/** "Special Representative for North Korea Stephen Biegun", "Kim Yong Chol, vice chairman of …, said". */
function findTitles(text: string, mention: PersonMention, previousEnd: number): string[] {
  const titles: string[] = [];
  // The window stops at the previous name, so "Alex Wong and Allison Hooker" gives Hooker no title.
  const windowStart = Math.max(0, previousEnd, mention.start - 90);
  const before = text.slice(windowStart, mention.start).split('\n').at(-1) ?? '';
  let lastHead: RegExpExecArray | null = null;
  const heads = new RegExp(TITLE_HEAD_PATTERN.source, 'gi');
  for (let m = heads.exec(before); m !== null; m = heads.exec(before)) lastHead = m;
  if (lastHead) {
    // Only qualifier words may sit between the title and the name ("for North Korea", "of State").
    const between = before.slice(lastHead.index + lastHead[0].length).trim();
    if (
      between === '' ||
      /^(?:(?:for|of|on|and|the|[A-Z][A-Za-z.'’-]*)\s+)*(?:for|of|on|and|the|[A-Z][A-Za-z.'’-]*)?$/.test(
        between,
      )
    ) {
      titles.push(before.slice(lastHead.index).trim().replace(/\s+/g, ' '));
    }
  }
  const after =
    /^,[ \t]+(?:the\s+|a\s+|who is\s+)?([^,.;()\n]{3,120}?)(?:,|\s+(?:said|says|told)\b|[ \t]*(?:\n|$))/.exec(
      text.slice(mention.end, mention.end + 140),
    );
  if (after?.[1] && new RegExp(TITLE_HEAD_PATTERN.source, 'i').test(after[1])) titles.push(after[1].trim());
  return titles;
}

/** Every mention of a person in the text, with title evidence, in order of appearance. */
export function findPersonMentions(text: string): PersonMention[] {
  const mentions = removeOverlaps(collectCandidates(text));
  let previousEnd = 0;
  for (const mention of mentions) {
    mention.titles = findTitles(text, mention, previousEnd);
    previousEnd = mention.end;
  }
  return mentions;
}
