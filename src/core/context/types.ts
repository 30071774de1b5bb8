/** Shared shapes of the context extraction pipeline (news reports → people, places, dates, events). */

export type DatePrecision = 'day' | 'week' | 'month';

export interface ExtractedDate {
  /** the expression as written, e.g. "earlier this week" */
  text: string;
  /** YYYY-MM-DD; the first day of the week (Monday) or month for coarser precision; null when unresolved */
  date: string | null;
  /** last day of a range such as "Nov. 19-21" */
  endDate?: string;
  precision: DatePrecision;
  /** the sentence the expression was found in */
  sentence: string;
  /** offset of the expression in the text */
  index: number;
  relative: boolean;
  /** true when the expression can only be resolved against a publication date we do not have */
  needsPublicationDate?: boolean;
}

export interface PublicationDate {
  /** YYYY-MM-DD as printed by the outlet (its local date) */
  date: string;
  /** ISO 8601 UTC, only when the text states a time and a time zone */
  instant?: string;
  /** the evidence, as found in the text */
  source: string;
}

export type ResolutionKind = 'member' | 'known' | 'sanctions';

export interface NameResolution {
  kind: ResolutionKind;
  id: string;
  score: number;
  matchedName: string;
  explanation: string;
}

/**
 * Built by the server from the group's members, timeline people and the sanctions list. `bySurname` answers for
 * a lone word only when it is the surname of exactly one person the group knows; `byExactName` only for a name
 * written exactly as recorded.
 */
export type NameResolver = ((name: string) => NameResolution | null) & {
  bySurname?: (word: string) => NameResolution | null;
  /** a name written exactly as someone's recorded name or variant ("이도훈", "스티븐 비건") */
  byExactName?: (name: string) => NameResolution | null;
};

export interface ExtractedPerson {
  /** best full form found in the text */
  name: string;
  /** every mention as written, in order of appearance */
  mentions: string[];
  /** title evidence found next to the name */
  titles: string[];
  resolution:
    | (NameResolution & { kind: ResolutionKind })
    | { kind: 'new'; id?: undefined; score?: undefined; matchedName?: undefined; explanation?: string };
}

/** A name written with its title after it, as Korean copy does ("이도훈 본부장"). */
export interface PersonTitleMention {
  text: string;
  start: number;
  end: number;
  title: string;
}

export interface ExtractedPlace {
  /** canonical name ("Cheong Wa Dae" for "Blue House") */
  name: string;
  kind: 'place' | 'organization';
  mentions: string[];
}

/** What an event of the news is; the API's enum and the web's choices are this list. */
export const EVENT_KINDS = [
  'meeting',
  'postponement',
  'ceremony',
  'visit',
  'announcement',
  'agreement',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface CandidateEvent {
  date: string;
  precision: DatePrecision;
  kind: EventKind;
  title: string;
  place: string | null;
  people: string[];
  sentence: string;
}
