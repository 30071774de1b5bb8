import type { FoundationTables } from './tables.js';
import type { ProposalTables } from '../modules/proposals/proposals.tables.js';
import type { MeetingTables } from '../modules/meetings/meetings.tables.js';
import type { StatementTables } from '../modules/statements/statements.tables.js';
import type { MilestoneTables } from '../modules/milestones/milestones.tables.js';
import type { TempoTables } from '../modules/tempo/tempo.tables.js';
import type { ScreeningTables } from '../modules/sanctions/sanctions.tables.js';
import type { ContextTables } from '../modules/sources/sources.tables.js';

/**
 * The whole database as Kysely sees it. Each module that owns tables adds its table interface to this
 * intersection (one line), so the table types live beside the module that writes them.
 */
export type Database = FoundationTables &
  ProposalTables &
  MeetingTables &
  StatementTables &
  MilestoneTables &
  TempoTables &
  ScreeningTables &
  ContextTables;
