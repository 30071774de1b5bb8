import type { Disagreement } from '../../../core/context/index.js';
import type { TimelineItem } from '../../../core/contract/timeline.js';
import type { Actor } from '../access/actor.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { parseDisagreements } from './timeline.merge.js';
import { canDecideTimelineEvent, nextEventStatus } from './timeline.policy.js';
import type { TimelineEventRow } from './timeline.repository.js';

export interface VisibleEventSource {
  eventId: string;
  sourceId: string;
  sentence: string;
  title: string;
  outlet: string;
}

/** Only what the viewer's sources say: a value from a source they may not see is not theirs to read. */
function visibleDisagreements(all: Disagreement[], visible: ReadonlySet<string>): Disagreement[] {
  return all.flatMap((d) => {
    const values = d.values.filter((v) => visible.has(v.sourceId));
    return new Set(values.map((v) => v.value)).size >= 2 ? [{ ...d, values }] : [];
  });
}

function parseLink(json: string): TimelineItem['link'] {
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    const link: TimelineItem['link'] = {};
    for (const key of ['meetingId', 'proposalId', 'statementId', 'milestoneId'] as const) {
      const id = value[key];
      if (typeof id === 'string') link[key] = id;
    }
    return link;
  } catch {
    return {};
  }
}

function statusOf(status: string): TimelineItem['status'] {
  return status === 'accepted' || status === 'rejected' ? status : 'candidate';
}

/** A timeline event as this viewer may see it: its sources and disagreements filtered to theirs. */
export function presentTimelineEvent(
  row: TimelineEventRow,
  sources: readonly VisibleEventSource[],
  actor: Actor | null,
): TimelineItem {
  const own = sources.filter((s) => s.eventId === row.id);
  const visible = new Set(own.map((s) => s.sourceId));
  const mayDecide = canDecideTimelineEvent(actor, row);
  return {
    id: row.id,
    recordKind: 'event',
    date: row.date,
    precision: row.precision === 'week' || row.precision === 'month' ? row.precision : 'day',
    title: row.title,
    kind: row.kind,
    place: row.place,
    people: parseJsonArray(row.people),
    status: statusOf(row.status),
    sources: own.map((s) => ({
      sourceId: s.sourceId,
      title: s.title,
      outlet: s.outlet,
      sentence: s.sentence,
    })),
    link: parseLink(row.link),
    disagreements: visibleDisagreements(parseDisagreements(row.disagreements), visible),
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: {
      accept: mayDecide && nextEventStatus(row.status, 'accept') !== null,
      reject: mayDecide && nextEventStatus(row.status, 'reject') !== null,
      // Correcting what the extraction got wrong: the same members, while the event is not rejected.
      edit: mayDecide && row.status !== 'rejected',
      // Folding another event of the same readers into this one: the same members, the same condition.
      merge: mayDecide && row.status !== 'rejected',
      // Splitting a source off: the same, when there is more than one source to keep one.
      split: mayDecide && row.status !== 'rejected' && new Set(own.map((s) => s.sourceId)).size > 1,
    },
  };
}
