import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { DatabaseHandle } from './database.js';
import { migrations } from './migrations/index.js';

export async function migrateToLatest(handle: DatabaseHandle): Promise<MigrationResultSet> {
  const plain = handle.db.withoutPlugins() as unknown as Kysely<unknown>;
  const provided: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    provided[name] = { up: (db) => migration.up(db as Kysely<unknown>, handle.kind) };
  }
  const migrator = new Migrator({
    db: plain,
    provider: { getMigrations: () => Promise.resolve(provided) },
    migrationTableName: 'lockstep_migrations',
    migrationLockTableName: 'lockstep_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}
