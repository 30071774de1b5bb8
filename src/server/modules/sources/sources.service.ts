import { htmlToArticleText } from '../../../core/context/html-to-text.js';
import { MAX_SOURCE_CHARS } from '../../../core/context/limits.js';
import type { CreateSourceInput } from '../../../core/contract/sources.js';
import { classificationRank, type ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { RecordAccess } from '../access/actor.js';
import { parseJsonArray, type GroupRow } from '../groups/groups.repository.js';
import { requireMembership } from '../groups/groups.service.js';
import { indexForSearch } from '../search/search-index.js';
import { findLinkableRecords } from '../timeline/timeline.records.js';
import { mergeSourceEvents } from '../timeline/timeline.merge.js';
import { accessOf } from './context-access.js';
import { canCreateSource, canEditSource, canSeeSource } from './sources.policy.js';
import { readSourceText, recordSourcePeople, storedExtraction } from './sources.extract.js';
import { findSource, listVisibleSources, type SourceRow } from './sources.repository.js';

/** Article text of the pasted or uploaded source: markup, scripts and site furniture removed. */
export function articleTextOf(input: Pick<CreateSourceInput, 'text' | 'format'>): string {
  const text = input.format === 'html' ? htmlToArticleText(input.text) : input.text.replace(/\r\n?/g, '\n');
  return text.trim().slice(0, MAX_SOURCE_CHARS);
}

/** The rank of a classification the group uses; 400 naming the field otherwise. */
function rankOf(ctx: ServiceContext, group: GroupRow, classification: string): number {
  const levels = parseJsonArray(group.classificationLevels);
  const rank = classificationRank(ctx.config, classification);
  if (!levels.includes(classification) || rank < 0) {
    throw new AppError('validation_failed', `Unknown classification ${classification}`, {
      details: { fields: [{ field: 'body.classification', message: `must be one of ${levels.join(', ')}` }] },
    });
  }
  return rank;
}

export interface SourceAuthor {
  userId: string;
  party: string;
}

/**
 * Stores a source with what was extracted from it and folds its events into the timeline. Used by the API and
 * by the demo seeder; the caller has checked that `author` may write at `access`.
 */
export async function ingestSource(
  ctx: ServiceContext,
  author: SourceAuthor,
  access: RecordAccess,
  input: CreateSourceInput,
): Promise<string> {
  const text = articleTextOf(input);
  if (text === '') {
    throw new AppError('validation_failed', 'The source has no article text', {
      details: { fields: [{ field: 'body.text', message: 'no article text left after removing markup' }] },
    });
  }
  const reading = await readSourceText(ctx, access, text, input.publishedAt ?? null);
  const { publishedOn, publication } = reading.extraction;
  // Other modules' records are read before the transaction: a missing table must not abort it.
  const records = publishedOn ? await findLinkableRecords(ctx, access) : [];
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const source = { id, access, classification: input.classification };
    const people = await recordSourcePeople(tx, source, reading);
    await tx.trx
      .insertInto('sources')
      .values({
        id,
        ...access,
        classification: input.classification,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
        kind: input.kind,
        outlet: input.outlet,
        title: input.title,
        url: input.url ?? '',
        publishedAt: input.publishedAt ?? publication?.instant ?? publishedOn,
        publishedOn,
        needsPublicationDate: publishedOn === null ? 1 : 0,
        format: input.format,
        text,
        extraction: JSON.stringify(storedExtraction(reading.extraction, people)),
        authorId: author.userId,
        version: 1,
      })
      .execute();
    // Without a publication date, relative dates mean nothing yet: no events until someone gives it.
    const events = publishedOn ? await mergeSourceEvents(tx, source, reading.extraction.events, records) : [];
    await indexForSearch(tx.trx, ctx.dbKind, {
      recordKind: 'source',
      recordId: id,
      ...access,
      title: input.title,
      body: `${input.outlet}. ${text}`,
    });
    await tx.audit({
      action: 'source.create',
      recordKind: 'source',
      recordId: id,
      groupId: access.groupId,
      details: {
        title: input.title,
        outlet: input.outlet,
        visibility: access.visibility,
        classification: input.classification,
        people: people.length,
        events,
      },
    });
    tx.publish({
      type: 'source.created',
      groupId: access.groupId,
      recordKind: 'source',
      recordId: id,
      access,
    });
    for (const eventId of events) {
      tx.publish({
        type: 'timeline_event.updated',
        groupId: access.groupId,
        recordKind: 'timeline_event',
        recordId: eventId,
        access,
      });
    }
  });
  return id;
}

