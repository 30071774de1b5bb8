import { DateTime } from 'luxon';
import type { GroupRecord } from '../../../core/context/index.js';
import type { TimelineItem, TimelineQuery } from '../../../core/contract/timeline.js';
import type { AppDeps } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';
import { coveredBy } from '../sources/context-access.js';

/**
 * The group's own records (meetings, proposals, statements, milestones) belong to other modules, which may not
 * have created their tables yet on an older database: a missing table means no such records, not a failure.
 */
async function orNothing<T>(deps: AppDeps, what: string, read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch (error) {
    deps.log.warn({ err: error, what }, 'timeline could not read records');
    return [];
  }
}

function localDate(instant: string, zone: string): string {
  const local = DateTime.fromISO(instant, { zone });
  return (local.isValid ? local.toISODate() : null) ?? instant.slice(0, 10);
}

async function meetingPeople(db: Queryable, meetingIds: string[]): Promise<Map<string, string[]>> {
  const people = new Map<string, string[]>();
  if (meetingIds.length === 0) return people;
  const rows = await db
    .selectFrom('meetingAttendees')
    .innerJoin('users', 'users.id', 'meetingAttendees.userId')
    .select(['meetingAttendees.meetingId', 'users.displayName'])
    .where('meetingAttendees.meetingId', 'in', meetingIds)
    .execute();
  for (const r of rows) people.set(r.meetingId, [...(people.get(r.meetingId) ?? []), r.displayName]);
  return people;
}

/** Records an event seen with `access` may be linked to: only those everyone who sees the event may see. */
export async function findLinkableRecords(deps: AppDeps, access: RecordAccess): Promise<GroupRecord[]> {
  const db = deps.db;
  const meetings = await orNothing(deps, 'meetings', async () => {
    const rows = await db
      .selectFrom('meetings')
      .select(['id', 'startsAt', 'timeZone', 'venueCity', 'venuePlace'])
      .where(coveredBy(access, 'meetings'))
      .execute();
    const people = await meetingPeople(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r): GroupRecord => ({
      kind: 'meeting',
      id: r.id,
      date: localDate(r.startsAt, r.timeZone),
      place: `${r.venuePlace}, ${r.venueCity}`,
      people: people.get(r.id) ?? [],
    }));
  });
  const proposals = await orNothing(deps, 'proposals', async () => {
    const rows = await db
      .selectFrom('proposals')
      .select(['id', 'plannedFor', 'location'])
      .where(coveredBy(access, 'proposals'))
      .where('plannedFor', 'is not', null)
      .execute();
    return rows.map((r): GroupRecord => ({
      kind: 'proposal',
      id: r.id,
      date: (r.plannedFor ?? '').slice(0, 10),
      place: r.location,
      people: [],
    }));
  });
  const statements = await orNothing(deps, 'statements', async () => {
    const rows = await db
      .selectFrom('statements')
      .innerJoin('users', 'users.id', 'statements.authorId')
      .select(['statements.id', 'statements.publishedAt', 'users.displayName'])
      .where(coveredBy(access, 'statements'))
      .where('statements.status', '=', 'published')
      .execute();
    return rows.map((r): GroupRecord => ({
      kind: 'statement',
      id: r.id,
      date: (r.publishedAt ?? '').slice(0, 10),
      place: null,
      people: [r.displayName],
    }));
  });
  return [...meetings, ...proposals, ...statements].filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date));
}

type RecordItem = Omit<TimelineItem, 'abilities'>;

interface Meta {
  visibility: string;
  party: string;
  classification: string;
  createdAt: string;
  updatedAt: string;
}

function recordItem(
  meta: Meta,
  fields: Pick<RecordItem, 'id' | 'recordKind' | 'date' | 'title' | 'kind' | 'place' | 'people' | 'link'>,
): RecordItem {
  return {
    ...fields,
    precision: 'day',
    status: 'record',
    sources: [],
    disagreements: [],
    visibility: meta.visibility === 'party' ? 'party' : 'shared',
    party: meta.party,
    classification: meta.classification,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
  };
}

const META = ['visibility', 'party', 'classification', 'createdAt', 'updatedAt'] as const;

/** What a proposal's history shows on the timeline: each step into notified, cleared, executed; surprises. */
function proposalMoment(action: string, before: string | null, after: string): string | null {
  if (action === 'report_unilateral') return 'surprise';
  if (after === before) return null;
  if (after === 'notified' || after === 'cleared' || after === 'executed') return after;
  return null;
}

/** Meetings with an item of the track on their agenda, counting only items the actor may see. */
const meetingsOfTrack = (db: Queryable, actor: Actor, groupId: string, trackId: string) =>
  db
    .selectFrom('meetingAgendaItems')
    .select('meetingId')
    .where('groupId', '=', groupId)
    .where('trackId', '=', trackId)
    .where(visibleTo(actor, 'meetingAgendaItems'));

/**
 * Ids of the group's records on a track that the actor may see — proposals and milestones of the track, meetings
 * with the track on their agenda, statements made at those meetings: an outside event is on a track when it is
 * linked to one of them.
 */
