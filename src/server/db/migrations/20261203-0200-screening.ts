import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../database.js';
import { serialType, type LockstepMigration } from '../migration.js';

/** Sanctions list versions and entries, screening runs with hits and dispositions, 1718 exemption requests. */
async function up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('sanctions_list_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('date_generated', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('individual_count', 'integer', (c) => c.notNull())
    .addColumn('entity_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.references('users.id'))
    .addColumn('diff', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sanctions_entries')
    .addColumn('version_id', 'text', (c) => c.notNull().references('sanctions_list_versions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('reference_number', 'text', (c) => c.notNull())
    .addColumn('data_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_parts', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('original_script_name', 'text')
    .addColumn('dates_of_birth', 'text', (c) => c.notNull())
    .addColumn('nationalities', 'text', (c) => c.notNull())
    .addColumn('designations', 'text', (c) => c.notNull())
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('comments', 'text', (c) => c.notNull())
    .addColumn('listed_on', 'text')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sanctions_entries_pk', ['version_id', 'position'])
    .execute();
  await db.schema
    .createIndex('sanctions_entries_ref_idx')
    .on('sanctions_entries')
    .columns(['version_id', 'reference_number'])
    .execute();

  await db.schema
    .createTable('screening_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('list_version_id', 'text', (c) => c.references('sanctions_list_versions.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('goods', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('screening_runs_proposal_idx')
    .on('screening_runs')
    .columns(['proposal_id', 'seq'])
    .unique()
    .execute();

  await db.schema
    .createTable('screening_hits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull().references('screening_runs.id'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('counterparty_name', 'text', (c) => c.notNull())
    .addColumn('reference_number', 'text', (c) => c.notNull())
    .addColumn('listed_name', 'text', (c) => c.notNull())
    .addColumn('matched_name', 'text', (c) => c.notNull())
    .addColumn('score_milli', 'integer', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('screening_hits_run_idx').on('screening_hits').column('run_id').execute();

  await db.schema
    .createTable('screening_dispositions')
    .addColumn('seq', serialType(kind), (c) =>
      kind === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('hit_id', 'text', (c) => c.notNull().references('screening_hits.id'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('counterparty_name', 'text', (c) => c.notNull())
    .addColumn('reference_number', 'text', (c) => c.notNull())
    .addColumn('disposition', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('party', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('screening_dispositions_key_idx')
    .on('screening_dispositions')
    .columns(['proposal_id', 'reference_number'])
    .execute();

  await db.schema
    .createTable('exemption_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addColumn('proposing_party', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('covers', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exemption_requests_proposal_idx')
    .on('exemption_requests')
    .column('proposal_id')
    .execute();
  await db.schema
    .createIndex('exemption_requests_expiry_idx')
    .on('exemption_requests')
    .columns(['status', 'valid_until'])
    .execute();
}

export const screeningMigration: LockstepMigration = { up };
