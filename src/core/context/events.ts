import { OUTLETS, koreanSpellingOf } from './gazetteer.js';
import { hasHangul, KOREAN_CUES, koreanTitle } from './korean.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { CandidateEvent, EventKind, ExtractedDate, ExtractedPerson, ExtractedPlace } from './types.js';

const CUES: ReadonlyArray<{ kind: EventKind; pattern: RegExp }> = [
  {
    kind: 'postponement',
    pattern:
      /\b(?:postpon(?:e|ed|es|ing|ement)|(?:will )?take place at a later date|delay(?:ed|s)?|cancel(?:l?ed|s|lation)?|called off|put off|rescheduled)\b/gi,
  },
  { kind: 'ceremony', pattern: /\b(?:ceremony|groundbreaking|ground-breaking|inauguration)\b/gi },
  { kind: 'agreement', pattern: /\b(?:agreed|agree to|agreement|signed)\b/gi },
  { kind: 'visit', pattern: /\b(?:visit(?:ed|s|ing)?|arrived|arrives?|trip|travel(?:l?ed|s)?|flew)\b/gi },
  {
    kind: 'meeting',
    pattern: /\b(?:held talks|hold talks|talks|met|meets?|meeting|summit|consultations?|session)\b/gi,
  },
  {
    kind: 'announcement',
    pattern: /\b(?:announced|announces?|announcement|statement|declared|unveiled)\b/gi,
  },
  {
    kind: 'other',
    pattern: /\b(?:launch(?:ed|es)?|fired|begin|began|begins|start(?:ed|s)?|kick(?:ed|s)? off)\b/gi,
  },
];
// What a sentence is about, most specific first: "the survey, which had been delayed" is a survey postponed.
const SUBJECTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bworking group\b/i, 'Working group meeting'],
  [/\bsummit\b/i, 'Summit'],
  [/\b(?:field )?survey\b/i, 'Survey'],
  [/\binspection\b/i, 'Inspection'],
  [/\bconstruction\b/i, 'Construction'],
  [/\bexercises?\b|\bdrills?\b/i, 'Exercise'],
  [/\btalks\b/i, 'Talks'],
];
// A following sentence that goes on about the same event ("… co-chaired the meeting at the State Department"):
// it names the event with a word of its kind, or says who took part.
const EVENT_NOUNS: Record<EventKind, string> = {
  meeting: 'meeting|talks|session|consultations?|summit',
  postponement: 'meeting|talks|session|summit|visit|trip|survey|ceremony',
  ceremony: 'ceremony|event',
  visit: 'visit|trip|stay',
  announcement: 'statement|announcement',
  agreement: 'agreement|deal|accord',
  other: 'survey|inspection|project|launch|event',
};
const REFERS_BACK = new Map(
  (Object.entries(EVENT_NOUNS) as [EventKind, string][]).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `\\b(?:the|this|that|their|its)\\s+(?:[a-z-]+\\s+)?(?:${nouns})\\b|\\bafter (?:the )?(?:meeting|talks|session)\\b|\\bco-?chair(?:ed|s)?\\b|\\battended\\b|\\bjoined\\b|\\bwhile there\\b|회의에는|회의에서|회담에서|참석|주재`,
      'i',
    ),
  ]),
);
function refersBack(sentence: string, kind: EventKind): boolean {
  return REFERS_BACK.get(kind)!.test(sentence);
}

// A postponement or a ceremony names the meeting it concerns; the rarer, more specific word wins.
const DOMINANT: ReadonlySet<EventKind> = new Set(['postponement', 'ceremony']);
const TOPIC_BEFORE =
  /\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s)? about|about|regarding|over|on|preparations? for|prepar(?:e|ed|ing) for|to prepare)\b[^.;]{0,50}$/i;
const COUNTRIES = new Set(['North Korea', 'South Korea', 'United States', 'China', 'Japan', 'Russia']);
const PRECISION_RANK = { day: 0, week: 1, month: 2 } as const;

