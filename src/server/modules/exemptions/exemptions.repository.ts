import type { Queryable, Trx } from '../../db/database.js';

const columns = [
  'exemptionRequests.id',
  'exemptionRequests.proposalId',
  'exemptionRequests.groupId',
  'exemptionRequests.proposingParty',
  'exemptionRequests.status',
  'exemptionRequests.sections',
  'exemptionRequests.covers',
  'exemptionRequests.submittedAt',
  'exemptionRequests.decidedAt',
  'exemptionRequests.approvedOn',
  'exemptionRequests.validUntil',
  'exemptionRequests.decisionNote',
  'exemptionRequests.authorId',
  'exemptionRequests.version',
  'exemptionRequests.createdAt',
  'exemptionRequests.updatedAt',
  'users.displayName as authorName',
] as const;

export function findExemptionRequest(db: Queryable | Trx, id: string) {
  return db
    .selectFrom('exemptionRequests')
    .innerJoin('users', 'users.id', 'exemptionRequests.authorId')
    .select(columns)
    .where('exemptionRequests.id', '=', id)
    .executeTakeFirst();
}

export type ExemptionRow = Awaited<ReturnType<typeof findExemptionRequest>> & object;

export function listExemptionRequests(db: Queryable | Trx, proposalId: string) {
  return db
    .selectFrom('exemptionRequests')
    .innerJoin('users', 'users.id', 'exemptionRequests.authorId')
    .select(columns)
    .where('exemptionRequests.proposalId', '=', proposalId)
    .orderBy('exemptionRequests.createdAt')
    .orderBy('exemptionRequests.id')
    .execute();
}

export function listApprovedExemptions(db: Queryable | Trx, proposalId: string) {
  return db
    .selectFrom('exemptionRequests')
    .select(['id', 'approvedOn', 'validUntil', 'covers'])
    .where('proposalId', '=', proposalId)
    .where('status', '=', 'approved')
    .execute();
}

export function listApprovedExemptionsOf(db: Queryable | Trx, proposalIds: string[]) {
  return db
    .selectFrom('exemptionRequests')
    .select(['id', 'proposalId', 'approvedOn', 'validUntil', 'covers'])
    .where('proposalId', 'in', proposalIds)
    .where('status', '=', 'approved')
    .execute();
}

/** Approved requests whose validity ends between the two dates (inclusive), for expiry reminders. */
export function listExemptionsExpiringBetween(db: Queryable, from: string, to: string) {
  return db
    .selectFrom('exemptionRequests')
    .select(['id', 'proposalId', 'validUntil'])
    .where('status', '=', 'approved')
    .where('validUntil', '>=', from)
    .where('validUntil', '<=', to)
    .execute();
}
