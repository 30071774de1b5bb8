import { daysBetween, startOfMonth, startOfWeek } from './date-math.js';
import { haveCommonPerson, isSamePersonName, isSamePlace } from './similarity.js';
import type { CandidateEvent, DatePrecision, EventKind } from './types.js';

/** Reports more than this many days apart are different events, not a disagreement about one. */
export const DATE_DISAGREEMENT_WINDOW_DAYS = 7;

export interface EventSource {
  sourceId: string;
  sentence: string;
  date: string;
  precision: DatePrecision;
  place: string | null;
}

export interface Disagreement {
  field: 'date' | 'place';
  values: Array<{ value: string; sourceId: string }>;
}

export interface TimelineEventDraft {
  /** set for events already stored; new ones get theirs from the server */
  id?: string;
  date: string;
  precision: DatePrecision;
  kind: EventKind;
  title: string;
  place: string | null;
  people: string[];
  sources: EventSource[];
  disagreements: Disagreement[];
}

export type SourcedEvent = CandidateEvent & { sourceId: string };

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2 };

/** Dates that can name the same day: within one day, or inside the coarser one's week or month. */
function datesAgree(
  a: { date: string; precision: DatePrecision },
  b: { date: string; precision: DatePrecision },
): boolean {
  const coarse = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
  if (coarse === 'month') return startOfMonth(a.date) === startOfMonth(b.date);
  if (coarse === 'week') return startOfWeek(a.date) === startOfWeek(b.date);
  return Math.abs(daysBetween(a.date, b.date)) <= 1;
}

function placesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || isSamePlace(a, b);
}

function sourceOf(event: SourcedEvent): EventSource {
  return {
    sourceId: event.sourceId,
    sentence: event.sentence,
    date: event.date,
    precision: event.precision,
    place: event.place,
  };
}

function computeDisagreements(sources: readonly EventSource[]): Disagreement[] {
  const disagreements: Disagreement[] = [];
  const datesConflict = sources.some((a, i) => sources.slice(i + 1).some((b) => !datesAgree(a, b)));
  if (datesConflict)
    disagreements.push({
      field: 'date',
      values: sources.map((s) => ({ value: s.date, sourceId: s.sourceId })),
    });
  const placed = sources.filter((s): s is EventSource & { place: string } => s.place !== null);
  const placesConflict = placed.some((a, i) =>
    placed.slice(i + 1).some((b) => !isSamePlace(a.place, b.place)),
  );
  if (placesConflict)
    disagreements.push({
      field: 'place',
      values: placed.map((s) => ({ value: s.place, sourceId: s.sourceId })),
    });
  return disagreements;
}

/** Same event: same kind, agreeing dates, and a common person or the same place. */
function isCorroboration(event: TimelineEventDraft, incoming: SourcedEvent): boolean {
  if (event.kind !== incoming.kind || !datesAgree(event, incoming)) return false;
  const commonPeople = haveCommonPerson(event.people, incoming.people);
  return commonPeople || isSamePlace(event.place, incoming.place);
}

/**
 * One event reported on different days: same kind, dates close but apart, and the same people and
 * place, as far as both reports name them (a lead sentence often names the venue and nobody).
 */
function isDateDisagreement(event: TimelineEventDraft, incoming: SourcedEvent): boolean {
  if (event.kind !== incoming.kind) return false;
  if (Math.abs(daysBetween(event.date, incoming.date)) > DATE_DISAGREEMENT_WINDOW_DAYS) return false;
  const commonPeople = haveCommonPerson(event.people, incoming.people);
  const somePeopleUnnamed = event.people.length === 0 || incoming.people.length === 0;
  if (commonPeople) return placesCompatible(event.place, incoming.place);
  return somePeopleUnnamed && isSamePlace(event.place, incoming.place);
}

function absorb(event: TimelineEventDraft, incoming: SourcedEvent): void {
  const isDuplicate = event.sources.some(
    (s) => s.sourceId === incoming.sourceId && s.sentence === incoming.sentence,
  );
  if (!isDuplicate) event.sources.push(sourceOf(incoming));
  takeDetails(event, incoming);
  event.disagreements = computeDisagreements(event.sources);
}

/** People the event lacks, a place if it has none, a finer date. */
function takeDetails(
  event: TimelineEventDraft,
  other: Pick<TimelineEventDraft, 'people' | 'place' | 'date' | 'precision'>,
): void {
  for (const name of other.people) {
    const known = event.people.findIndex((existing) => isSamePersonName(existing, name));
    if (known < 0) event.people.push(name);
    // Keep the fuller form: "Stephen Biegun" over "Biegun".
    else if (name.length > (event.people[known] ?? '').length && name.includes(' '))
      event.people[known] = name;
  }
  if (event.place === null) event.place = other.place;
  if (PRECISION_RANK[other.precision] < PRECISION_RANK[event.precision]) {
    event.date = other.date;
    event.precision = other.precision;
  }
}