export async function recordIdsOfTrack(
  db: Queryable,
  actor: Actor,
  groupId: string,
  trackId: string,
): Promise<Set<string>> {
  const meetings = meetingsOfTrack(db, actor, groupId, trackId);
  const rows = await db
    .selectFrom('meetings')
    .select('id')
    .where('id', 'in', meetings)
    .where(visibleTo(actor, 'meetings'))
    .union(
      db
        .selectFrom('proposals')
        .select('id')
        .where('groupId', '=', groupId)
        .where('trackId', '=', trackId)
        .where(visibleTo(actor, 'proposals')),
    )
    .union(
      db
        .selectFrom('milestones')
        .select('id')
        .where('groupId', '=', groupId)
        .where('trackId', '=', trackId)
        .where(visibleTo(actor, 'milestones')),
    )
    .union(
      db
        .selectFrom('statements')
        .select('id')
        .where('groupId', '=', groupId)
        .where('meetingId', 'in', meetings)
        .where(visibleTo(actor, 'statements')),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The group's own records the actor may see, as timeline items. */
export async function findRecordItems(
  deps: AppDeps,
  actor: Actor,
  groupId: string,
  query: TimelineQuery,
): Promise<RecordItem[]> {
  const db = deps.db;
  const track = query.track;
  const meetings = await orNothing(deps, 'meetings', async () => {
    let q = db
      .selectFrom('meetings')
      .select(['id', 'title', 'startsAt', 'timeZone', 'venueCity', 'venuePlace', ...META])
      .where('groupId', '=', groupId)
      .where(visibleTo(actor, 'meetings'));
    if (track) q = q.where('id', 'in', meetingsOfTrack(db, actor, groupId, track));
    const rows = await q.execute();
    const people = await meetingPeople(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) =>
      recordItem(r, {
        id: r.id,
        recordKind: 'meeting',
        date: localDate(r.startsAt, r.timeZone),
        title: r.title,
        kind: 'meeting',
        place: `${r.venuePlace}, ${r.venueCity}`,
        people: people.get(r.id) ?? [],
        link: { meetingId: r.id },
      }),
    );
  });
  const proposals = await orNothing(deps, 'proposals', async () => {
    let q = db
      .selectFrom('proposalHistory')
      .innerJoin('proposals', 'proposals.id', 'proposalHistory.proposalId')
      .select([
        'proposalHistory.id as historyId',
        'proposalHistory.at',
        'proposalHistory.action',
        'proposalHistory.statusAfter',
        'proposals.id',
        'proposals.title',
        'proposals.location',
        ...META.map((c) => `proposals.${c}` as const),
      ])
      .where('proposals.groupId', '=', groupId)
      .where(visibleTo(actor, 'proposals'))
      .orderBy('proposals.id')
      .orderBy('proposalHistory.seq');
    if (query.track) q = q.where('proposals.trackId', '=', query.track);
    const rows = await q.execute();
    const items: RecordItem[] = [];
    let previous: { id: string; status: string } | null = null;
    for (const r of rows) {
      const before = previous?.id === r.id ? previous.status : null;
      const moment = proposalMoment(r.action, before, r.statusAfter);
      previous = { id: r.id, status: r.statusAfter };
      if (!moment) continue;
      items.push(
        recordItem(r, {
          id: r.historyId,
          recordKind: 'proposal',
          date: r.at.slice(0, 10),
          title: r.title,
          kind: `proposal_${moment}`,
          place: r.location,
          people: [],
          link: { proposalId: r.id },
        }),
      );
    }
    return items;
  });
  const statements = await orNothing(deps, 'statements', async () => {
    let q = db
      .selectFrom('statements')
      .select(['id', 'title', 'kind as statementKind', 'publishedAt', ...META])
      .where('groupId', '=', groupId)
      .where('status', '=', 'published')
      .where(visibleTo(actor, 'statements'));
    // A statement is on the tracks of the meeting it was made at.
    if (track) q = q.where('meetingId', 'in', meetingsOfTrack(db, actor, groupId, track));
    const rows = await q.execute();
    return rows.map((r) =>
      recordItem(r, {
        id: r.id,
        recordKind: 'statement',
        date: (r.publishedAt ?? r.createdAt).slice(0, 10),
        title: r.title || `Statement (${r.statementKind})`,
        kind: 'statement',
        place: null,
        people: [],
        link: { statementId: r.id },
      }),
    );
  });
  const milestones = await orNothing(deps, 'milestones', async () => {
    let q = db
      .selectFrom('milestones')
      .select(['id', 'title', 'achievedOn', 'reversedOn', ...META])
      .where('groupId', '=', groupId)
      .where(visibleTo(actor, 'milestones'));
    if (query.track) q = q.where('trackId', '=', query.track);
    const rows = await q.execute();
    return rows.flatMap((r) => {
      const moments: RecordItem[] = [];
      for (const [kind, date] of [
        ['milestone_achieved', r.achievedOn],
        ['milestone_reversed', r.reversedOn],
      ] as const) {
        if (!date) continue;
        moments.push(
          recordItem(r, {
            id: kind === 'milestone_reversed' ? `${r.id}-reversed` : r.id,
            recordKind: 'milestone',
            date: date.slice(0, 10),
            title: r.title,
            kind,
            place: null,
            people: [],
            link: { milestoneId: r.id },
          }),
        );
      }
      return moments;
    });
  });
  return [...meetings, ...proposals, ...statements, ...milestones];
}
