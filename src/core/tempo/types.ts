export type MilestoneStatus = 'planned' | 'in_progress' | 'achieved' | 'reversed';

export interface TempoMilestone {
  id: string;
  trackId: string;
  /** 1–5 */
  weight: number;
  status: MilestoneStatus;
  achievedOn: string | null;
  reversedOn: string | null;
}

export interface IndexPoint {
  date: string;
  /** 0..100 */
  value: number;
}

export interface GapPoint {
  date: string;
  /** index of track A minus index of track B, in points */
  gap: number;
}

export type Leader = 'A' | 'B';

export interface Breach {
  /** first day the gap was beyond tolerance */
  startedOn: string;
  /** last day beyond tolerance; null while the breach is still open at the end of the window */
  endedOn: string | null;
  leader: Leader;
  /** largest |gap| during the breach, always positive */
  maxGap: number;
}

export interface TempoTrack {
  id: string;
}

export interface TempoPair {
  id: string;
  trackA: string;
  trackB: string;
  /** points of index the two tracks may drift apart before it counts as a breach */
  tolerance: number;
}

export interface TrackSeries {
  trackId: string;
  points: IndexPoint[];
  /** false when the track has no milestone weight at all, so its flat 0 means "nothing to measure" */
  hasMilestones: boolean;
  totalWeight: number;
}

export type PairTempo<P extends TempoPair = TempoPair> = P & {
  gaps: GapPoint[];
  breaches: Breach[];
  /** the breach still open on the last day of the window, if any */
  currentBreach: Breach | null;
};

export interface OpenBreach {
  pairId: string;
  startedOn: string;
  leader: Leader;
  maxGap?: number;
}