export interface EventInput {
  text: string;
  publishedOn: string | null;
  people: readonly ExtractedPerson[];
  places: readonly ExtractedPlace[];
  dates: readonly ExtractedDate[];
}

interface Cue {
  kind: EventKind;
  index: number;
}

function findCue(sentence: string, dateAt: readonly number[]): Cue | null {
  const cues: Cue[] = (hasHangul(sentence) ? KOREAN_CUES : CUES).flatMap(({ kind, pattern }) =>
    [...sentence.matchAll(pattern)].map((m) => ({ kind, index: m.index })),
  );
  if (cues.length === 0) return null;
  // …unless it is only what a meeting was about: "held talks … and discussed the groundbreaking ceremony".
  const isTopic = (cue: Cue): boolean =>
    cues.some((c) => c.kind === 'meeting' && c.index < cue.index) &&
    TOPIC_BEFORE.test(sentence.slice(Math.max(0, cue.index - 60), cue.index));
  const dominant = cues.find((cue) => DOMINANT.has(cue.kind) && !isTopic(cue));
  if (dominant) return dominant;
  const meeting = cues.find((cue) => cue.kind === 'meeting');
  if (meeting && cues.some((cue) => DOMINANT.has(cue.kind))) return meeting;
  const distance = (cue: Cue): number => Math.min(...dateAt.map((at) => Math.abs(at - cue.index)));
  return cues.reduce((best, cue) => (distance(cue) < distance(best) ? cue : best));
}

function indexOfWord(sentence: string, word: string): number {
  let from = 0;
  for (let at = sentence.indexOf(word, from); at >= 0; at = sentence.indexOf(word, from)) {
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + word.length);
    if (!/[A-Za-z]/.test(before) && !/[A-Za-z]/.test(after)) return at;
    from = at + 1;
  }
  return -1;
}

