import type { Queryable } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
export type AgendaItemRow = Awaited<ReturnType<typeof listVisibleAgendaItems>>[number];
export type AttendeeRow = Awaited<ReturnType<typeof listAttendees>>[number];

export function findMeeting(db: Queryable, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listVisibleMeetings(db: Queryable, actor: Actor, groupId: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('groupId', '=', groupId)
    .where(visibleTo(actor, 'meetings'))
    .orderBy('startsAt')
    .orderBy('round')
    .execute();
}

export function listVisibleAgendaItems(db: Queryable, actor: Actor, meetingId: string) {
  return db
    .selectFrom('meetingAgendaItems')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .where(visibleTo(actor, 'meetingAgendaItems'))
    .orderBy('position')
    .execute();
}

export async function findNextAgendaPosition(db: Queryable, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('meetingAgendaItems')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meetingId', '=', meetingId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export function listAttendees(db: Queryable, meetingId: string) {
  return db
    .selectFrom('meetingAttendees')
    .innerJoin('users', 'users.id', 'meetingAttendees.userId')
    .leftJoin('agencies', 'agencies.id', 'users.agencyId')
    .select([
      'meetingAttendees.userId',
      'meetingAttendees.roleAtMeeting',
      'meetingAttendees.present',
      'users.displayName',
      'users.party',
      'users.title',
      'agencies.code as agencyCode',
      'agencies.nameEn as agencyName',
    ])
    .where('meetingAttendees.meetingId', '=', meetingId)
    .orderBy('users.party')
    .orderBy('agencies.code')
    .orderBy('users.displayName')
    .execute();
}

/** The zones of the given parties, by code. */
export async function findPartyZones(db: Queryable, parties: string[]): Promise<Record<string, string>> {
  if (parties.length === 0) return {};
  const rows = await db
    .selectFrom('parties')
    .select(['code', 'timeZone'])
    .where('code', 'in', parties)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.timeZone]));
}
