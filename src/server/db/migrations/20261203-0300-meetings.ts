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
  await addRecordColumns(db.schema.createTable('meetings'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('venue_city', 'text', (c) => c.notNull())
    .addColumn('venue_place', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('host_party', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agenda_approvals', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('held_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meetings_group_idx')
    .on('meetings')
    .columns(['group_id', 'starts_at'])
    .execute();

  await addRecordColumns(db.schema.createTable('meeting_agenda_items'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('track_id', 'text', (c) => c.references('tracks.id'))
    .addColumn('proposal_id', 'text')
    .addColumn('presenter_party', 'text')
    .addColumn('notes', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_agenda_items_meeting_idx')
    .on('meeting_agenda_items')
    .columns(['meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role_at_meeting', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'user_id'])
    .execute();

  await addRecordColumns(db.schema.createTable('meeting_outcomes'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_on', 'text')
    .addColumn('item_status', 'text')
    .addColumn('proposal_id', 'text')
    .addColumn('milestone_id', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_outcomes_meeting_idx')
    .on('meeting_outcomes')
    .column('meeting_id')
    .execute();
  await db.schema
    .createIndex('meeting_outcomes_due_idx')
    .on('meeting_outcomes')
    .columns(['group_id', 'item_status', 'due_on'])
    .execute();

  await addRecordColumns(db.schema.createTable('statements'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text')
    .addColumn('matter', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('release_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('approvals', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('shared_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('statements_group_idx')
    .on('statements')
    .columns(['group_id', 'status', 'release_at'])
    .execute();
  await db.schema.createIndex('statements_meeting_idx').on('statements').column('meeting_id').execute();

  await db.schema
    .createTable('statement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('statement_id', 'text', (c) => c.notNull().references('statements.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('statement_comments_statement_idx')
    .on('statement_comments')
    .columns(['statement_id', 'created_at'])
    .execute();
}

/** Sessions (meetings, agenda, attendance, outcomes) and statements (readouts, joint, announcements). */
export const meetingsMigration: LockstepMigration = { up };