export async function createSource(
  ctx: ServiceContext,
  groupId: string,
  input: CreateSourceInput,
): Promise<SourceRow> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const rank = rankOf(ctx, group, input.classification);
  if (!canCreateSource(actor, groupId, rank) || !actor.party)
    throw forbidden('not_allowed', 'You may not add sources at this classification in this group');
  const access = { groupId, visibility: input.visibility, party: actor.party, classificationRank: rank };
  const id = await ingestSource(ctx, { userId: actor.userId, party: actor.party }, access, input);
  return (await findSource(ctx.db, id))!;
}

export async function findSources(
  ctx: ServiceContext,
  groupId: string,
  filter: { kind?: string | undefined },
) {
  const { actor } = await requireMembership(ctx, groupId);
  return listVisibleSources(ctx.db, actor, groupId, filter);
}

/** Reads a source; reads of classified sources go into the audit log. */
export async function readSource(ctx: ServiceContext, id: string): Promise<SourceRow> {
  if (!ctx.actor) throw unauthenticated();
  const source = await findSource(ctx.db, id);
  if (!source || !canSeeSource(ctx.actor, source)) throw notFound('source');
  if (source.classificationRank > 0) {
    await inTransaction(ctx, (tx) =>
      tx.audit({
        action: 'source.read',
        recordKind: 'source',
        recordId: id,
        groupId: source.groupId,
        details: { classification: source.classification },
      }),
    );
  }
  return source;
}

/**
 * Gives a source the publication date it lacked: its relative dates resolve ("on Tuesday") and its events
 * reach the timeline.
 */
export async function setSourcePublicationDate(
  ctx: ServiceContext,
  id: string,
  publishedAt: string,
  checkVersion: (current: SourceRow) => void,
): Promise<SourceRow> {
  if (!ctx.actor) throw unauthenticated();
  const current = await findSource(ctx.db, id);
  if (!current || !canSeeSource(ctx.actor, current)) throw notFound('source');
  if (!canEditSource(ctx.actor, current))
    throw forbidden('not_allowed', 'Only the party that added the source completes it');
  checkVersion(current);
  if (current.needsPublicationDate !== 1)
    throw conflict('publication_date_known', 'The source already has its publication date');
  const access = accessOf(current);
  const reading = await readSourceText(ctx, access, current.text, publishedAt);
  const { publishedOn } = reading.extraction;
  const records = publishedOn ? await findLinkableRecords(ctx, access) : [];
  await inTransaction(ctx, async (tx) => {
    const source = { id, access, classification: current.classification };
    const people = await recordSourcePeople(tx, source, reading);
    const result = await tx.trx
      .updateTable('sources')
      .set({
        publishedAt,
        publishedOn,
        needsPublicationDate: publishedOn === null ? 1 : 0,
        extraction: JSON.stringify(storedExtraction(reading.extraction, people)),
        version: current.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The source changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    const events = publishedOn ? await mergeSourceEvents(tx, source, reading.extraction.events, records) : [];
    await tx.audit({
      action: 'source.set_published_at',
      recordKind: 'source',
      recordId: id,
      groupId: current.groupId,
      details: { publishedAt, events },
    });
    tx.publish({
      type: 'source.updated',
      groupId: current.groupId,
      recordKind: 'source',
      recordId: id,
      access,
    });
  });
  return (await findSource(ctx.db, id))!;
}