/**
 * A member's judgement that two events are one: `other`'s sources join `event` (a source's sentence only once),
 * with its people, and its place and date where `event` has none or a coarser one; title and kind stay `event`'s.
 * The sources' dates and places are compared again, so what they disagree on shows.
 */
export function combineEvents(event: TimelineEventDraft, other: TimelineEventDraft): TimelineEventDraft {
  const combined: TimelineEventDraft = {
    ...event,
    people: [...event.people],
    sources: event.sources.map((s) => ({ ...s })),
  };
  for (const source of other.sources) {
    const isDuplicate = combined.sources.some(
      (s) => s.sourceId === source.sourceId && s.sentence === source.sentence,
    );
    if (!isDuplicate) combined.sources.push({ ...source });
  }
  takeDetails(combined, other);
  combined.disagreements = computeDisagreements(combined.sources);
  return combined;
}

/**
 * The inverse of `combineEvents`: a member's judgement that one source reports another event. Its sentences leave
 * `event` and make a new event dated and placed as that source gave it (its finest date), of the same kind and
 * title until corrected, with no people (which of the event's people the source named is not kept per source).
 * What the remaining sources disagree on is computed again. Null when the source is not the event's, or is all
 * of it.
 */
export function splitEvent(
  event: TimelineEventDraft,
  sourceId: string,
): { remaining: TimelineEventDraft; split: TimelineEventDraft } | null {
  const leaving = event.sources.filter((s) => s.sourceId === sourceId);
  const staying = event.sources.filter((s) => s.sourceId !== sourceId);
  if (leaving.length === 0 || staying.length === 0) return null;
  const finest = [...leaving].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision])[0]!;
  return {
    remaining: {
      ...event,
      sources: staying.map((s) => ({ ...s })),
      disagreements: computeDisagreements(staying),
    },
    split: {
      date: finest.date,
      precision: finest.precision,
      kind: event.kind,
      title: event.title,
      place: leaving.find((s) => s.place !== null)?.place ?? null,
      people: [],
      sources: leaving.map((s) => ({ ...s })),
      disagreements: computeDisagreements(leaving),
    },
  };
}

/**
 * Folds incoming candidate events into the timeline: one event reported by several sources becomes one
 * event with several sources; sources that differ on its date or place stay merged but are flagged.
 */
export function mergeEvents(
  existing: readonly TimelineEventDraft[],
  incoming: readonly SourcedEvent[],
): TimelineEventDraft[] {
  const events = existing.map((event) => ({
    ...event,
    people: [...event.people],
    sources: event.sources.map((s) => ({ ...s })),
    disagreements: event.disagreements.map((d) => ({ ...d, values: [...d.values] })),
  }));
  for (const candidate of incoming) {
    const match =
      events.find((event) => isCorroboration(event, candidate)) ??
      events.find((event) => isDateDisagreement(event, candidate));
    if (match) {
      absorb(match, candidate);
      continue;
    }
    events.push({
      date: candidate.date,
      precision: candidate.precision,
      kind: candidate.kind,
      title: candidate.title,
      place: candidate.place,
      people: [...candidate.people],
      sources: [sourceOf(candidate)],
      disagreements: [],
    });
  }
  return events;
}

export interface GroupRecord {
  kind: 'meeting' | 'proposal' | 'statement';
  id: string;
  date: string;
  place: string | null;
  people: readonly string[];
}

export interface RecordMatch {
  kind: GroupRecord['kind'];
  id: string;
  reason: string;
}

const LIKELY_RECORD: Partial<Record<EventKind, GroupRecord['kind']>> = {
  meeting: 'meeting',
  ceremony: 'proposal',
  visit: 'meeting',
  announcement: 'statement',
  agreement: 'statement',
};

/** Links an outside report to one of the group's own records: same day (±1) and same place or people. */
export function matchRecord(
  event: Pick<TimelineEventDraft, 'date' | 'precision' | 'kind' | 'place' | 'people'>,
  records: readonly GroupRecord[],
): RecordMatch | null {
  let best: { record: GroupRecord; score: number; reason: string } | null = null;
  for (const record of records) {
    if (!datesAgree(event, { date: record.date, precision: 'day' })) continue;
    const samePlace = isSamePlace(event.place, record.place);
    const commonPeople = haveCommonPerson(event.people, record.people);
    if (!samePlace && !commonPeople) continue;
    const days = Math.abs(daysBetween(event.date, record.date));
    const score =
      (samePlace ? 1 : 0) +
      (commonPeople ? 1 : 0) +
      (LIKELY_RECORD[event.kind] === record.kind ? 0.5 : 0) -
      days * 0.1;
    const reason = [
      days === 0 ? 'same day' : `${days} day apart`,
      samePlace ? 'same place' : null,
      commonPeople ? 'people in common' : null,
    ]
      .filter(Boolean)
      .join(', ');
    if (!best || score > best.score) best = { record, score, reason };
  }
  return best ? { kind: best.record.kind, id: best.record.id, reason: best.reason } : null;
}
