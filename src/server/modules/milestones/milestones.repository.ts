import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

const columns = [
  'milestones.id',
  'milestones.groupId',
  'milestones.trackId',
  'milestones.visibility',
  'milestones.party',
  'milestones.classification',
  'milestones.classificationRank',
  'milestones.title',
  'milestones.weight',
  'milestones.status',
  'milestones.targetDate',
  'milestones.achievedOn',
  'milestones.reversedOn',
  'milestones.evidence',
  'milestones.authorId',
  'milestones.version',
  'milestones.createdAt',
  'milestones.updatedAt',
  'users.displayName as authorName',
] as const;

export type MilestoneRow = Awaited<ReturnType<typeof findMilestone>> & object;

export function findMilestone(db: Queryable, id: string) {
  return db
    .selectFrom('milestones')
    .innerJoin('users', 'users.id', 'milestones.authorId')
    .select(columns)
    .where('milestones.id', '=', id)
    .executeTakeFirst();
}

export interface MilestoneFilter {
  trackId?: string | undefined;
  status?: string | undefined;
}

/** The milestones of a group the actor may see, by the same rule as canSeeRecord. */
export function listVisibleMilestones(db: Queryable, actor: Actor, groupId: string, filter: MilestoneFilter) {
  let q = db
    .selectFrom('milestones')
    .innerJoin('users', 'users.id', 'milestones.authorId')
    .select(columns)
    .where('milestones.groupId', '=', groupId)
    .where(visibleTo(actor, 'milestones'))
    .orderBy('milestones.createdAt')
    .orderBy('milestones.id');
  if (filter.trackId) q = q.where('milestones.trackId', '=', filter.trackId);
  if (filter.status) q = q.where('milestones.status', '=', filter.status);
  return q.execute();
}

/** What the tempo index needs of a milestone. */
const tempoColumns = ['id', 'trackId', 'weight', 'status', 'achievedOn', 'reversedOn'] as const;

export function listTempoMilestonesVisibleTo(db: Queryable, actor: Actor, groupId: string) {
  return db
    .selectFrom('milestones')
    .select(tempoColumns)
    .where('groupId', '=', groupId)
    .where(visibleTo(actor, 'milestones'))
    .execute();
}

/** Milestones every party of the group sees: shared, at the lowest classification. */
export function listTempoMilestonesSharedByAll(db: Queryable, groupId: string) {
  return db
    .selectFrom('milestones')
    .select(tempoColumns)
    .where('groupId', '=', groupId)
    .where('visibility', '=', 'shared')
    .where('classificationRank', '=', 0)
    .execute();
}
