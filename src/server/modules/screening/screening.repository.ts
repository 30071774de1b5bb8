import type { Queryable, Trx } from '../../db/database.js';

export function findLatestRun(db: Queryable | Trx, proposalId: string) {
  return db
    .selectFrom('screeningRuns')
    .leftJoin('sanctionsListVersions', 'sanctionsListVersions.id', 'screeningRuns.listVersionId')
    .select([
      'screeningRuns.id',
      'screeningRuns.proposalId',
      'screeningRuns.seq',
      'screeningRuns.listVersionId',
      'screeningRuns.reason',
      'screeningRuns.at',
      'screeningRuns.goods',
      'sanctionsListVersions.dateGenerated as listDateGenerated',
    ])
    .where('screeningRuns.proposalId', '=', proposalId)
    .orderBy('screeningRuns.seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every run of these proposals, newest first (the first of each proposal is its latest). */
export function findRunsOf(db: Queryable | Trx, proposalIds: string[]) {
  return db
    .selectFrom('screeningRuns')
    .leftJoin('sanctionsListVersions', 'sanctionsListVersions.id', 'screeningRuns.listVersionId')
    .select([
      'screeningRuns.id',
      'screeningRuns.proposalId',
      'screeningRuns.seq',
      'screeningRuns.listVersionId',
      'screeningRuns.reason',
      'screeningRuns.at',
      'screeningRuns.goods',
      'sanctionsListVersions.dateGenerated as listDateGenerated',
    ])
    .where('screeningRuns.proposalId', 'in', proposalIds)
    .orderBy('screeningRuns.seq', 'desc')
    .execute();
}

export type RunRow = Awaited<ReturnType<typeof findLatestRun>> & object;

export function findHits(db: Queryable | Trx, runId: string) {
  return db
    .selectFrom('screeningHits')
    .selectAll()
    .where('runId', '=', runId)
    .orderBy('scoreMilli', 'desc')
    .orderBy('id')
    .execute();
}

export function findHitsOfRuns(db: Queryable | Trx, runIds: string[]) {
  return db
    .selectFrom('screeningHits')
    .selectAll()
    .where('runId', 'in', runIds)
    .orderBy('scoreMilli', 'desc')
    .orderBy('id')
    .execute();
}

export type HitRow = Awaited<ReturnType<typeof findHits>>[number];

export function findHit(db: Queryable, id: string) {
  return db.selectFrom('screeningHits').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findDispositions(db: Queryable | Trx, proposalId: string) {
  return db
    .selectFrom('screeningDispositions')
    .leftJoin('users', 'users.id', 'screeningDispositions.actorId')
    .select([
      'screeningDispositions.seq',
      'screeningDispositions.id',
      'screeningDispositions.hitId',
      'screeningDispositions.counterpartyName',
      'screeningDispositions.referenceNumber',
      'screeningDispositions.disposition',
      'screeningDispositions.reason',
      'screeningDispositions.actorId',
      'screeningDispositions.party',
      'screeningDispositions.at',
      'users.displayName as actorName',
    ])
    .where('screeningDispositions.proposalId', '=', proposalId)
    .orderBy('screeningDispositions.seq')
    .execute();
}

export function findDispositionsOf(db: Queryable | Trx, proposalIds: string[]) {
  return db
    .selectFrom('screeningDispositions')
    .leftJoin('users', 'users.id', 'screeningDispositions.actorId')
    .select([
      'screeningDispositions.proposalId',
      'screeningDispositions.seq',
      'screeningDispositions.id',
      'screeningDispositions.hitId',
      'screeningDispositions.counterpartyName',
      'screeningDispositions.referenceNumber',
      'screeningDispositions.disposition',
      'screeningDispositions.reason',
      'screeningDispositions.actorId',
      'screeningDispositions.party',
      'screeningDispositions.at',
      'users.displayName as actorName',
    ])
    .where('screeningDispositions.proposalId', 'in', proposalIds)
    .orderBy('screeningDispositions.seq')
    .execute();
}

export type DispositionRow = Awaited<ReturnType<typeof findDispositions>>[number];

/** Open proposals (draft, notified, cleared): the ones a new list version re-screens. */
export function listOpenProposalIds(db: Queryable | Trx) {
  return db
    .selectFrom('proposals')
    .select('id')
    .where('status', 'in', ['draft', 'notified', 'cleared'])
    .orderBy('createdAt')
    .execute();
}

export async function nextRunSeq(trx: Trx, proposalId: string): Promise<number> {
  const last = await trx
    .selectFrom('screeningRuns')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('proposalId', '=', proposalId)
    .executeTakeFirst();
  return Number(last?.seq ?? 0) + 1;
}
