import { computeGap, findBreaches } from './breaches.js';
import { computeTrackIndex, sumWeight } from './track-index.js';
import type { OpenBreach, PairTempo, TempoMilestone, TempoPair, TempoTrack, TrackSeries } from './types.js';

export interface TempoInput<P extends TempoPair = TempoPair> {
  tracks: readonly TempoTrack[];
  milestones: readonly TempoMilestone[];
  pairs: readonly P[];
  from: string;
  to: string;
}

export interface TempoResult<P extends TempoPair = TempoPair> {
  series: TrackSeries[];
  pairs: PairTempo<P>[];
}

/** Index series of every track, and for every pair its daily gap, breaches and the breach open now. */
export function computeTempo<P extends TempoPair>(input: TempoInput<P>): TempoResult<P> {
  const byTrack = new Map<string, TempoMilestone[]>();
  for (const milestone of input.milestones) {
    const list = byTrack.get(milestone.trackId) ?? [];
    list.push(milestone);
    byTrack.set(milestone.trackId, list);
  }
  const seriesByTrack = new Map<string, TrackSeries>();
  const seriesOf = (trackId: string): TrackSeries => {
    const known = seriesByTrack.get(trackId);
    if (known) return known;
    const milestones = byTrack.get(trackId) ?? [];
    const totalWeight = sumWeight(milestones);
    const series: TrackSeries = {
      trackId,
      points: computeTrackIndex(milestones, input.from, input.to),
      hasMilestones: totalWeight > 0,
      totalWeight,
    };
    seriesByTrack.set(trackId, series);
    return series;
  };

  const series = input.tracks.map((track) => seriesOf(track.id));
  const pairs = input.pairs.map((pair): PairTempo<P> => {
    const gaps = computeGap(seriesOf(pair.trackA).points, seriesOf(pair.trackB).points);
    const breaches = findBreaches(gaps, pair.tolerance);
    const last = breaches.at(-1);
    return { ...pair, gaps, breaches, currentBreach: last && last.endedOn === null ? last : null };
  });
  return { series, pairs };
}

/** The open breaches of a tempo result, keyed for diffBreachState. */
export function listOpenBreaches<P extends TempoPair>(result: TempoResult<P>): OpenBreach[] {
  return result.pairs.flatMap((pair) =>
    pair.currentBreach
      ? [
          {
            pairId: pair.id,
            startedOn: pair.currentBreach.startedOn,
            leader: pair.currentBreach.leader,
            maxGap: pair.currentBreach.maxGap,
          },
        ]
      : [],
  );
}
