import type { GroupRecordColumns } from '../../db/tables.js';

export interface ProposalsTable extends GroupRecordColumns {
  proposingParty: string;
  trackId: string | null;
  title: string;
  summary: string;
  plannedFor: string | null;
  location: string | null;
  items: string; // JSON array
  counterparties: string; // JSON array
  fundsTransfers: string; // JSON array
  status: string;
  notifiedAt: string | null;
  noticeEndsAt: string | null;
  /** Counts notices (first notice and each restart), so reminders happen once per round. */
  noticeRound: number;
  clearedAt: string | null;
  executedAt: string | null;
  surprise: number;
  authorId: string;
  version: number;
}

export interface ProposalPositionsTable {
  proposalId: string;
  party: string;
  acknowledgedAt: string | null;
  stance: string;
  stanceAt: string | null;
  note: string | null;
}

export interface ProposalHistoryTable {
  id: string;
  proposalId: string;
  seq: number;
  at: string;
  actorId: string | null;
  party: string | null;
  action: string;
  note: string | null;
  statusAfter: string;
  changes: string | null; // JSON object field → {before, after}
  events: string; // JSON array of the state machine's events
}

export interface ProposalCommentsTable extends GroupRecordColumns {
  proposalId: string;
  body: string;
  authorId: string;
}

export interface ProposalTables {
  proposals: ProposalsTable;
  proposalPositions: ProposalPositionsTable;
  proposalHistory: ProposalHistoryTable;
  proposalComments: ProposalCommentsTable;
}
