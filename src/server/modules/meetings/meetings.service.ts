import { IANAZone } from 'luxon';
import type { z } from 'zod';
import type { createMeetingInputSchema, updateMeetingInputSchema } from '../../../core/contract/meetings.js';
import { applyMeetingAction, type MeetingAction, type MeetingEvent } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, forbidden, invalidField, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import { findGroup, findCoChairs } from '../groups/groups.repository.js';
import { groupParties, requireMembership } from '../groups/groups.service.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { indexForSearch } from '../search/search-index.js';
import { canSeeMeeting, canWriteAt, canWriteMeeting, toWorkflowActor } from './meetings.policy.js';
import { accessOf, meetingStateOf, type MeetingPresentContext } from './meetings.present.js';
import {
  findMeeting,
  findPartyZones,
  listAttendees,
  listVisibleAgendaItems,
  listVisibleMeetings,
  type MeetingRow,
} from './meetings.repository.js';
import { resolveClassification } from './record-access.js';

function actorOf(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

async function presentContextFor(ctx: ServiceContext, groupId: string): Promise<MeetingPresentContext> {
  const group = await findGroup(ctx.db, groupId);
  const parties = group ? groupParties(group) : [];
  return {
    actor: ctx.actor,
    parties,
    partyZones: await findPartyZones(ctx.db, parties),
    now: ctx.clock.now(),
  };
}

/** The meeting if the actor may see it; 404 otherwise. */
export async function requireVisibleMeeting(
  ctx: ServiceContext,
  id: string,
): Promise<{ meeting: MeetingRow; actor: Actor }> {
  const actor = actorOf(ctx);
  const meeting = await findMeeting(ctx.db, id);
  if (!meeting || !canSeeMeeting(actor, accessOf(meeting))) throw notFound('meeting');
  return { meeting, actor };
}

export function requireWritable(actor: Actor, meeting: MeetingRow): void {
  if (!canWriteMeeting(actor, accessOf(meeting)))
    throw forbidden('not_allowed', 'Observers do not change the record of a meeting');
  if (meeting.status === 'closed')
    throw new AppError('meeting_closed', 'This meeting is closed; its record can no longer change.', {
      status: 409,
    });
}

function checkZone(zone: string, field: string): void {
  if (!IANAZone.isValidZone(zone)) throw invalidField(field, `unknown time zone ${zone}`);
}

function checkSpan(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw invalidField('body.endsAt', 'must be after startsAt');
}

async function indexMeeting(tx: Tx, meeting: MeetingRow): Promise<void> {
  await indexForSearch(tx.trx, tx.ctx.dbKind, {
    recordKind: 'meeting',
    recordId: meeting.id,
    ...accessOf(meeting),
    title: meeting.title,
    body: `Round ${meeting.round}, ${meeting.venueCity} ${meeting.venuePlace}`.trim(),
  });
}

export async function findMeetings(ctx: ServiceContext, groupId: string) {
  const { actor } = await requireMembership(ctx, groupId);
  const rows = await listVisibleMeetings(ctx.db, actor, groupId);
  return { rows, pc: await presentContextFor(ctx, groupId) };
}

export async function readMeeting(ctx: ServiceContext, id: string) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, id);
  const [agenda, attendees, pc] = await Promise.all([
    listVisibleAgendaItems(ctx.db, actor, id),
    listAttendees(ctx.db, id),
    presentContextFor(ctx, meeting.groupId),
  ]);
  return { meeting, agenda, attendees, pc };
}

export async function createMeeting(
  ctx: ServiceContext,
  groupId: string,
  input: z.infer<typeof createMeetingInputSchema>,
) {
  const { actor, group } = await requireMembership(ctx, groupId);
  const rank = resolveClassification(ctx, group, input.classification, 'body.classification');
  checkZone(input.timeZone, 'body.timeZone');
  checkSpan(input.startsAt, input.endsAt);
  if (!groupParties(group).includes(input.hostParty))
    throw invalidField('body.hostParty', `must be a party of this group: ${groupParties(group).join(', ')}`);
  if (!canWriteAt(actor, groupId, rank))
    throw forbidden('not_allowed', 'You may not plan meetings at this classification in this group');
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const access = { groupId, visibility: input.visibility, party: actor.party!, classificationRank: rank };
    await tx.trx
      .insertInto('meetings')
      .values({
        id,
        ...access,
        classification: input.classification,
        round: input.round,
        title: input.title,
        startsAt: new Date(input.startsAt).toISOString(),
        endsAt: new Date(input.endsAt).toISOString(),
        timeZone: input.timeZone,
        venueCity: input.venue.city,
        venuePlace: input.venue.place,
        format: input.format,
        hostParty: input.hostParty,
        status: 'planned',
        agendaApprovals: '{}',
        heldAt: null,
        closedAt: null,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await indexMeeting(tx, (await findMeeting(tx.trx, id))!);
    await tx.audit({
      action: 'meeting.create',
      recordKind: 'meeting',
      recordId: id,
      groupId,
      details: { round: input.round, title: input.title, startsAt: input.startsAt },
    });
    tx.publish({ type: 'meeting.created', groupId, recordKind: 'meeting', recordId: id, access });
  });
  return readMeeting(ctx, id);
}

