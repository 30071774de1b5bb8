import { findPersonMentions, type PersonMention } from './person-mentions.js';
import { hasHangul, koreanTitledNames } from './korean.js';
import { KOREAN_SURNAME_SET } from './name-patterns.js';
import { splitSentences } from './sentences.js';
import { editDistance } from './similarity.js';
import type { ExtractedPerson, NameResolution, NameResolver } from './types.js';

interface Group {
  mentions: PersonMention[];
  /** normalised full forms ("kim yong chol") */
  keys: Set<string>;
  resolution: NameResolution | null;
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .join(' ');
}

function isFullName(mention: PersonMention): boolean {
  return /\s/.test(mention.text);
}

/** The family name: first word of a Korean-order name ("Kim Yong-chol"), else the last ("Andrew Kim"). */
function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const koreanOrder = KOREAN_SURNAME_SET.has(first) && (words.length === 3 || (words[1] ?? '').includes('-'));
  return koreanOrder ? first : (words.at(-1) ?? '');
}

function resolveBest(forms: Iterable<string>, resolver: NameResolver): NameResolution | null {
  let best: NameResolution | null = null;
  for (const form of forms) {
    const found = resolver(form);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

function groupFullNames(mentions: readonly PersonMention[], resolver: NameResolver): Group[] {
  const byKey = new Map<string, Group>();
  for (const mention of mentions.filter(isFullName)) {
    const key = normaliseName(mention.text);
    const group = byKey.get(key) ?? { mentions: [], keys: new Set([key]), resolution: null };
    group.mentions.push(mention);
    byKey.set(key, group);
  }
  // Spellings the resolver maps to one record are one person: "Kim Yong-chol" and "Kim Yoong Chol".
  const byRecord = new Map<string, Group>();
  const groups: Group[] = [];
  for (const group of byKey.values()) {
    group.resolution = resolveBest(new Set(group.mentions.map((m) => m.text)), resolver);
    const recordKey = group.resolution ? `${group.resolution.kind}:${group.resolution.id}` : null;
    const same = recordKey === null ? undefined : byRecord.get(recordKey);
    if (same) {
      same.mentions.push(...group.mentions);
      for (const key of group.keys) same.keys.add(key);
      if (group.resolution && same.resolution && group.resolution.score > same.resolution.score)
        same.resolution = group.resolution;
      continue;
    }
    if (recordKey !== null) byRecord.set(recordKey, group);
    groups.push(group);
  }
  return groups;
}

function findSurnameOwner(word: string, groups: readonly Group[]): Group | 'ambiguous' | null {
  const owners = (test: (surname: string) => boolean): Group[] =>
    groups.filter((group) => group.mentions.some((m) => isFullName(m) && test(surnameOf(m.text))));
  const exact = owners((surname) => surname.toLowerCase() === word.toLowerCase());
  // "Kim said" with Kim Yong-chol and Andrew Kim in the story is nobody in particular.
  if (exact.length > 1) return 'ambiguous';
  if (exact.length === 1) return exact[0] ?? null;
  if (word.length < 5) return null;
  const near = owners((surname) => editDistance(surname.toLowerCase(), word.toLowerCase()) <= 1);
  if (near.length > 1) return 'ambiguous';
  return near[0] ?? null;
}

function pickName(group: Group): string {
  const counts = new Map<string, number>();
  for (const mention of group.mentions)
    if (isFullName(mention)) counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
  let best = group.mentions[0]?.text ?? '';
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function present(group: Group): ExtractedPerson {
  const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const title of mentions.flatMap((m) => m.titles)) {
    if (!seen.has(title.toLowerCase())) titles.push(title);
    seen.add(title.toLowerCase());
  }
  const resolution: ExtractedPerson['resolution'] = group.resolution ?? {
    kind: 'new',
    explanation: 'not among the group’s members, the timeline’s people or the sanctions list: to confirm',
  };
  return { name: pickName(group), mentions: mentions.map((m) => m.text), titles, resolution };
}

/**
 * People named in a text, mentions of one person grouped ("Stephen Biegun" … "Biegun said"), each
 * resolved through `resolver` (members, known people, sanctions list) or marked new.
 */
// A wire story's byline ("By KIM TONG-HYUNG", "By Hyonhee Shin and Joyce Lee") names its reporters, not people
// of the story.
const BYLINE = /^[ \t]*By[ \t]+[A-Z][^\n]{2,80}$/gm;

function bylineSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(BYLINE)].map((m) => [m.index, m.index + m[0].length]);
}

