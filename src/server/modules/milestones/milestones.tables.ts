import type { GroupRecordColumns } from '../../db/tables.js';

export interface MilestonesTable extends GroupRecordColumns {
  trackId: string;
  title: string;
  weight: number;
  status: string;
  targetDate: string | null;
  achievedOn: string | null;
  reversedOn: string | null;
  /** JSON array of evidence items */
  evidence: string;
  authorId: string;
  version: number;
}

export interface MilestoneTables {
  milestones: MilestonesTable;
}