export async function updateMeeting(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateMeetingInputSchema>,
  checkVersion: (current: MeetingRow) => void,
) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, id);
  requireWritable(actor, meeting);
  checkVersion(meeting);
  if (input.timeZone) checkZone(input.timeZone, 'body.timeZone');
  const startsAt = input.startsAt ? new Date(input.startsAt).toISOString() : meeting.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : meeting.endsAt;
  checkSpan(startsAt, endsAt);
  await inTransaction(ctx, async (tx) => {
    const result = await tx.trx
      .updateTable('meetings')
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
        ...(input.venue ? { venueCity: input.venue.city, venuePlace: input.venue.place } : {}),
        ...(input.format !== undefined ? { format: input.format } : {}),
        startsAt,
        endsAt,
        version: meeting.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', meeting.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new AppError('precondition_failed', 'The meeting changed meanwhile; reload and try again', {
        status: 412,
      });
    await indexMeeting(tx, (await findMeeting(tx.trx, id))!);
    await tx.audit({
      action: 'meeting.update',
      recordKind: 'meeting',
      recordId: id,
      groupId: meeting.groupId,
      details: { fields: Object.keys(input) },
    });
    tx.publish({
      type: 'meeting.updated',
      groupId: meeting.groupId,
      recordKind: 'meeting',
      recordId: id,
      access: accessOf(meeting),
    });
  });
  return readMeeting(ctx, id);
}

/** Saves a new meeting state from the workflow rules, guarded by the version it was computed from. */
export async function saveMeetingState(
  tx: Tx,
  meeting: MeetingRow,
  state: {
    status: string;
    agendaApprovals: Record<string, string>;
    heldAt: string | null;
    closedAt: string | null;
  },
): Promise<void> {
  const result = await tx.trx
    .updateTable('meetings')
    .set({
      status: state.status,
      agendaApprovals: JSON.stringify(state.agendaApprovals),
      heldAt: state.heldAt,
      closedAt: state.closedAt,
      version: meeting.version + 1,
      updatedAt: tx.nowIso,
    })
    .where('id', '=', meeting.id)
    .where('version', '=', meeting.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new AppError('precondition_failed', 'The meeting changed meanwhile; reload and try again', {
      status: 412,
    });
}

export async function notifyAgendaEvents(tx: Tx, meeting: MeetingRow, events: MeetingEvent[], by: string) {
  const chairs = (await findCoChairs(tx.trx, [meeting.groupId])).filter((c) => c.userId !== by);
  const link = `/meetings/${meeting.id}`;
  for (const event of events) {
    if (event.type === 'agenda_approved' || event.type === 'agenda_reopened') {
      const approvedBy = event.type === 'agenda_approved' ? event.party : null;
      await notifyUsers(tx, {
        userIds: chairs.filter((c) => c.party !== approvedBy).map((c) => c.userId),
        access: accessOf(meeting),
        kind: 'meeting.agenda_needs_approval',
        title: `Agenda of round ${meeting.round} needs your approval`,
        body: approvedBy
          ? `${approvedBy} approved the agenda of "${meeting.title}".`
          : `The agenda of "${meeting.title}" changed after agreement; it needs approval again.`,
        link,
        recordKind: 'meeting',
        recordId: meeting.id,
      });
    }
    if (event.type === 'agenda_agreed') {
      await notifyUsers(tx, {
        userIds: chairs.map((c) => c.userId),
        access: accessOf(meeting),
        kind: 'meeting.agenda_agreed',
        title: `Agenda of round ${meeting.round} agreed`,
        body: `Every party approved the agenda of "${meeting.title}".`,
        link,
        recordKind: 'meeting',
        recordId: meeting.id,
      });
    }
  }
}

export async function transitionMeeting(ctx: ServiceContext, id: string, action: MeetingAction) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, id);
  const group = await findGroup(ctx.db, meeting.groupId);
  const wf = toWorkflowActor(actor, meeting.groupId);
  if (!group || !wf) throw notFound('meeting');
  await inTransaction(ctx, async (tx) => {
    const outcome = applyMeetingAction(meetingStateOf(meeting, groupParties(group)), {
      action,
      actor: wf,
      at: tx.now,
    });
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message, { status: outcome.status });
    await saveMeetingState(tx, meeting, outcome.state);
    await tx.audit({
      action: `meeting.${action}`,
      recordKind: 'meeting',
      recordId: id,
      groupId: meeting.groupId,
      details: { from: meeting.status, to: outcome.state.status, party: wf.party },
    });
    await notifyAgendaEvents(tx, meeting, outcome.events, actor.userId);
    tx.publish({
      type: 'meeting.updated',
      groupId: meeting.groupId,
      recordKind: 'meeting',
      recordId: id,
      access: accessOf(meeting),
    });
  });
  return readMeeting(ctx, id);
}
