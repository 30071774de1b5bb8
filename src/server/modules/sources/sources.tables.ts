import type { GroupRecordColumns } from '../../db/tables.js';

export interface SourcesTable extends GroupRecordColumns {
  kind: string;
  outlet: string;
  title: string;
  url: string;
  /** as given by the user, or found in the text; null while unknown */
  publishedAt: string | null;
  publishedOn: string | null;
  needsPublicationDate: number;
  format: string;
  /** the article text (HTML already reduced) */
  text: string;
  /** JSON {people, places, dates} as presented */
  extraction: string;
  authorId: string;
  version: number;
}

/** People named in sources who are not members: candidates until a member confirms them. */
export interface ContextPeopleTable extends GroupRecordColumns {
  name: string;
  names: string; // JSON array
  titles: string; // JSON array
  status: string;
  firstSourceId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface TimelineEventsTable extends GroupRecordColumns {
  date: string;
  precision: string;
  kind: string;
  title: string;
  place: string | null;
  people: string; // JSON array
  status: string;
  link: string; // JSON {meetingId?, proposalId?, statementId?, milestoneId?}
  disagreements: string; // JSON array
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}

export interface TimelineEventSourcesTable {
  id: string;
  eventId: string;
  sourceId: string;
  sentence: string;
  date: string;
  precision: string;
  place: string | null;
  createdAt: string;
}

export interface ContextTables {
  sources: SourcesTable;
  contextPeople: ContextPeopleTable;
  timelineEvents: TimelineEventsTable;
  timelineEventSources: TimelineEventSourcesTable;
}
