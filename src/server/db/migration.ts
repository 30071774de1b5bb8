import type { Kysely } from 'kysely';
import type { DatabaseKind } from './database.js';

/**
 * A migration gets the database without the camelCase plugin (write snake_case names) and the engine, for
 * the few places where SQLite and PostgreSQL need different DDL.
 */
export interface LockstepMigration {
  up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void>;
}

/** An auto-incrementing integer key, which the two engines spell differently. */
export function serialType(kind: DatabaseKind): 'integer' | 'bigserial' {
  return kind === 'postgres' ? 'bigserial' : 'integer';
}
