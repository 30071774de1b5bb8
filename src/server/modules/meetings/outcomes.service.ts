import type { z } from 'zod';
import type {
  createOutcomeInputSchema,
  MeetingOutcomeView,
  updateOutcomeInputSchema,
} from '../../../core/contract/meetings.js';
import { actionItemReminderDue, isOverdue, type ActionItemStatus } from '../../../core/workflow/index.js';
import type { AppDeps, ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, forbidden, invalidField, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { systemContext } from '../../runtime.js';
import type { Actor } from '../access/actor.js';
import { findGroup } from '../groups/groups.repository.js';
import { requireMembership } from '../groups/groups.service.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { canSeeMeeting, canWriteAt, canWriteMeeting } from './meetings.policy.js';
import { accessOf } from './meetings.present.js';
import { findMeeting } from './meetings.repository.js';
import { requireVisibleMeeting } from './meetings.service.js';
import {
  findOutcome,
  listOpenActionItemsDueBy,
  listVisibleActionItems,
  listVisibleOutcomes,
  type OutcomeRow,
} from './outcomes.repository.js';
import { resolveClassification } from './record-access.js';

const REMINDER_DAYS = 2;
const KINDS = ['decision', 'action_item', 'note'] as const;
const ITEM_STATUSES: readonly ActionItemStatus[] = ['open', 'done', 'dropped'];

/** Today's date in UTC, from the service clock. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function isRowOverdue(row: OutcomeRow, today: string): boolean {
  const status = ITEM_STATUSES.find((s) => s === row.itemStatus);
  return (
    row.kind === 'action_item' && !!row.dueOn && !!status && isOverdue({ dueOn: row.dueOn, status }, today)
  );
}

export function presentOutcome(row: OutcomeRow, actor: Actor | null, now: Date): MeetingOutcomeView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    kind: KINDS.find((k) => k === row.kind) ?? 'note',
    title: row.title,
    body: row.body,
    owner: row.ownerId ? { id: row.ownerId, displayName: row.ownerName ?? '' } : null,
    dueOn: row.dueOn,
    status: ITEM_STATUSES.find((s) => s === row.itemStatus) ?? null,
    overdue: isRowOverdue(row, todayOf(now)),
    proposalId: row.proposalId,
    milestoneId: row.milestoneId,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: { edit: canWriteMeeting(actor, accessOf(row)) },
  };
}

export async function findOutcomes(ctx: ServiceContext, meetingId: string) {
  const { actor } = await requireVisibleMeeting(ctx, meetingId);
  return listVisibleOutcomes(ctx.db, actor, meetingId);
}

async function checkOwner(ctx: ServiceContext, groupId: string, ownerId: string, field: string) {
  const member = await ctx.db
    .selectFrom('memberships')
    .select('userId')
    .where('groupId', '=', groupId)
    .where('userId', '=', ownerId)
    .executeTakeFirst();
  if (!member) throw invalidField(field, 'not a member of this group');
}

export async function addOutcome(
  ctx: ServiceContext,
  meetingId: string,
  input: z.infer<typeof createOutcomeInputSchema>,
) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, meetingId);
  if (!canWriteMeeting(actor, accessOf(meeting)))
    throw forbidden('not_allowed', 'Observers do not record outcomes');
  if (meeting.status === 'closed')
    throw new AppError('meeting_closed', 'This meeting is closed; its record can no longer change.', {
      status: 409,
    });
  const group = (await findGroup(ctx.db, meeting.groupId))!;
  const classification = input.classification ?? meeting.classification;
  const rank = resolveClassification(ctx, group, classification, 'body.classification');
  if (!canWriteAt(actor, meeting.groupId, rank))
    throw forbidden('not_allowed', 'You may not write at this classification');
  const isActionItem = input.kind === 'action_item';
  if (isActionItem && !input.ownerId) throw invalidField('body.ownerId', 'an action item needs an owner');
  if (isActionItem && !input.dueOn) throw invalidField('body.dueOn', 'an action item needs a due date');
  if (input.ownerId) await checkOwner(ctx, meeting.groupId, input.ownerId, 'body.ownerId');
  const id = newId();
  const access = {
    groupId: meeting.groupId,
    visibility: input.visibility ?? meeting.visibility,
    party: actor.party!,
    classificationRank: rank,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('meetingOutcomes')
      .values({
        id,
        ...access,
        classification,
        meetingId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        ownerId: input.ownerId ?? null,
        dueOn: input.dueOn ?? null,
        itemStatus: isActionItem ? 'open' : null,
        proposalId: input.proposalId ?? null,
        milestoneId: input.milestoneId ?? null,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'meeting.outcome_add',
      recordKind: 'outcome',
      recordId: id,
      groupId: meeting.groupId,
      details: { meetingId, kind: input.kind, title: input.title },
    });
    if (isActionItem && input.ownerId && input.ownerId !== actor.userId) {
      await notifyUsers(tx, {
        userIds: [input.ownerId],
        access,
        kind: 'action_item.assigned',
        title: `Action item for you: ${input.title}`,
        body: `From round ${meeting.round} ("${meeting.title}"), due ${input.dueOn}.`,
        link: `/meetings/${meetingId}`,
        recordKind: 'outcome',
        recordId: id,
      });
    }
    tx.publish({
      type: 'outcome.created',
      groupId: meeting.groupId,
      recordKind: 'outcome',
      recordId: id,
      access,
    });
  });
  return (await findOutcome(ctx.db, id))!;
}

export async function updateOutcome(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof updateOutcomeInputSchema>,
) {
  if (!ctx.actor) throw unauthenticated();
  const actor = ctx.actor;
  const current = await findOutcome(ctx.db, id);
  if (!current || !canSeeMeeting(actor, accessOf(current))) throw notFound('outcome');
  if (!canWriteMeeting(actor, accessOf(current)))
    throw forbidden('not_allowed', 'Observers do not edit outcomes');
  if (input.status !== undefined && current.kind !== 'action_item')
    throw invalidField('body.status', 'only an action item has a status');
  if (input.ownerId) await checkOwner(ctx, current.groupId, input.ownerId, 'body.ownerId');
  await inTransaction(ctx, async (tx) => {
    const result = await tx.trx
      .updateTable('meetingOutcomes')
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
        ...(input.status !== undefined ? { itemStatus: input.status } : {}),
        version: current.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw new AppError('precondition_failed', 'The outcome changed meanwhile; reload and try again', {
        status: 412,
      });
    await tx.audit({
      action: 'meeting.outcome_update',
      recordKind: 'outcome',
      recordId: id,
      groupId: current.groupId,
      details: { fields: Object.keys(input), status: input.status ?? null },
    });
    tx.publish({
      type: 'outcome.updated',
      groupId: current.groupId,
      recordKind: 'outcome',
      recordId: id,
      access: accessOf(current),
    });
  });
  return (await findOutcome(ctx.db, id))!;
}

export async function findActionItems(ctx: ServiceContext, groupId: string, filter: { overdue: boolean }) {
  const { actor } = await requireMembership(ctx, groupId);
  const today = todayOf(ctx.clock.now());
  return listVisibleActionItems(ctx.db, actor, groupId, filter.overdue ? { overdueOn: today } : {});
}

/** Open action items past their due date that the user may see, for the group home. */
export async function findOverdueActionItems(ctx: ServiceContext, groupId: string): Promise<OutcomeRow[]> {
  const rows = await findActionItems(ctx, groupId, { overdue: true });
  const today = todayOf(ctx.clock.now());
  return rows.filter((r) => isRowOverdue(r, today));
}

/**
 * Periodic task: tells each owner once, in the days before the due date, that an action item is due.
 * The dedupe key holds the due date, so moving the date brings a new reminder.
 */
export async function remindActionItemOwners(deps: AppDeps): Promise<void> {
  const ctx = systemContext(deps);
  const now = deps.clock.now();
  const today = todayOf(now);
  const lastDay = new Date(now.getTime() + REMINDER_DAYS * 86_400_000).toISOString().slice(0, 10);
  const rows = await listOpenActionItemsDueBy(deps.db, lastDay);
  for (const row of rows) {
    if (!row.dueOn || !row.ownerId) continue;
    if (!actionItemReminderDue({ dueOn: row.dueOn, status: 'open' }, today, REMINDER_DAYS)) continue;
    const meeting = await findMeeting(deps.db, row.meetingId);
    const ownerId = row.ownerId;
    const dueOn = row.dueOn;
    await inTransaction(ctx, async (tx) => {
      const sent = await notifyUsers(tx, {
        userIds: [ownerId],
        access: accessOf(row),
        kind: 'action_item.reminder',
        title: `Due ${dueOn}: ${row.title}`,
        body: `Your action item from round ${meeting?.round ?? '?'} is due on ${dueOn}.`,
        link: `/meetings/${row.meetingId}`,
        recordKind: 'outcome',
        recordId: row.id,
        dedupeKey: `action-item-reminder:${row.id}:${dueOn}`,
      });
      if (sent.length > 0)
        await tx.audit({
          action: 'meeting.action_item_reminder',
          recordKind: 'outcome',
          recordId: row.id,
          groupId: row.groupId,
          details: { dueOn },
        });
    });
  }
}
