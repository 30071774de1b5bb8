import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

const columns = [
  'sources.id',
  'sources.groupId',
  'sources.visibility',
  'sources.party',
  'sources.classification',
  'sources.classificationRank',
  'sources.createdAt',
  'sources.updatedAt',
  'sources.kind',
  'sources.outlet',
  'sources.title',
  'sources.url',
  'sources.publishedAt',
  'sources.publishedOn',
  'sources.needsPublicationDate',
  'sources.format',
  'sources.text',
  'sources.extraction',
  'sources.authorId',
  'sources.version',
  'users.displayName as authorName',
] as const;

export type SourceRow = Awaited<ReturnType<typeof findSource>> & object;

export function findSource(db: Queryable, id: string) {
  return db
    .selectFrom('sources')
    .innerJoin('users', 'users.id', 'sources.authorId')
    .select(columns)
    .where('sources.id', '=', id)
    .executeTakeFirst();
}

export function listVisibleSources(
  db: Queryable,
  actor: Actor,
  groupId: string,
  filter: { kind?: string | undefined },
) {
  let q = db
    .selectFrom('sources')
    .innerJoin('users', 'users.id', 'sources.authorId')
    .select(columns)
    .where('sources.groupId', '=', groupId)
    .where(visibleTo(actor, 'sources'))
    .orderBy('sources.createdAt', 'desc');
  if (filter.kind) q = q.where('sources.kind', '=', filter.kind);
  return q.execute();
}

const personColumns = [
  'id',
  'groupId',
  'visibility',
  'party',
  'classification',
  'classificationRank',
  'createdAt',
  'updatedAt',
  'name',
  'names',
  'titles',
  'status',
] as const;

export type ContextPersonRow = Awaited<ReturnType<typeof findContextPerson>> & object;

export function findContextPerson(db: Queryable, id: string) {
  return db.selectFrom('contextPeople').select(personColumns).where('id', '=', id).executeTakeFirst();
}

export function listVisibleContextPeople(db: Queryable, actor: Actor, groupId: string) {
  return db
    .selectFrom('contextPeople')
    .select(personColumns)
    .where('groupId', '=', groupId)
    .where(visibleTo(actor, 'contextPeople'))
    .orderBy('name')
    .execute();
}
