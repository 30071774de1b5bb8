import type { ServiceContext } from '../../context.js';
import type { DemoWorld } from '../../demo/seeders.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { newId } from '../../ids.js';
import { indexForSearch } from '../search/search-index.js';
import { DEMO_MEETINGS, DEMO_STATEMENTS } from './meetings.demo-data.js';

const LEVEL = 'UNCLASSIFIED';

function userOf(world: DemoWorld, email: string): string {
  const id = world.users.get(email);
  if (!id) throw new Error(`demo user ${email} is missing`);
  return id;
}

/** Demo seeder: the two closed rounds of 2018, their readouts, and the October announcements. */
export async function seedMeetingsDemo(ctx: ServiceContext, world: DemoWorld): Promise<void> {
  const { groupId } = world;
  const rank = Math.max(0, ctx.config.classificationLevels.indexOf(LEVEL));
  const meetingIds = new Map<string, string>();
  await inTransaction(ctx, async (tx) => {
    for (const m of DEMO_MEETINGS) {
      const id = newId();
      meetingIds.set(m.key, id);
      const access = { groupId, visibility: 'shared', party: m.hostParty, classificationRank: rank };
      const stamp = { createdAt: m.agreedAt, updatedAt: m.closedAt };
      await tx.trx
        .insertInto('meetings')
        .values({
          id,
          ...access,
          classification: LEVEL,
          ...stamp,
          round: m.round,
          title: m.title,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          timeZone: m.timeZone,
          venueCity: m.city,
          venuePlace: m.place,
          format: 'in_person',
          hostParty: m.hostParty,
          status: 'closed',
          agendaApprovals: JSON.stringify({ KR: m.agreedAt, US: m.agreedAt }),
          heldAt: m.endsAt,
          closedAt: m.closedAt,
          authorId: userOf(world, m.author),
          version: 1,
        })
        .execute();
      await indexForSearch(tx.trx, ctx.dbKind, {
        recordKind: 'meeting',
        recordId: id,
        ...access,
        title: m.title,
        body: `Round ${m.round}, ${m.city} ${m.place}. ${m.agenda.map((a) => a.title).join('. ')}`,
      });
      let position = 0;
      for (const item of m.agenda) {
        position += 1;
        await tx.trx
          .insertInto('meetingAgendaItems')
          .values({
            id: newId(),
            ...access,
            classification: LEVEL,
            createdAt: m.agreedAt,
            updatedAt: m.agreedAt,
            meetingId: id,
            position,
            title: item.title,
            trackId: item.track ? (world.tracks.get(item.track) ?? null) : null,
            proposalId: null,
            presenterParty: item.presenter,
            notes: '',
          })
          .execute();
      }
      for (const a of m.attendees) {
        await tx.trx
          .insertInto('meetingAttendees')
          .values({
            meetingId: id,
            userId: userOf(world, a.email),
            roleAtMeeting: a.role,
            present: 1,
            createdAt: m.endsAt,
          })
          .execute();
      }
      for (const o of m.outcomes) {
        await tx.trx
          .insertInto('meetingOutcomes')
          .values({
            id: newId(),
            ...access,
            classification: LEVEL,
            createdAt: m.endsAt,
            updatedAt: m.endsAt,
            meetingId: id,
            kind: o.kind,
            title: o.title,
            body: o.body,
            ownerId: o.owner ? userOf(world, o.owner) : null,
            dueOn: o.dueOn ?? null,
            itemStatus: o.kind === 'action_item' ? (o.status ?? 'open') : null,
            proposalId: null,
            milestoneId: null,
            authorId: userOf(world, m.author),
            version: 1,
          })
          .execute();
      }
    }
    for (const s of DEMO_STATEMENTS) {
      const id = newId();
      const access = { groupId, visibility: 'shared', party: s.party, classificationRank: rank };
      await tx.trx
        .insertInto('statements')
        .values({
          id,
          ...access,
          classification: LEVEL,
          createdAt: s.createdAt,
          updatedAt: s.publishedAt,
          kind: s.kind,
          meetingId: s.meeting ? (meetingIds.get(s.meeting) ?? null) : null,
          matter: s.matter,
          title: s.title,
          body: s.body,
          releaseAt: s.publishedAt,
          status: 'published',
          approvals: '{}',
          sharedAt: s.sharedAt,
          publishedAt: s.publishedAt,
          publishedBy: userOf(world, s.clearedBy),
          authorId: userOf(world, s.author),
          version: 1,
        })
        .execute();
      await indexForSearch(tx.trx, ctx.dbKind, {
        recordKind: 'statement',
        recordId: id,
        ...access,
        title: s.title,
        body: s.body,
      });
    }
    await tx.audit({
      action: 'demo.meetings',
      groupId,
      details: { meetings: DEMO_MEETINGS.length, statements: DEMO_STATEMENTS.length },
    });
  });
}
