import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

const columns = [
  'meetingOutcomes.id',
  'meetingOutcomes.groupId',
  'meetingOutcomes.visibility',
  'meetingOutcomes.party',
  'meetingOutcomes.classification',
  'meetingOutcomes.classificationRank',
  'meetingOutcomes.createdAt',
  'meetingOutcomes.updatedAt',
  'meetingOutcomes.meetingId',
  'meetingOutcomes.kind',
  'meetingOutcomes.title',
  'meetingOutcomes.body',
  'meetingOutcomes.ownerId',
  'meetingOutcomes.dueOn',
  'meetingOutcomes.itemStatus',
  'meetingOutcomes.proposalId',
  'meetingOutcomes.milestoneId',
  'meetingOutcomes.authorId',
  'meetingOutcomes.version',
  'owners.displayName as ownerName',
] as const;

export type OutcomeRow = NonNullable<Awaited<ReturnType<typeof findOutcome>>>;

function selectOutcomes(db: Queryable) {
  return db
    .selectFrom('meetingOutcomes')
    .leftJoin('users as owners', 'owners.id', 'meetingOutcomes.ownerId')
    .select(columns);
}

export function findOutcome(db: Queryable, id: string) {
  return selectOutcomes(db).where('meetingOutcomes.id', '=', id).executeTakeFirst();
}

export function listVisibleOutcomes(db: Queryable, actor: Actor, meetingId: string) {
  return selectOutcomes(db)
    .where('meetingOutcomes.meetingId', '=', meetingId)
    .where(visibleTo(actor, 'meetingOutcomes'))
    .orderBy('meetingOutcomes.createdAt')
    .orderBy('meetingOutcomes.id')
    .execute();
}

export function listVisibleActionItems(
  db: Queryable,
  actor: Actor,
  groupId: string,
  filter: { overdueOn?: string | undefined },
) {
  let q = selectOutcomes(db)
    .where('meetingOutcomes.groupId', '=', groupId)
    .where('meetingOutcomes.kind', '=', 'action_item')
    .where(visibleTo(actor, 'meetingOutcomes'));
  // Dates are YYYY-MM-DD text, so text order is date order on both engines.
  if (filter.overdueOn)
    q = q
      .where('meetingOutcomes.itemStatus', '=', 'open')
      .where('meetingOutcomes.dueOn', '<', filter.overdueOn);
  return q.orderBy('meetingOutcomes.dueOn').orderBy('meetingOutcomes.id').execute();
}

/** Open action items of every group due within the window, for the reminder task. */
export function listOpenActionItemsDueBy(db: Queryable, lastDay: string) {
  return selectOutcomes(db)
    .where('meetingOutcomes.kind', '=', 'action_item')
    .where('meetingOutcomes.itemStatus', '=', 'open')
    .where('meetingOutcomes.ownerId', 'is not', null)
    .where('meetingOutcomes.dueOn', '<=', lastDay)
    .execute();
}