function mentionAt(sentence: string, mentions: readonly string[]): number {
  const found = mentions.map((mention) => indexOfWord(sentence, mention)).filter((at) => at >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** The venue: a city after "in/at/to" first, then an office after "at/in", then any city. */
function allIndexesOf(sentence: string, word: string): number[] {
  const out: number[] = [];
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    if (!/[A-Za-z]/.test(sentence.charAt(at - 1)) && !/[A-Za-z]/.test(sentence.charAt(at + word.length)))
      out.push(at);
  }
  return out;
}

function choosePlace(sentence: string, places: readonly ExtractedPlace[]): string | null {
  // Every mention counts: the dateline's "SEOUL" comes first, the venue's "in Seoul" later.
  const present = places
    .flatMap((place) => place.mentions.flatMap((m) => allIndexesOf(sentence, m).map((at) => ({ place, at }))))
    .sort((a, b) => a.at - b.at);
  const after = (at: number, words: RegExp): boolean => words.test(sentence.slice(Math.max(0, at - 9), at));
  const city = (p: ExtractedPlace): boolean => p.kind === 'place' && !COUNTRIES.has(p.name);
  // Korean marks the venue after the noun: "서울에서", "평양에".
  const venueSuffix = ({ place, at }: { place: ExtractedPlace; at: number }): boolean =>
    city(place) &&
    place.mentions.some(
      (m) => sentence.startsWith(m, at) && /^(?:에서|에|으로|로)/.test(sentence.slice(at + m.length)),
    );
  const pick =
    (hasHangul(sentence) ? present.find(venueSuffix) : undefined) ??
    present.find(({ place, at }) => city(place) && after(at, /\b(?:in|at|to)\s+(?:the\s+)?$/i)) ??
    present.find(
      ({ place, at }) => place.kind === 'organization' && after(at, /\b(?:in|at)\s+(?:the\s+)?$/i),
    ) ??
    present.find(({ place }) => city(place));
  return pick?.place.name ?? null;
}

function displayName(name: string): string {
  // Western names shorten to the surname; Korean names stay whole ("Kim Yong Chol").
  const words = name.split(/\s+/);
  return words.length === 2 &&
    !(words[1] ?? '').includes('-') &&
    !/^(?:Kim|Lee|Ri|Park|Moon|Choe|Choi)$/.test(words[0] ?? '')
    ? (words[1] ?? name)
    : name;
}

function joinPeople(people: readonly string[]): string {
  const shown = people.slice(0, 2).map(displayName);
  return shown.join(' and ');
}

function makeTitle(
  kind: EventKind,
  sentence: string,
  place: string | null,
  people: readonly string[],
  organization: string | null,
): string {
  const inPlace = place ? ` in ${place}` : '';
  const subject = SUBJECTS.find(([pattern]) => pattern.test(sentence))?.[1] ?? null;
  // A meeting is one of the meeting words; a survey that "began" is not a meeting.
  const what =
    subject && ['Working group meeting', 'Summit', 'Talks'].includes(subject) ? subject : 'Meeting';
  let title: string;
  switch (kind) {
    case 'meeting':
      title =
        what === 'Meeting' && people.length >= 2
          ? `Meeting of ${joinPeople(people)}${inPlace}`
          : `${what}${inPlace}`;
      break;
    case 'postponement':
      title =
        people.length >= 2 && !subject
          ? `Meeting of ${joinPeople(people)} postponed`
          : `${subject ?? what} postponed`;
      break;
    case 'ceremony':
      title = `${/groundbreaking|ground-breaking/i.test(sentence) ? 'Groundbreaking ceremony' : 'Ceremony'}${place ? ` at ${place}` : ''}`;
      break;
    case 'visit':
      title = `${people.length > 0 ? `${displayName(people[0] ?? '')} visit` : 'Visit'}${place ? ` to ${place}` : ''}`;
      break;
    case 'announcement':
      title = `${/\bstatement\b/i.test(sentence) ? 'Statement' : 'Announcement'}${organization ? ` by ${organization}` : people.length > 0 ? ` by ${displayName(people[0] ?? '')}` : ''}`;
      break;
    case 'agreement':
      title = `Agreement${/working group/i.test(sentence) ? ' on the working group' : ''}${inPlace}`;
      break;
    default:
      title =
        /\b(?:begin|began|begins|start(?:ed|s)?|kick(?:ed|s)? off)\b/i.test(sentence) && subject
          ? `${subject} begins${inPlace}`
          : `${/launch/i.test(sentence) ? 'Launch' : 'Event'}${inPlace}`;
  }
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

function titleFor(
  kind: EventKind,
  sentence: string,
  place: string | null,
  people: readonly string[],
  organization: string | null,
): string {
  if (!hasHangul(sentence)) return makeTitle(kind, sentence, place, people, organization);
  return koreanTitle(kind, sentence, place ? koreanSpellingOf(place) : null, people);
}

interface Spelled<T> {
  item: T;
  /** distinct spellings: a long paste can repeat one name thousands of times */
  spellings: string[];
}

interface Prepared {
  people: Array<Spelled<ExtractedPerson>>;
  places: ExtractedPlace[];
}

function eventFor(
  sentence: Sentence,
  dates: readonly ExtractedDate[],
  prepared: Prepared,
): CandidateEvent | null {
  if (dates.length === 0) return null;
  const cue = findCue(
    sentence.text,
    dates.map((d) => d.index - sentence.start),
  );
  if (!cue) return null;
  const cueAt = sentence.start + cue.index;
  const date = [...dates].sort(
    (a, b) =>
      Math.abs(a.index - cueAt) - Math.abs(b.index - cueAt) ||
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision],
  )[0];
  if (!date?.date) return null;
  const people = prepared.people
    .filter((p) => mentionAt(sentence.text, p.spellings) >= 0)
    .map((p) => p.item.name);
  const place = choosePlace(sentence.text, prepared.places);
  const organization = organizationIn(sentence.text, prepared);
  return {
    date: date.date,
    precision: date.precision,
    kind: cue.kind,
    title: titleFor(cue.kind, sentence.text, place, people, organization),
    place,
    people,
    sentence: sentence.text,
  };
}

/**
 * Candidate events: sentences holding a resolved date and an event word (met, postponed, ceremony,
 * visited, announced, agreed, launched), with the sentence's people and venue.
 */
export function extractCandidateEvents(input: EventInput): CandidateEvent[] {
  const prepared: Prepared = {
    people: input.people.map((item) => ({ item, spellings: [...new Set(item.mentions)] })),
    places: input.places.map((place) => ({ ...place, mentions: [...new Set(place.mentions)] })),
  };
  const dated = input.dates.filter((d) => d.date !== null).sort((a, b) => a.index - b.index);
  const sentences = splitSentences(input.text);
  const found: Array<{ at: number; event: CandidateEvent }> = [];
  let next = 0;
  // Sentences and dates both run in text order: one pass pairs them.
  sentences.forEach((sentence, at) => {
    while (next < dated.length && (dated[next]?.index ?? 0) < sentence.start) next += 1;
    let end = next;
    while (end < dated.length && (dated[end]?.index ?? 0) < sentence.end) end += 1;
    const event = eventFor(sentence, dated.slice(next, end), prepared);
    next = end;
    if (event) found.push({ at, event });
  });
  return found.map(({ at, event }, i) =>
    withContext(
      input.text,
      event,
      sentences,
      at,
      found[i - 1] ?? null,
      found[i + 1]?.at ?? sentences.length,
      prepared,
    ),
  );
}

/** Who made an announcement: an organization of the sentence other than the outlet of the dateline. */
function organizationIn(sentence: string, prepared: Prepared): string | null {
  const named = prepared.places.filter(
    (p) => p.kind === 'organization' && mentionAt(sentence, p.mentions) >= 0,
  );
  return (named.find((p) => !OUTLETS.has(p.name)) ?? named[0])?.name ?? null;
}

function peopleIn(sentence: string, prepared: Prepared): string[] {
  return prepared.people.filter((p) => mentionAt(sentence, p.spellings) >= 0).map((p) => p.item.name);
}

/**
 * Wire copy names an event in one sentence and its people and venue in the next ("… held the first meeting of
 * their working group on Tuesday. Lee Do-hoon … and Stephen Biegun … co-chaired the meeting at the State
 * Department."), or in the one before ("Biegun will travel to Seoul … The second meeting will take place on
 * December 21."). Up to two following sentences that refer back to the event, before the next event, add their
 * people and, when the event has none, their venue; an event with neither people nor venue takes the venue of
 * the event just before it in the same paragraph and the people of the sentence before it.
 */
function withContext(
  text: string,
  event: CandidateEvent,
  sentences: readonly Sentence[],
  at: number,
  previous: { at: number; event: CandidateEvent } | null,
  nextEventAt: number,
  prepared: Prepared,
): CandidateEvent {
  const people = [...event.people];
  let place = event.place;
  const add = (names: readonly string[]) => {
    for (const name of names) if (!people.includes(name)) people.push(name);
  };
  for (let k = at + 1; k <= at + 2 && k < nextEventAt; k += 1) {
    const following = sentences[k]?.text ?? '';
    if (!refersBack(following, event.kind)) continue;
    add(peopleIn(following, prepared));
    place ??= choosePlace(following, prepared.places);
  }
  const sentence = sentences[at]!;
  if (event.people.length === 0 && event.place === null && at > 0) {
    const sameParagraph =
      previous && !text.slice(sentences[previous.at]!.start, sentence.start).includes('\n');
    if (sameParagraph) place ??= previous.event.place;
    add(peopleIn(sentences[at - 1]!.text, prepared));
  }
  if (people.length === event.people.length && place === event.place) return event;
  return {
    ...event,
    people,
    place,
    title: titleFor(event.kind, event.sentence, place, people, organizationIn(event.sentence, prepared)),
  };
}
