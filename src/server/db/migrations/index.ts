import type { LockstepMigration } from '../migration.js';
import { foundation } from './20261203-0001-foundation.js';

/** Every migration, by name; names sort in the order they run. Never edit one that has landed. */
export const migrations: Record<string, LockstepMigration> = {
  '20261203-0001-foundation': foundation,
};
