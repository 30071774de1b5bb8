import { extractDates } from './dates.js';
import { extractCandidateEvents } from './events.js';
import { capText } from './limits.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import { findPublicationDate } from './publication-date.js';
import type {
  CandidateEvent,
  ExtractedDate,
  ExtractedPerson,
  ExtractedPlace,
  NameResolver,
  PublicationDate,
} from './types.js';

export interface SourceInput {
  text: string;
  /** ISO 8601 date or instant given with the source; its date part, as written, is the outlet's date */
  publishedAt?: string | null;
  resolver: NameResolver;
}

export interface SourceExtraction {
  publishedOn: string | null;
  /** how the publication date was found: "given", or the evidence in the text */
  publication: PublicationDate | null;
  people: ExtractedPerson[];
  places: ExtractedPlace[];
  dates: ExtractedDate[];
  events: CandidateEvent[];
  /** true when some dates stay unresolved until someone supplies the publication date */
  needsPublicationDate: boolean;
}

function readGivenDate(publishedAt: string | null | undefined): PublicationDate | null {
  const match = publishedAt ? /^(\d{4}-\d{2}-\d{2})(?:T|\s|$)/.exec(publishedAt.trim()) : null;
  return match?.[1] ? { date: match[1], source: 'given' } : null;
}

/** The whole pipeline for one pasted report: publication date, people, places, dates, candidate events. */
export function extractSource(input: SourceInput): SourceExtraction {
  const text = capText(input.text);
  const publication = readGivenDate(input.publishedAt) ?? findPublicationDate(text);
  const publishedOn = publication?.date ?? null;
  const people = extractPeople(text, input.resolver);
  const places = extractPlaces(
    text,
    people.flatMap((person) => person.mentions),
  );
  const dates = extractDates(text, publishedOn);
  const events = extractCandidateEvents({ text, publishedOn, people, places, dates });
  const needsPublicationDate = dates.some((date) => date.needsPublicationDate === true);
  return { publishedOn, publication, people, places, dates, events, needsPublicationDate };
}
