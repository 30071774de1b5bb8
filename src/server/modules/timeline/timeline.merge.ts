// From the modules themselves, not the index, which loads the language readers (see timeline.service.ts).
import {
  matchRecord,
  mergeEvents,
  type Disagreement,
  type GroupRecord,
  type TimelineEventDraft,
} from '../../../core/context/event-merge.js';
import type { CandidateEvent, DatePrecision, EventKind } from '../../../core/context/types.js';
import type { Tx } from '../../db/unit-of-work.js';
import { newId } from '../../ids.js';
import type { RecordAccess } from '../access/actor.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { accessOf, isSameAccess } from '../sources/context-access.js';
import { listEventSourceRows, listEventsCoveredBy, type TimelineEventRow } from './timeline.repository.js';

export interface SourceForMerge {
  id: string;
  access: RecordAccess;
  classification: string;
}

export function parseDisagreements(json: string): Disagreement[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Disagreement[]) : [];
  } catch {
    return [];
  }
}

export function linkOf(match: ReturnType<typeof matchRecord>): Record<string, string> {
  if (!match) return {};
  return { [`${match.kind}Id`]: match.id };
}

/** Whether an event is linked to one of the group's records. */
export function hasLink(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  } catch {
    return false;
  }
}

/** A stored event with its sources, as the merge rules read it. */
export function draftOf(
  row: TimelineEventRow,
  sources: Awaited<ReturnType<typeof listEventSourceRows>>,
): TimelineEventDraft {
  return {
    id: row.id,
    date: row.date,
    precision: row.precision as DatePrecision,
    kind: row.kind as EventKind,
    title: row.title,
    place: row.place,
    people: parseJsonArray(row.people),
    sources: sources
      .filter((s) => s.eventId === row.id)
      .map((s) => ({
        sourceId: s.sourceId,
        sentence: s.sentence,
        date: s.date,
        precision: s.precision as DatePrecision,
        place: s.place,
      })),
    disagreements: parseDisagreements(row.disagreements),
  };
}

async function loadDrafts(tx: Tx, access: RecordAccess) {
  const rows = await listEventsCoveredBy(tx.trx, access);
  const sources = await listEventSourceRows(
    tx.trx,
    rows.map((r) => r.id),
  );
  const byId = new Map<string, TimelineEventRow>(rows.map((r) => [r.id, r]));
  const drafts = rows.map((r) => draftOf(r, sources));
  return { drafts, byId };
}

/**
 * Folds a source's candidate events into the group's timeline and returns the ids of the events it reports.
 *
 * Access rule: a source only merges into events at most as restrictive as itself (a shared source never
 * touches a party-only event). New events take the source's access. When a more restricted source (party-only,
 * or classified higher) corroborates a less restricted event, it adds only its source link: the event's
 * date, place and people stay as the less restricted sources gave them, and its title and sentence reach only
 * viewers who may see the source, as the sources list is filtered per viewer.
 */
export async function mergeSourceEvents(
  tx: Tx,
  source: SourceForMerge,
  candidates: readonly CandidateEvent[],
  records: readonly GroupRecord[],
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const { drafts, byId } = await loadDrafts(tx, source.access);
  const merged = mergeEvents(
    drafts,
    candidates.map((c) => ({ ...c, sourceId: source.id })),
  );
  const touched: string[] = [];
  for (const draft of merged) {
    const existing = draft.id ? byId.get(draft.id) : undefined;
    const before = existing ? drafts.find((d) => d.id === existing.id) : undefined;
    const added = draft.sources.filter(
      (s) => !before?.sources.some((b) => b.sourceId === s.sourceId && b.sentence === s.sentence),
    );
    if (added.length === 0) continue;
    const eventId = existing?.id ?? newId();
    touched.push(eventId);
    if (!existing) {
      await tx.trx
        .insertInto('timelineEvents')
        .values({
          id: eventId,
          ...source.access,
          classification: source.classification,
          createdAt: tx.nowIso,
          updatedAt: tx.nowIso,
          date: draft.date,
          precision: draft.precision,
          kind: draft.kind,
          title: draft.title,
          place: draft.place,
          people: JSON.stringify(draft.people),
          status: 'candidate',
          link: JSON.stringify(linkOf(matchRecord(draft, records))),
          disagreements: JSON.stringify(draft.disagreements),
          decidedBy: null,
          decidedAt: null,
          version: 1,
        })
        .execute();
    } else if (isSameAccess(accessOf(existing), source.access)) {
      await tx.trx
        .updateTable('timelineEvents')
        .set({
          date: draft.date,
          precision: draft.precision,
          place: draft.place,
          people: JSON.stringify(draft.people),
          disagreements: JSON.stringify(draft.disagreements),
          ...(hasLink(existing.link) ? {} : { link: JSON.stringify(linkOf(matchRecord(draft, records))) }),
          version: existing.version + 1,
          updatedAt: tx.nowIso,
        })
        .where('id', '=', eventId)
        .execute();
    } else {
      // Disagreement values name their sources and are filtered per viewer when shown.
      await tx.trx
        .updateTable('timelineEvents')
        .set({
          disagreements: JSON.stringify(draft.disagreements),
          version: existing.version + 1,
          updatedAt: tx.nowIso,
        })
        .where('id', '=', eventId)
        .execute();
    }
    for (const s of added) {
      await tx.trx
        .insertInto('timelineEventSources')
        .values({
          id: newId(),
          eventId,
          sourceId: s.sourceId,
          sentence: s.sentence,
          date: s.date,
          precision: s.precision,
          place: s.place,
          createdAt: tx.nowIso,
        })
        .execute();
    }
  }
  return [...new Set(touched)];
}