/** Lone words that are the surname of exactly one person the group knows, where no other mention covers them. */
function knownSurnames(
  text: string,
  found: readonly PersonMention[],
  resolver: NameResolver,
): PersonMention[] {
  const bySurname = resolver.bySurname;
  if (!bySurname) return [];
  const out: PersonMention[] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    if (bySurname(m[0])) out.push({ text: m[0], start, end, origin: 'surname', titles: [] });
  }
  return out;
}

// The particles that attach to a name: "이도훈은", "스티븐 비건과".
const PARTICLE = /(?:께서|에게|과의|은|는|이|가|을|를|의|와|과|도)$/;

function withoutParticle(word: string): string[] {
  const bare = word.replace(PARTICLE, '');
  return bare !== word && bare.length >= 2 ? [word, bare] : [word];
}

/**
 * Names in Korean copy: with a title after them ("스티븐 비건 대북특별대표", "이도훈 본부장은"), or written exactly
 * as someone the group knows ("이도훈은").
 */
function koreanMentions(
  text: string,
  found: readonly PersonMention[],
  resolver: NameResolver,
): PersonMention[] {
  if (!hasHangul(text)) return [];
  const titled = splitSentences(text)
    .flatMap(koreanTitledNames)
    .map((m) => ({ text: m.text, start: m.start, end: m.end, origin: 'title' as const, titles: [m.title] }));
  const known: PersonMention[] = [];
  const byExactName = resolver.byExactName;
  if (byExactName) {
    const words = [...text.matchAll(/[가-힣]{2,}/g)];
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!;
      const next = words[i + 1];
      // Two words ("스티븐 비건") when they are one known name, else the word alone.
      const pair =
        next && next.index === word.index + word[0].length + 1
          ? withoutParticle(next[0]).map((second) => `${word[0]} ${second}`)
          : [];
      const name = [...pair, ...withoutParticle(word[0])].find((candidate) => byExactName(candidate));
      if (!name) continue;
      known.push({
        text: name,
        start: word.index,
        end: word.index + name.length,
        origin: 'korean',
        titles: [],
      });
      if (name.includes(' ')) i += 1;
    }
  }
  const taken = [...found];
  const out: PersonMention[] = [];
  for (const mention of [...titled, ...known]) {
    if (taken.some((f) => mention.start < f.end && f.start < mention.end)) continue;
    taken.push(mention);
    out.push(mention);
  }
  return out;
}

export function extractPeople(text: string, resolver: NameResolver): ExtractedPerson[] {
  const bylines = bylineSpans(text);
  const inByline = (m: PersonMention): boolean =>
    bylines.some(([from, to]) => m.start >= from && m.end <= to);
  const found = findPersonMentions(text).filter((m) => !inByline(m));
  const mentions = [
    ...found,
    ...knownSurnames(text, found, resolver),
    ...koreanMentions(text, found, resolver),
  ].sort((a, b) => a.start - b.start);
  const groups = groupFullNames(mentions, resolver);
  const singles = new Map<string, Group>();
  for (const mention of mentions.filter((m) => !isFullName(m))) {
    const owner = findSurnameOwner(mention.text, groups);
    if (owner === 'ambiguous') continue;
    if (owner) {
      owner.mentions.push(mention);
      continue;
    }
    const single = singles.get(mention.text);
    if (single) single.mentions.push(mention);
    else
      singles.set(mention.text, {
        mentions: [mention],
        keys: new Set([mention.text.toLowerCase()]),
        resolution: null,
      });
  }
  for (const single of singles.values()) {
    // A lone surname is a person only with a title ("President Trump") or when compromise saw one.
    const isPerson = single.mentions.some(
      (m) => m.origin === 'title' || m.origin === 'nlp' || m.titles.length > 0,
    );
    single.resolution = resolveBest([single.mentions[0]?.text ?? ''], resolver);
    // …or when it is the surname of someone the group knows ("met Biegun in Seoul").
    const known = single.resolution !== null && single.resolution.kind !== 'sanctions';
    if (!isPerson && !known) continue;
    groups.push(single);
  }
  return groups
    .map(present)
    .sort((a, b) => text.indexOf(a.mentions[0] ?? '') - text.indexOf(b.mentions[0] ?? ''));
}
