export { htmlToArticleText } from './html-to-text.js';
export { decodeEntities } from './html-entities.js';
export { MAX_SOURCE_CHARS, MAX_HTML_CHARS, MAX_NLP_CHARS } from './limits.js';
export { findPublicationDate } from './publication-date.js';
export { extractDates } from './dates.js';
export { extractPeople } from './people.js';
export { extractPlaces } from './places.js';
export { GAZETTEER, lookUpGazetteer, type GazetteerEntry } from './gazetteer.js';
export { extractCandidateEvents, type EventInput } from './events.js';
export {
  mergeEvents,
  matchRecord,
  combineEvents,
  splitEvent,
  DATE_DISAGREEMENT_WINDOW_DAYS,
  type Disagreement,
  type EventSource,
  type GroupRecord,
  type RecordMatch,
  type SourcedEvent,
  type TimelineEventDraft,
} from './event-merge.js';
export { extractSource, type SourceExtraction, type SourceInput } from './source.js';
export { splitSentences, type Sentence } from './sentences.js';
export type {
  CandidateEvent,
  DatePrecision,
  EventKind,
  ExtractedDate,
  ExtractedPerson,
  ExtractedPlace,
  NameResolution,
  NameResolver,
  PublicationDate,
  ResolutionKind,
} from './types.js';
