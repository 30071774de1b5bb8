// From the module itself, not the index: the index loads the language readers (compromise, chrono-node),
// which only extraction needs, on first use.
import { combineEvents, matchRecord, splitEvent } from '../../../core/context/event-merge.js';
import type { EventKind } from '../../../core/context/types.js';
import type {
  TimelineItem,
  TimelineQuery,
  UpdateTimelineEventInput,
} from '../../../core/contract/timeline.js';
import type { ServiceContext } from '../../context.js';
import type { Updateable } from 'kysely';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import type { TimelineEventsTable } from '../sources/sources.tables.js';
import { newId } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import { canSeeRecord } from '../access/access.policy.js';
import { conflict, forbidden, invalidField, notFound, unauthenticated } from '../../http/errors.js';
import { requireMembership } from '../groups/groups.service.js';
import { accessOf } from '../sources/context-access.js';
import {
  canDecideTimelineEvent,
  canSeeTimelineEvent,
  nextEventStatus,
  type TimelineEventAction,
} from './timeline.policy.js';
import { presentTimelineEvent } from './timeline.present.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { draftOf, hasLink, linkOf } from './timeline.merge.js';
import { findLinkableRecords, findRecordItems, recordIdsOfTrack } from './timeline.records.js';
import {
  findTimelineEvent,
  listEventSourceRows,
  listVisibleEventSources,
  listVisibleEvents,
  type TimelineEventRow,
} from './timeline.repository.js';

function byDate(a: TimelineItem, b: TimelineItem): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title);
}

/** One timeline: the group's own records and accepted events; candidate events apart, awaiting a decision. */
export async function getTimeline(
  ctx: ServiceContext,
  groupId: string,
  query: TimelineQuery,
): Promise<{ items: TimelineItem[]; candidates: TimelineItem[] }> {
  const { actor } = await requireMembership(ctx, groupId);
  const inRange = (item: { date: string; kind: string; party: string }) =>
    (!query.from || item.date >= query.from) &&
    (!query.to || item.date <= query.to) &&
    (!query.kind || item.kind === query.kind) &&
    (!query.party || item.party === query.party);
  const records = (await findRecordItems(ctx, actor, groupId, query))
    .filter(inRange)
    .map((r): TimelineItem => ({ ...r, abilities: {} }));
  // An outside event is on a track through the record it is linked to.
  const onTrack = query.track ? await recordIdsOfTrack(ctx.db, actor, groupId, query.track) : null;
  const events = await listVisibleEvents(ctx.db, actor, groupId, query);
  const sources = await listVisibleEventSources(
    ctx.db,
    actor,
    events.map((e) => e.id),
  );
  const presented = events
    .map((e) => presentTimelineEvent(e, sources, actor))
    .filter((e) => !onTrack || Object.values(e.link).some((id) => onTrack.has(id)));
  return {
    items: [...records, ...presented.filter((e) => e.status === 'accepted')].sort(byDate),
    candidates: presented.filter((e) => e.status === 'candidate').sort(byDate),
  };
}

export async function readTimelineEvent(ctx: ServiceContext, id: string): Promise<TimelineItem> {
  if (!ctx.actor) throw unauthenticated();
  const row = await findTimelineEvent(ctx.db, id);
  if (!row || !canSeeTimelineEvent(ctx.actor, row)) throw notFound('timeline event');
  const sources = await listVisibleEventSources(ctx.db, ctx.actor, [id]);
  return presentTimelineEvent(row, sources, ctx.actor);
}

/** The event a member is about to change: signed in, may see it (else 404), not an observer (403). */
async function eventToChange(
  ctx: ServiceContext,
  id: string,
  verb: string,
): Promise<{ actor: Actor; row: TimelineEventRow }> {
  if (!ctx.actor) throw unauthenticated();
  const row = await findTimelineEvent(ctx.db, id);
  if (!row || !canSeeTimelineEvent(ctx.actor, row)) throw notFound('timeline event');
  if (!canDecideTimelineEvent(ctx.actor, row))
    throw forbidden('not_allowed', `Observers do not ${verb} timeline events`);
  return { actor: ctx.actor, row };
}

/** Writes to the event as it was read (its version bumped), or answers 409 when it changed meanwhile. */
async function writeEvent(
  tx: Tx,
  row: TimelineEventRow,
  set: Updateable<TimelineEventsTable>,
): Promise<void> {
  const result = await tx.trx
    .updateTable('timelineEvents')
    .set({ ...set, version: row.version + 1, updatedAt: tx.nowIso })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw conflict('event_changed', 'The event changed meanwhile; reload and try again');
}

function refuseRejected(row: TimelineEventRow, done: string): void {
  if (row.status === 'rejected')
    throw conflict('event_rejected', `A rejected event is not ${done}; accept it first if it happened`);
}

