import type { z } from 'zod';
import type { attendeesInputSchema, createAgendaItemInputSchema } from '../../../core/contract/meetings.js';
import { applyAgendaChange } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, forbidden, invalidField } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { findGroup } from '../groups/groups.repository.js';
import { groupParties } from '../groups/groups.service.js';
import { canWriteAt } from './meetings.policy.js';
import { accessOf, meetingStateOf } from './meetings.present.js';
import { findNextAgendaPosition, listAttendees, listVisibleAgendaItems } from './meetings.repository.js';
import {
  notifyAgendaEvents,
  requireVisibleMeeting,
  requireWritable,
  saveMeetingState,
} from './meetings.service.js';
import { resolveClassification } from './record-access.js';

export async function findAgendaItems(ctx: ServiceContext, meetingId: string) {
  const { actor } = await requireVisibleMeeting(ctx, meetingId);
  return listVisibleAgendaItems(ctx.db, actor, meetingId);
}

/** Adds an agenda item; an agenda that was agreed (or partly approved) needs agreement again. */
export async function addAgendaItem(
  ctx: ServiceContext,
  meetingId: string,
  input: z.infer<typeof createAgendaItemInputSchema>,
) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, meetingId);
  requireWritable(actor, meeting);
  const group = (await findGroup(ctx.db, meeting.groupId))!;
  const parties = groupParties(group);
  const classification = input.classification ?? meeting.classification;
  const rank = resolveClassification(ctx, group, classification, 'body.classification');
  if (!canWriteAt(actor, meeting.groupId, rank))
    throw forbidden('not_allowed', 'You may not write at this classification');
  if (input.presenterParty && !parties.includes(input.presenterParty))
    throw invalidField('body.presenterParty', `must be a party of this group: ${parties.join(', ')}`);
  if (input.trackId) {
    const track = await ctx.db
      .selectFrom('tracks')
      .select('id')
      .where('id', '=', input.trackId)
      .where('groupId', '=', meeting.groupId)
      .executeTakeFirst();
    if (!track) throw invalidField('body.trackId', 'no such track in this group');
  }
  const visibility = input.visibility ?? meeting.visibility;
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const change = applyAgendaChange(meetingStateOf(meeting, parties), tx.now);
    if (!change.ok) throw new AppError(change.code, change.message, { status: change.status });
    await saveMeetingState(tx, meeting, change.state);
    const access = { groupId: meeting.groupId, visibility, party: actor.party!, classificationRank: rank };
    await tx.trx
      .insertInto('meetingAgendaItems')
      .values({
        id,
        ...access,
        classification,
        meetingId,
        position: await findNextAgendaPosition(tx.trx, meetingId),
        title: input.title,
        trackId: input.trackId ?? null,
        proposalId: input.proposalId ?? null,
        presenterParty: input.presenterParty ?? null,
        notes: input.notes,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'meeting.agenda_item_add',
      recordKind: 'agenda_item',
      recordId: id,
      groupId: meeting.groupId,
      details: {
        meetingId,
        title: input.title,
        approvalsWithdrawn: Object.keys(meetingStateOf(meeting, parties).agendaApprovals),
      },
    });
    await notifyAgendaEvents(tx, meeting, change.events, actor.userId);
    tx.publish({
      type: 'meeting.updated',
      groupId: meeting.groupId,
      recordKind: 'meeting',
      recordId: meetingId,
      access: accessOf(meeting),
    });
  });
  return (await listVisibleAgendaItems(ctx.db, actor, meetingId)).find((i) => i.id === id)!;
}

/** Replaces the attendance list; every attendee must be a member of the group. */
export async function setAttendees(
  ctx: ServiceContext,
  meetingId: string,
  input: z.infer<typeof attendeesInputSchema>,
) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, meetingId);
  requireWritable(actor, meeting);
  const members = await ctx.db
    .selectFrom('memberships')
    .select('userId')
    .where('groupId', '=', meeting.groupId)
    .execute();
  const memberIds = new Set(members.map((m) => m.userId));
  input.forEach((a, i) => {
    if (!memberIds.has(a.userId)) throw invalidField(`body.${i}.userId`, 'not a member of this group');
  });
  const seen = new Set<string>();
  input.forEach((a, i) => {
    if (seen.has(a.userId)) throw invalidField(`body.${i}.userId`, 'listed twice');
    seen.add(a.userId);
  });
  await inTransaction(ctx, async (tx) => {
    await tx.trx.deleteFrom('meetingAttendees').where('meetingId', '=', meetingId).execute();
    for (const a of input) {
      await tx.trx
        .insertInto('meetingAttendees')
        .values({
          meetingId,
          userId: a.userId,
          roleAtMeeting: a.roleAtMeeting,
          present: a.present ? 1 : 0,
          createdAt: tx.nowIso,
        })
        .execute();
    }
    await tx.audit({
      action: 'meeting.attendance_set',
      recordKind: 'meeting',
      recordId: meetingId,
      groupId: meeting.groupId,
      details: { attendees: input.length, present: input.filter((a) => a.present).length },
    });
    tx.publish({
      type: 'meeting.updated',
      groupId: meeting.groupId,
      recordKind: 'meeting',
      recordId: meetingId,
      access: accessOf(meeting),
    });
  });
  return listAttendees(ctx.db, meetingId);
}
