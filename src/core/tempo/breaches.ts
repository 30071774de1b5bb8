import { addDays } from './dates.js';
import { roundPoints } from './track-index.js';
import type { Breach, GapPoint, IndexPoint, Leader, OpenBreach } from './types.js';

/** Gap A − B for every date both series cover, in A's order. */
export function computeGap(seriesA: readonly IndexPoint[], seriesB: readonly IndexPoint[]): GapPoint[] {
  const valuesB = new Map(seriesB.map((point) => [point.date, point.value]));
  const gaps: GapPoint[] = [];
  for (const point of seriesA) {
    const valueB = valuesB.get(point.date);
    if (valueB !== undefined) gaps.push({ date: point.date, gap: roundPoints(point.value - valueB) });
  }
  return gaps;
}

/**
 * Runs of days where |gap| > tolerance (strictly). A run ends on the last day beyond tolerance, when the
 * leader changes (the new leader starts a new breach) or at a hole in the dates.
 * The last breach stays open (endedOn null) if it lasts to the end of the series.
 */
export function findBreaches(gapSeries: readonly GapPoint[], tolerance: number): Breach[] {
  const breaches: Breach[] = [];
  let open: Breach | null = null;
  let previousDate: string | null = null;
  for (const { date, gap } of gapSeries) {
    const isContiguous = previousDate !== null && addDays(previousDate, 1) === date;
    if (open && (!isContiguous || Math.abs(gap) <= tolerance || leaderOf(gap) !== open.leader)) {
      open.endedOn = previousDate;
      open = null;
    }
    if (Math.abs(gap) > tolerance) {
      if (!open) {
        open = { startedOn: date, endedOn: null, leader: leaderOf(gap), maxGap: 0 };
        breaches.push(open);
      }
      open.maxGap = Math.max(open.maxGap, Math.abs(gap));
    }
    previousDate = date;
  }
  return breaches;
}

function leaderOf(gap: number): Leader {
  return gap > 0 ? 'A' : 'B';
}

function keyOf(breach: OpenBreach): string {
  return `${breach.pairId}|${breach.startedOn}|${breach.leader}`;
}

/**
 * What to notify between two evaluations: breaches newly open, and breaches no longer open.
 * Keep `from` of the window fixed between evaluations, otherwise startedOn moves and a breach looks new.
 */
export function diffBreachState<T extends OpenBreach>(
  previousOpenBreaches: readonly T[],
  currentOpenBreaches: readonly T[],
): { started: T[]; ended: T[] } {
  const previousKeys = new Set(previousOpenBreaches.map(keyOf));
  const currentKeys = new Set(currentOpenBreaches.map(keyOf));
  return {
    started: uniqueByKey(currentOpenBreaches.filter((breach) => !previousKeys.has(keyOf(breach)))),
    ended: uniqueByKey(previousOpenBreaches.filter((breach) => !currentKeys.has(keyOf(breach)))),
  };
}

function uniqueByKey<T extends OpenBreach>(breaches: T[]): T[] {
  const seen = new Set<string>();
  return breaches.filter((breach) => {
    const key = keyOf(breach);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
