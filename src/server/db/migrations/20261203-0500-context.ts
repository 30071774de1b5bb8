import type { CreateTableBuilder, Kysely } from 'kysely';
import type { LockstepMigration } from '../migration.js';

/** The group-record access columns, as every access-controlled table has them. */
function addRecordColumns<T extends string>(t: CreateTableBuilder<T, never>) {
  return t
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('classification_rank', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

async function up(db: Kysely<unknown>): Promise<void> {
  await addRecordColumns(db.schema.createTable('sources'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_on', 'text')
    .addColumn('needs_publication_date', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('extraction', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sources_group_idx')
    .on('sources')
    .columns(['group_id', 'created_at'])
    .execute();

  await addRecordColumns(db.schema.createTable('context_people'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_source_id', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('context_people_group_idx').on('context_people').column('group_id').execute();

  await addRecordColumns(db.schema.createTable('timeline_events'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('people', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('disagreements', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_events_group_idx')
    .on('timeline_events')
    .columns(['group_id', 'date'])
    .execute();

  await db.schema
    .createTable('timeline_event_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('timeline_events.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_event_sources_event_idx')
    .on('timeline_event_sources')
    .column('event_id')
    .execute();
  await db.schema
    .createIndex('timeline_event_sources_source_idx')
    .on('timeline_event_sources')
    .column('source_id')
    .execute();
}

/** Context: news and statements, the people named in them, and the timeline events they report. */
export const contextMigration: LockstepMigration = { up };
