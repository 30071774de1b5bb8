import { listDays } from './dates.js';
import type { IndexPoint, TempoMilestone } from './types.js';

// Reversal rule, read literally as "weight achieved minus weight reversed by that day":
// - an achieved milestone adds +w from achievedOn onward;
// - a reversed milestone that had been achieved adds +w from achievedOn and −w from reversedOn,
//   so after the reversal it nets 0: the track falls back to where it was before the achievement;
// - a reversed milestone never achieved (e.g. talks that were postponed) nets −w from reversedOn: a setback
//   that pulls the track below where it stood.
// The status is the current truth: planned / in-progress milestones add nothing even if a date is filled
// in, and reversedOn only counts on a milestone whose status is 'reversed'.

/** Rounds away float noise (100 × 1 / 3 …) so that ties with a tolerance compare as ties. */
export function roundPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function usableWeight(milestone: TempoMilestone): number {
  return Number.isFinite(milestone.weight) && milestone.weight > 0 ? milestone.weight : 0;
}

/** Total weight of all the track's milestones, planned ones included. */
export function sumWeight(milestones: readonly TempoMilestone[]): number {
  return milestones.reduce((sum, milestone) => sum + usableWeight(milestone), 0);
}

/** Dated changes of net achieved weight a milestone causes: [date, delta]. */
function listWeightChanges(milestone: TempoMilestone): [string, number][] {
  const weight = usableWeight(milestone);
  const changes: [string, number][] = [];
  if (milestone.status !== 'achieved' && milestone.status !== 'reversed') return changes;
  if (milestone.achievedOn) changes.push([milestone.achievedOn, weight]);
  if (milestone.status === 'reversed' && milestone.reversedOn) changes.push([milestone.reversedOn, -weight]);
  return changes;
}

/**
 * Daily index (0..100) of one track over from..to, both included. Pass the track's milestones only.
 * Milestones achieved before `from` count from the first day; those after `to` do not count.
 * A track without milestone weight reads 0 every day.
 */
export function computeTrackIndex(
  milestones: readonly TempoMilestone[],
  from: string,
  to: string,
): IndexPoint[] {
  const days = listDays(from, to);
  const total = sumWeight(milestones);
  if (total === 0) return days.map((date) => ({ date, value: 0 }));

  // YYYY-MM-DD strings sort like the dates they name, so a sweep over sorted changes suffices.
  const changes = milestones.flatMap(listWeightChanges).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let next = 0;
  let net = 0;
  return days.map((date) => {
    while (next < changes.length) {
      const change = changes[next];
      if (!change || change[0] > date) break;
      net += change[1];
      next += 1;
    }
    const value = Math.min(100, Math.max(0, (100 * net) / total));
    return { date, value: roundPoints(value) };
  });
}