/** Accepts an extracted event onto the timeline, or rejects it; audit-logged. */
export async function transitionTimelineEvent(
  ctx: ServiceContext,
  id: string,
  action: TimelineEventAction,
): Promise<TimelineItem> {
  const { actor, row } = await eventToChange(ctx, id, 'accept or reject');
  const next = nextEventStatus(row.status, action);
  if (!next) throw conflict(`event_already_${row.status}`, `The event is already ${row.status}`);
  await inTransaction(ctx, async (tx) => {
    await writeEvent(tx, row, {
      status: next,
      decidedBy: actor.userId,
      decidedAt: tx.nowIso,
    });
    await tx.audit({
      action: `timeline_event.${action}`,
      recordKind: 'timeline_event',
      recordId: id,
      groupId: row.groupId,
      details: { before: row.status, after: next, title: row.title, date: row.date },
    });
    tx.publish({
      type: 'timeline_event.updated',
      groupId: row.groupId,
      recordKind: 'timeline_event',
      recordId: id,
      access: accessOf(row),
    });
  });
  return readTimelineEvent(ctx, id);
}

/**
 * A member's correction of an extracted event (title, date, kind, place, people), before or after accepting it. A
 * changed date, place or people links the event anew to the group's meeting, proposal or statement it matches.
 * Audit-logged by the fields changed; `checkVersion` is the route's If-Match.
 */
export async function updateTimelineEvent(
  ctx: ServiceContext,
  id: string,
  input: UpdateTimelineEventInput,
  checkVersion: (row: TimelineEventRow) => void,
): Promise<TimelineItem & { version: number }> {
  const { row } = await eventToChange(ctx, id, 'correct');
  refuseRejected(row, 'corrected');
  checkVersion(row);
  const next = {
    title: input.title ?? row.title,
    date: input.date ?? row.date,
    // A date set by hand is a day.
    precision: input.date ? 'day' : row.precision,
    kind: input.kind ?? row.kind,
    place: input.place === undefined ? row.place : input.place,
    people: JSON.stringify(input.people ?? parseJsonArray(row.people)),
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((field) => next[field] !== row[field]);
  if (changed.length === 0) return { ...(await readTimelineEvent(ctx, id)), version: row.version };
  const relink = changed.some((field) => field === 'date' || field === 'place' || field === 'people');
  const link = relink
    ? JSON.stringify(
        linkOf(
          matchRecord(
            {
              date: next.date,
              precision: next.precision === 'week' || next.precision === 'month' ? next.precision : 'day',
              kind: next.kind as EventKind,
              place: next.place,
              people: parseJsonArray(next.people),
            },
            await findLinkableRecords(ctx, accessOf(row)),
          ),
        ),
      )
    : row.link;
  await inTransaction(ctx, async (tx) => {
    await writeEvent(tx, row, { ...next, link });
    await tx.audit({
      action: 'timeline_event.update',
      recordKind: 'timeline_event',
      recordId: id,
      groupId: row.groupId,
      details: { changed },
    });
    tx.publish({
      type: 'timeline_event.updated',
      groupId: row.groupId,
      recordKind: 'timeline_event',
      recordId: id,
      access: accessOf(row),
    });
  });
  return { ...(await readTimelineEvent(ctx, id)), version: row.version + 1 };
}

/** Two events have the same readers: the same group and classification, both shared or both one party's. */
function haveSameReaders(a: TimelineEventRow, b: TimelineEventRow): boolean {
  return (
    a.groupId === b.groupId &&
    a.visibility === b.visibility &&
    a.classificationRank === b.classificationRank &&
    (a.visibility === 'shared' || a.party === b.party)
  );
}

/**
 * A member's judgement that the extraction made two events of one (two reports ten days apart, a misread venue):
 * `otherId`'s sources join event `id` with its people, and its place and date where `id` has none or a coarser
 * one; the sources' disagreements are computed again, and `otherId` goes (the audit entry keeps what it was). The
 * result is accepted if either was. Only events with the same readers merge, so that nothing one side may not see
 * reaches an event it sees. `checkVersion` is the route's If-Match on `id`.
 */
export async function mergeTimelineEvents(
  ctx: ServiceContext,
  id: string,
  otherId: string,
  checkVersion: (row: TimelineEventRow) => void,
): Promise<TimelineItem & { version: number }> {
  const { actor, row } = await eventToChange(ctx, id, 'merge');
  if (otherId === id) throw invalidField('body.eventId', 'an event is not merged into itself');
  const other = await findTimelineEvent(ctx.db, otherId);
  // An event the member may not see answers as one that does not exist.
  if (!other || !canSeeTimelineEvent(actor, other) || other.groupId !== row.groupId)
    throw invalidField('body.eventId', 'no such event on this group’s timeline');
  refuseRejected(row, 'merged');
  refuseRejected(other, 'merged');
  if (!haveSameReaders(row, other))
    throw conflict(
      'event_readers_differ',
      'These events are seen by different readers (visibility or classification); they are not merged',
    );
  checkVersion(row);
  const sourceRows = await listEventSourceRows(ctx.db, [id, otherId]);
  const combined = combineEvents(draftOf(row, sourceRows), draftOf(other, sourceRows));
  const link = hasLink(row.link) ? row.link : other.link;
  const status = row.status === 'accepted' || other.status === 'accepted' ? 'accepted' : row.status;
  await inTransaction(ctx, async (tx) => {
    await writeEvent(tx, row, {
      date: combined.date,
      precision: combined.precision,
      place: combined.place,
      people: JSON.stringify(combined.people),
      disagreements: JSON.stringify(combined.disagreements),
      link,
      status,
      ...(status !== row.status ? { decidedBy: other.decidedBy, decidedAt: other.decidedAt } : {}),
    });
    // A sentence both events hold stays once, on the event that remains.
    const held = new Set(
      sourceRows.filter((s) => s.eventId === id).map((s) => `${s.sourceId}\u001f${s.sentence}`),
    );
    for (const s of sourceRows.filter((r) => r.eventId === otherId)) {
      if (held.has(`${s.sourceId}\u001f${s.sentence}`))
        await tx.trx.deleteFrom('timelineEventSources').where('id', '=', s.id).execute();
      else
        await tx.trx
          .updateTable('timelineEventSources')
          .set({ eventId: id })
          .where('id', '=', s.id)
          .execute();
    }
    const removed = await tx.trx
      .deleteFrom('timelineEvents')
      .where('id', '=', otherId)
      .where('version', '=', other.version)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0)
      throw conflict('event_changed', 'The other event changed meanwhile; reload and try again');
    await tx.audit({
      action: 'timeline_event.merge',
      recordKind: 'timeline_event',
      recordId: id,
      groupId: row.groupId,
      details: { merged: otherId, mergedStatus: other.status, sources: combined.sources.length },
    });
    for (const recordId of [id, otherId])
      tx.publish({
        type: 'timeline_event.updated',
        groupId: row.groupId,
        recordKind: 'timeline_event',
        recordId,
        access: accessOf(row),
      });
  });
  return { ...(await readTimelineEvent(ctx, id)), version: row.version + 1 };
}

