import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

const columns = [
  'documents.id',
  'documents.groupId',
  'documents.visibility',
  'documents.party',
  'documents.classification',
  'documents.classificationRank',
  'documents.title',
  'documents.body',
  'documents.kind',
  'documents.authorId',
  'documents.version',
  'documents.createdAt',
  'documents.updatedAt',
  'users.displayName as authorName',
] as const;

export type DocumentRow = Awaited<ReturnType<typeof findDocument>> & object;

export function findDocument(db: Queryable, id: string) {
  return db
    .selectFrom('documents')
    .innerJoin('users', 'users.id', 'documents.authorId')
    .select(columns)
    .where('documents.id', '=', id)
    .executeTakeFirst();
}

export function listVisibleDocuments(
  db: Queryable,
  actor: Actor,
  groupId: string,
  filter: { kind?: string | undefined },
) {
  let q = db
    .selectFrom('documents')
    .innerJoin('users', 'users.id', 'documents.authorId')
    .select(columns)
    .where('documents.groupId', '=', groupId)
    .where(visibleTo(actor, 'documents'))
    .orderBy('documents.updatedAt', 'desc');
  if (filter.kind) q = q.where('documents.kind', '=', filter.kind);
  return q.execute();
}
