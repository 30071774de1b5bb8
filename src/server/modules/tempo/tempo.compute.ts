import {
  addDays,
  computeTempo,
  MAX_WINDOW_DAYS,
  type TempoMilestone,
  type TempoResult,
} from '../../../core/tempo/index.js';
import type { Queryable } from '../../db/database.js';
import { listGroupTracks, listTrackPairs } from './tempo.repository.js';

export type GroupTrack = Awaited<ReturnType<typeof listGroupTracks>>[number];
export type GroupPair = Awaited<ReturnType<typeof listTrackPairs>>[number];

export interface GroupTempo {
  tracks: GroupTrack[];
  pairs: GroupPair[];
  result: TempoResult<GroupPair>;
  from: string;
  to: string;
}

/** The calendar date of an instant, in UTC. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The earliest day a milestone moved the index, or null when none did. */
export function findEarliestChange(milestones: readonly TempoMilestone[]): string | null {
  let earliest: string | null = null;
  for (const m of milestones) {
    for (const date of [m.achievedOn, m.reversedOn]) {
      if (date && (earliest === null || date < earliest)) earliest = date;
    }
  }
  return earliest;
}

/**
 * A window start that does not depend on today: the day before the first change, so that every breach's
 * startedOn is a fact of the data (diffBreachState needs it stable between evaluations).
 */
export function findHistoryStart(milestones: readonly TempoMilestone[], to: string): string {
  const earliest = findEarliestChange(milestones);
  const start = earliest && earliest <= to ? addDays(earliest, -1) : to;
  return clampWindowStart(start, to);
}

export function clampWindowStart(from: string, to: string): string {
  const earliestAllowed = addDays(to, -(MAX_WINDOW_DAYS - 1));
  return from < earliestAllowed ? earliestAllowed : from;
}

/** The tempo of a group's tracks and pairs over from..to, counting only the milestones passed in. */
export async function computeGroupTempo(
  db: Queryable,
  groupId: string,
  milestones: readonly TempoMilestone[],
  window: { from: string; to: string },
): Promise<GroupTempo> {
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const tracks = await listGroupTracks(db, groupId);
  const pairs = await listTrackPairs(db, groupId);
  const result = computeTempo({
    tracks: tracks.map((t) => ({ id: t.id })),
    milestones,
    pairs: pairs.map((p) => ({ ...p, tolerance: Number(p.tolerance) })),
    from: window.from,
    to: window.to,
  });
  return { tracks, pairs, result, ...window };
}
