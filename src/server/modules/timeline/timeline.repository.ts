import type { Queryable } from '../../db/database.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';
import { coveredBy } from '../sources/context-access.js';

const columns = [
  'timelineEvents.id',
  'timelineEvents.groupId',
  'timelineEvents.visibility',
  'timelineEvents.party',
  'timelineEvents.classification',
  'timelineEvents.classificationRank',
  'timelineEvents.createdAt',
  'timelineEvents.updatedAt',
  'timelineEvents.date',
  'timelineEvents.precision',
  'timelineEvents.kind',
  'timelineEvents.title',
  'timelineEvents.place',
  'timelineEvents.people',
  'timelineEvents.status',
  'timelineEvents.link',
  'timelineEvents.disagreements',
  'timelineEvents.decidedBy',
  'timelineEvents.decidedAt',
  'timelineEvents.version',
] as const;

export type TimelineEventRow = Awaited<ReturnType<typeof findTimelineEvent>> & object;

export function findTimelineEvent(db: Queryable, id: string) {
  return db
    .selectFrom('timelineEvents')
    .select(columns)
    .where('timelineEvents.id', '=', id)
    .executeTakeFirst();
}

/** Live events (not rejected) that a new source with `access` may merge into. */
export function listEventsCoveredBy(db: Queryable, access: RecordAccess) {
  return db
    .selectFrom('timelineEvents')
    .select(columns)
    .where(coveredBy(access, 'timelineEvents'))
    .where('timelineEvents.status', '!=', 'rejected')
    .execute();
}

export function listEventSourceRows(db: Queryable, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timelineEventSources')
    .selectAll()
    .where('eventId', 'in', eventIds)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export function listVisibleEvents(
  db: Queryable,
  actor: Actor,
  groupId: string,
  filter: {
    from?: string | undefined;
    to?: string | undefined;
    kind?: string | undefined;
    party?: string | undefined;
  },
) {
  let q = db
    .selectFrom('timelineEvents')
    .select(columns)
    .where('timelineEvents.groupId', '=', groupId)
    .where(visibleTo(actor, 'timelineEvents'))
    .where('timelineEvents.status', '!=', 'rejected');
  if (filter.from) q = q.where('timelineEvents.date', '>=', filter.from);
  if (filter.to) q = q.where('timelineEvents.date', '<=', filter.to);
  if (filter.kind) q = q.where('timelineEvents.kind', '=', filter.kind);
  if (filter.party) q = q.where('timelineEvents.party', '=', filter.party);
  return q.orderBy('timelineEvents.date').execute();
}

/** The sources of these events that the actor may see, with the sentence each reported. */
export function listVisibleEventSources(db: Queryable, actor: Actor, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timelineEventSources')
    .innerJoin('sources', 'sources.id', 'timelineEventSources.sourceId')
    .select([
      'timelineEventSources.eventId',
      'timelineEventSources.sourceId',
      'timelineEventSources.sentence',
      'sources.title',
      'sources.outlet',
    ])
    .where('timelineEventSources.eventId', 'in', eventIds)
    .where(visibleTo(actor, 'sources'))
    .orderBy('timelineEventSources.createdAt')
    .orderBy('timelineEventSources.id')
    .execute();
}

/** Ids of the events each source reports, among those the actor may see. */
export async function listVisibleEventIdsOfSources(
  db: Queryable,
  actor: Actor,
  sourceIds: string[],
): Promise<Map<string, string[]>> {
  const bySource = new Map<string, string[]>();
  if (sourceIds.length === 0) return bySource;
  const rows = await db
    .selectFrom('timelineEventSources')
    .innerJoin('timelineEvents', 'timelineEvents.id', 'timelineEventSources.eventId')
    .select(['timelineEventSources.sourceId', 'timelineEvents.id'])
    .distinct()
    .where('timelineEventSources.sourceId', 'in', sourceIds)
    .where(visibleTo(actor, 'timelineEvents'))
    .execute();
  for (const r of rows) bySource.set(r.sourceId, [...(bySource.get(r.sourceId) ?? []), r.id]);
  return bySource;
}
