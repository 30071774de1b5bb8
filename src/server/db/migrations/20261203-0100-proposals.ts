import type { Kysely } from 'kysely';
import type { LockstepMigration } from '../migration.js';

/** Consultations: proposals, each other party's position, the history of transitions, and comments. */
async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('classification_rank', 'integer', (c) => c.notNull())
    .addColumn('proposing_party', 'text', (c) => c.notNull())
    .addColumn('track_id', 'text', (c) => c.references('tracks.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('planned_for', 'text')
    .addColumn('location', 'text')
    .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('counterparties', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('funds_transfers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .addColumn('notice_ends_at', 'text')
    .addColumn('notice_round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cleared_at', 'text')
    .addColumn('executed_at', 'text')
    .addColumn('surprise', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposals_group_idx')
    .on('proposals')
    .columns(['group_id', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('proposals_deadline_idx')
    .on('proposals')
    .columns(['status', 'notice_ends_at'])
    .execute();

  await db.schema
    .createTable('proposal_positions')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('stance_at', 'text')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('proposal_positions_pk', ['proposal_id', 'party'])
    .execute();

  await db.schema
    .createTable('proposal_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('party', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('changes', 'text')
    .addColumn('events', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('proposal_history_seq_unique', ['proposal_id', 'seq'])
    .execute();

  await db.schema
    .createTable('proposal_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('classification_rank', 'integer', (c) => c.notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_comments_proposal_idx')
    .on('proposal_comments')
    .columns(['proposal_id', 'created_at'])
    .execute();
}

export const proposalsMigration: LockstepMigration = { up };
