import type { Kysely } from 'kysely';
import type { LockstepMigration } from '../migration.js';

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('track_id', 'text', (c) => c.notNull().references('tracks.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('classification_rank', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text')
    .addColumn('achieved_on', 'text')
    .addColumn('reversed_on', 'text')
    // Evidence points at meeting outcomes, proposals, sources by text id: no foreign keys across modules.
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('milestones_group_idx')
    .on('milestones')
    .columns(['group_id', 'track_id'])
    .execute();

  await db.schema
    .createTable('track_pairs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('track_a', 'text', (c) => c.notNull().references('tracks.id'))
    .addColumn('track_b', 'text', (c) => c.notNull().references('tracks.id'))
    .addColumn('tolerance', 'real', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('track_pairs_tracks_unique', ['group_id', 'track_a', 'track_b'])
    .execute();

  // The breaches the co-chairs were told about and not yet told the end of; the key is what makes "once".
  await db.schema
    .createTable('tempo_open_breaches')
    .addColumn('pair_id', 'text', (c) => c.notNull().references('track_pairs.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('leader', 'text', (c) => c.notNull())
    .addColumn('max_gap', 'real', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tempo_open_breaches_pk', ['pair_id', 'started_on', 'leader'])
    .execute();
  await db.schema
    .createIndex('tempo_open_breaches_group_idx')
    .on('tempo_open_breaches')
    .column('group_id')
    .execute();
}

export const milestonesMigration: LockstepMigration = { up };
