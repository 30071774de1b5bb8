import type { LockstepMigration } from '../migration.js';
import { foundation } from './20261203-0001-foundation.js';
import { proposalsMigration } from './20261203-0100-proposals.js';
import { screeningMigration } from './20261203-0200-screening.js';
import { meetingsMigration } from './20261203-0300-meetings.js';
import { milestonesMigration } from './20261203-0400-milestones.js';
import { contextMigration } from './20261203-0500-context.js';

/** Every migration, by name; names sort in the order they run. Never edit one that has landed. */
export const migrations: Record<string, LockstepMigration> = {
  '20261203-0001-foundation': foundation,
  '20261203-0100-proposals': proposalsMigration,
  '20261203-0200-screening': screeningMigration,
  '20261203-0300-meetings': meetingsMigration,
  '20261203-0400-milestones': milestonesMigration,
  '20261203-0500-context': contextMigration,
};
