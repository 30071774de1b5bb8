import type { GroupRecordColumns } from '../../db/tables.js';

export interface StatementsTable extends GroupRecordColumns {
  kind: string;
  /** Meetings are this area's records but a statement may outlive one: id only. */
  meetingId: string | null;
  matter: string | null;
  title: string;
  body: string;
  releaseAt: string | null;
  status: string;
  approvals: string; // JSON {party: instant}
  sharedAt: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  authorId: string;
  version: number;
}

export interface StatementCommentsTable {
  id: string;
  statementId: string;
  authorId: string;
  body: string;
  createdAt: string;
}

export interface StatementTables {
  statements: StatementsTable;
  statementComments: StatementCommentsTable;
}