/**
 * A member's judgement that one of an event's sources reports another event (the automatic corroboration joined
 * two meetings of the same week): that source's sentences leave the event and make a new candidate, dated and
 * placed as the source gave it, with the source's own readers (a party-only source that corroborated a shared
 * event makes a party-only event) and linked to the group's record it matches. The event keeps the rest; what its
 * sources disagree on is computed again. `checkVersion` is the route's If-Match on `id`.
 */
export async function splitTimelineEvent(
  ctx: ServiceContext,
  id: string,
  sourceId: string,
  checkVersion: (row: TimelineEventRow) => void,
): Promise<{ event: TimelineItem & { version: number }; split: TimelineItem }> {
  const { actor, row } = await eventToChange(ctx, id, 'split');
  refuseRejected(row, 'split');
  const source = await ctx.db
    .selectFrom('sources')
    .select(['id', 'groupId', 'visibility', 'party', 'classification', 'classificationRank'])
    .where('id', '=', sourceId)
    .executeTakeFirst();
  const sourceRows = await listEventSourceRows(ctx.db, [id]);
  // A source the member may not see answers as one the event does not have.
  const notOurs = invalidField('body.sourceId', 'not a source of this event');
  if (!source || !canSeeRecord(actor, source) || !sourceRows.some((s) => s.sourceId === sourceId))
    throw notOurs;
  const parts = splitEvent(draftOf(row, sourceRows), sourceId);
  if (!parts)
    throw conflict('event_single_source', 'The event has no other source: correct or reject it instead');
  checkVersion(row);
  const access = accessOf(source);
  const splitLink = linkOf(matchRecord(parts.split, await findLinkableRecords(ctx, access)));
  const splitId = newId();
  await inTransaction(ctx, async (tx) => {
    await writeEvent(tx, row, {
      disagreements: JSON.stringify(parts.remaining.disagreements),
    });
    await tx.trx
      .insertInto('timelineEvents')
      .values({
        id: splitId,
        ...access,
        classification: source.classification,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
        date: parts.split.date,
        precision: parts.split.precision,
        kind: parts.split.kind,
        title: parts.split.title,
        place: parts.split.place,
        people: JSON.stringify(parts.split.people),
        status: 'candidate',
        link: JSON.stringify(splitLink),
        disagreements: JSON.stringify(parts.split.disagreements),
        decidedBy: null,
        decidedAt: null,
        version: 1,
      })
      .execute();
    await tx.trx
      .updateTable('timelineEventSources')
      .set({ eventId: splitId })
      .where('eventId', '=', id)
      .where('sourceId', '=', sourceId)
      .execute();
    await tx.audit({
      action: 'timeline_event.split',
      recordKind: 'timeline_event',
      recordId: id,
      groupId: row.groupId,
      details: { sourceId, into: splitId },
    });
    for (const [recordId, recordAccess] of [
      [id, accessOf(row)],
      [splitId, access],
    ] as const)
      tx.publish({
        type: 'timeline_event.updated',
        groupId: row.groupId,
        recordKind: 'timeline_event',
        recordId,
        access: recordAccess,
      });
  });
  return {
    event: { ...(await readTimelineEvent(ctx, id)), version: row.version + 1 },
    split: await readTimelineEvent(ctx, splitId),
  };
}
