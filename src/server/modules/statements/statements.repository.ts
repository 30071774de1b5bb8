import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

const columns = [
  'statements.id',
  'statements.groupId',
  'statements.visibility',
  'statements.party',
  'statements.classification',
  'statements.classificationRank',
  'statements.createdAt',
  'statements.updatedAt',
  'statements.kind',
  'statements.meetingId',
  'statements.matter',
  'statements.title',
  'statements.body',
  'statements.releaseAt',
  'statements.status',
  'statements.approvals',
  'statements.sharedAt',
  'statements.publishedAt',
  'statements.publishedBy',
  'statements.authorId',
  'statements.version',
  'users.displayName as authorName',
] as const;

export type StatementRow = NonNullable<Awaited<ReturnType<typeof findStatement>>>;

function selectStatements(db: Queryable) {
  return db.selectFrom('statements').innerJoin('users', 'users.id', 'statements.authorId').select(columns);
}

export function findStatement(db: Queryable, id: string) {
  return selectStatements(db).where('statements.id', '=', id).executeTakeFirst();
}

export interface StatementFilter {
  kind?: string | undefined;
  meetingId?: string | undefined;
  status?: string | undefined;
  party?: string | undefined;
}

export function listVisibleStatements(db: Queryable, actor: Actor, groupId: string, filter: StatementFilter) {
  let q = selectStatements(db)
    .where('statements.groupId', '=', groupId)
    .where(visibleTo(actor, 'statements'));
  if (filter.kind) q = q.where('statements.kind', '=', filter.kind);
  if (filter.meetingId) q = q.where('statements.meetingId', '=', filter.meetingId);
  if (filter.status) q = q.where('statements.status', '=', filter.status);
  if (filter.party) q = q.where('statements.party', '=', filter.party);
  return q.orderBy('statements.createdAt', 'desc').orderBy('statements.id', 'desc').execute();
}

/** Published statements of the group, in the order they went out. */
export function listPublishedStatements(db: Queryable, actor: Actor, groupId: string) {
  return selectStatements(db)
    .where('statements.groupId', '=', groupId)
    .where('statements.status', '=', 'published')
    .where(visibleTo(actor, 'statements'))
    .orderBy('statements.publishedAt')
    .orderBy('statements.id')
    .execute();
}

/** Cleared statements whose release time has come, for the publishing task. */
export function listDueStatements(db: Queryable, nowIso: string) {
  return selectStatements(db)
    .where('statements.status', '=', 'cleared')
    .where('statements.releaseAt', '<=', nowIso)
    .orderBy('statements.releaseAt')
    .execute();
}

export function listComments(db: Queryable, statementId: string) {
  return db
    .selectFrom('statementComments')
    .innerJoin('users', 'users.id', 'statementComments.authorId')
    .select([
      'statementComments.id',
      'statementComments.statementId',
      'statementComments.body',
      'statementComments.createdAt',
      'statementComments.authorId',
      'users.displayName as authorName',
      'users.party as authorParty',
    ])
    .where('statementComments.statementId', '=', statementId)
    .orderBy('statementComments.createdAt')
    .orderBy('statementComments.id')
    .execute();
}
