import type { Generated } from 'kysely';

export interface SanctionsListVersionsTable {
  id: string;
  /** Import order: the latest version has the highest seq. */
  seq: number;
  dateGenerated: string | null;
  sha256: string;
  individualCount: number;
  entityCount: number;
  importedAt: string;
  importedBy: string | null;
  diff: string; // JSON SanctionsListDiff
}

export interface SanctionsEntriesTable {
  versionId: string;
  position: number;
  referenceNumber: string;
  dataId: string;
  kind: string;
  regime: string;
  name: string;
  nameParts: string; // JSON array
  aliases: string; // JSON array of {name, quality}
  originalScriptName: string | null;
  datesOfBirth: string; // JSON array
  nationalities: string; // JSON array
  designations: string; // JSON array
  titles: string; // JSON array
  comments: string;
  listedOn: string | null;
  hash: string;
}

export interface ScreeningRunsTable {
  id: string;
  proposalId: string;
  /** Per proposal, counting up: the latest run has the highest. */
  seq: number;
  listVersionId: string | null;
  reason: string;
  at: string;
  actorId: string | null;
  goods: string; // JSON array of goods findings (without coverage, which is computed on read)
}

export interface ScreeningHitsTable {
  id: string;
  runId: string;
  proposalId: string;
  counterpartyName: string;
  referenceNumber: string;
  listedName: string;
  matchedName: string;
  /** score × 1000, an integer so that both engines store it exactly. */
  scoreMilli: number;
  explanation: string;
  regime: string;
  kind: string;
}

/** Dispositions belong to (proposal, counterparty name, listed entry), so they survive a re-screen. */
export interface ScreeningDispositionsTable {
  seq: Generated<number>;
  id: string;
  hitId: string;
  proposalId: string;
  counterpartyName: string;
  referenceNumber: string;
  disposition: string;
  reason: string;
  actorId: string | null;
  party: string | null;
  at: string;
}

export interface ExemptionRequestsTable {
  id: string;
  proposalId: string;
  groupId: string;
  proposingParty: string;
  status: string;
  sections: string; // JSON ExemptionSections
  covers: string; // JSON array of {description, hsCode, measureIds}
  submittedAt: string | null;
  decidedAt: string | null;
  approvedOn: string | null;
  validUntil: string | null;
  decisionNote: string | null;
  authorId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ScreeningTables {
  sanctionsListVersions: SanctionsListVersionsTable;
  sanctionsEntries: SanctionsEntriesTable;
  screeningRuns: ScreeningRunsTable;
  screeningHits: ScreeningHitsTable;
  screeningDispositions: ScreeningDispositionsTable;
  exemptionRequests: ExemptionRequestsTable;
}
