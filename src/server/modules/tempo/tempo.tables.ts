export interface TrackPairsTable {
  id: string;
  groupId: string;
  trackA: string;
  trackB: string;
  tolerance: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TempoOpenBreachesTable {
  pairId: string;
  groupId: string;
  startedOn: string;
  /** 'A' or 'B', as the pure tempo index names the side ahead */
  leader: string;
  maxGap: number;
  openedAt: string;
}

export interface TempoTables {
  trackPairs: TrackPairsTable;
  tempoOpenBreaches: TempoOpenBreachesTable;
}
