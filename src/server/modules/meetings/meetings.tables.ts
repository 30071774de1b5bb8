import type { GroupRecordColumns } from '../../db/tables.js';

export interface MeetingsTable extends GroupRecordColumns {
  round: number;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueCity: string;
  venuePlace: string;
  format: string;
  hostParty: string;
  status: string;
  agendaApprovals: string; // JSON {party: instant}
  heldAt: string | null;
  closedAt: string | null;
  authorId: string;
  version: number;
}

export interface MeetingAgendaItemsTable extends GroupRecordColumns {
  meetingId: string;
  position: number;
  title: string;
  trackId: string | null;
  /** Proposals are another module's records: the id only, no foreign key. */
  proposalId: string | null;
  presenterParty: string | null;
  notes: string;
}

export interface MeetingAttendeesTable {
  meetingId: string;
  userId: string;
  roleAtMeeting: string;
  present: number;
  createdAt: string;
}

export interface MeetingOutcomesTable extends GroupRecordColumns {
  meetingId: string;
  kind: string;
  title: string;
  body: string;
  ownerId: string | null;
  dueOn: string | null;
  itemStatus: string | null;
  proposalId: string | null;
  milestoneId: string | null;
  authorId: string;
  version: number;
}

export interface MeetingTables {
  meetings: MeetingsTable;
  meetingAgendaItems: MeetingAgendaItemsTable;
  meetingAttendees: MeetingAttendeesTable;
  meetingOutcomes: MeetingOutcomesTable;
}
