import { sql, type SqlBool } from 'kysely';
import type { Queryable, Trx } from '../../db/database.js';
import type { Actor } from '../access/actor.js';
import { visibleTo } from '../access/access.policy.js';
import type { ProposalHistoryTable, ProposalPositionsTable } from './proposals.tables.js';

const columns = [
  'proposals.id',
  'proposals.groupId',
  'proposals.visibility',
  'proposals.party',
  'proposals.classification',
  'proposals.classificationRank',
  'proposals.proposingParty',
  'proposals.trackId',
  'proposals.title',
  'proposals.summary',
  'proposals.plannedFor',
  'proposals.location',
  'proposals.items',
  'proposals.counterparties',
  'proposals.fundsTransfers',
  'proposals.status',
  'proposals.notifiedAt',
  'proposals.noticeEndsAt',
  'proposals.noticeRound',
  'proposals.clearedAt',
  'proposals.executedAt',
  'proposals.surprise',
  'proposals.authorId',
  'proposals.version',
  'proposals.createdAt',
  'proposals.updatedAt',
  'users.displayName as authorName',
] as const;

export type ProposalRow = Awaited<ReturnType<typeof findProposal>> & object;
export type PositionRow = ProposalPositionsTable;

export function findProposal(db: Queryable, id: string) {
  return db
    .selectFrom('proposals')
    .innerJoin('users', 'users.id', 'proposals.authorId')
    .select(columns)
    .where('proposals.id', '=', id)
    .executeTakeFirst();
}

/**
 * A proposal never notified (a draft, or one withdrawn as a draft) stays with the proposing party whatever its
 * visibility: the SQL half of `isSharedWithParties` in the policy.
 */
export function draftRuleFor(actor: Actor) {
  const status = sql.ref('proposals.status');
  return sql<SqlBool>`((${status} <> 'draft' and not (${status} = 'withdrawn' and ${sql.ref(
    'proposals.notifiedAt',
  )} is null)) or ${sql.ref('proposals.proposingParty')} = ${actor.party})`;
}

export interface ProposalFilter {
  status?: string | undefined;
  trackId?: string | undefined;
  party?: string | undefined;
  surprise?: boolean | undefined;
  /** Only proposals still waiting for this party's answer, under the group's clearance rule. */
  waitingOn?: { party: string; clearanceRule: string } | undefined;
  limit: number;
  /** Keyset pagination: rows after this one in the list's order. */
  after?: { updatedAt: string; id: string } | undefined;
}

export function encodeCursor(row: { updatedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.updatedAt, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { updatedAt: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { updatedAt: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  return null;
}

export function listVisibleProposals(db: Queryable, actor: Actor, groupId: string, filter: ProposalFilter) {
  let q = db
    .selectFrom('proposals')
    .innerJoin('users', 'users.id', 'proposals.authorId')
    .select(columns)
    .where('proposals.groupId', '=', groupId)
    .where(visibleTo(actor, 'proposals'))
    .where(draftRuleFor(actor))
    .orderBy('proposals.updatedAt', 'desc')
    .orderBy('proposals.id', 'desc')
    .limit(filter.limit);
  const after = filter.after;
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('proposals.updatedAt', '<', after.updatedAt),
        eb.and([eb('proposals.updatedAt', '=', after.updatedAt), eb('proposals.id', '<', after.id)]),
      ]),
    );
  }
  if (filter.status) q = q.where('proposals.status', '=', filter.status);
  if (filter.trackId) q = q.where('proposals.trackId', '=', filter.trackId);
  if (filter.party) q = q.where('proposals.proposingParty', '=', filter.party);
  if (filter.surprise !== undefined) q = q.where('proposals.surprise', '=', filter.surprise ? 1 : 0);
  const waiting = filter.waitingOn;
  if (waiting) {
    q = q.where('proposals.status', '=', 'notified').where((eb) =>
      eb.exists(
        eb
          .selectFrom('proposalPositions')
          .select('proposalPositions.party')
          .whereRef('proposalPositions.proposalId', '=', 'proposals.id')
          .where('proposalPositions.party', '=', waiting.party)
          .where((inner) =>
            waiting.clearanceRule === 'notice'
              ? inner('proposalPositions.acknowledgedAt', 'is', null)
              : inner('proposalPositions.stance', '=', 'none'),
          ),
      ),
    );
  }
  return q.execute();
}

export async function findPositions(db: Queryable, proposalIds: string[]): Promise<PositionRow[]> {
  if (proposalIds.length === 0) return [];
  return db.selectFrom('proposalPositions').selectAll().where('proposalId', 'in', proposalIds).execute();
}

export async function replacePositions(
  trx: Trx,
  proposalId: string,
  positions: PositionRow[],
): Promise<void> {
  await trx.deleteFrom('proposalPositions').where('proposalId', '=', proposalId).execute();
  if (positions.length > 0) await trx.insertInto('proposalPositions').values(positions).execute();
}

export function findHistory(db: Queryable, proposalId: string) {
  return db
    .selectFrom('proposalHistory')
    .leftJoin('users', 'users.id', 'proposalHistory.actorId')
    .select([
      'proposalHistory.id',
      'proposalHistory.seq',
      'proposalHistory.at',
      'proposalHistory.actorId',
      'proposalHistory.party',
      'proposalHistory.action',
      'proposalHistory.note',
      'proposalHistory.statusAfter',
      'proposalHistory.changes',
      'users.displayName as actorName',
    ])
    .where('proposalHistory.proposalId', '=', proposalId)
    .orderBy('proposalHistory.seq')
    .execute();
}

export type HistoryRow = Awaited<ReturnType<typeof findHistory>>[number];

/** Appends to the history; the caller holds the proposal's version, so no two writers race for a seq. */
export async function appendHistory(trx: Trx, entry: Omit<ProposalHistoryTable, 'seq'>): Promise<void> {
  const last = await trx
    .selectFrom('proposalHistory')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('proposalId', '=', entry.proposalId)
    .executeTakeFirst();
  await trx
    .insertInto('proposalHistory')
    .values({ ...entry, seq: Number(last?.seq ?? 0) + 1 })
    .execute();
}

/** Notified proposals whose notice ends before `until`: candidates for reminders and end-of-period notices. */
export function listNoticesEndingBefore(db: Queryable, until: string) {
  return db
    .selectFrom('proposals')
    .innerJoin('users', 'users.id', 'proposals.authorId')
    .select(columns)
    .where('proposals.status', '=', 'notified')
    .where('proposals.noticeEndsAt', 'is not', null)
    .where('proposals.noticeEndsAt', '<=', until)
    .execute();
}

const commentColumns = [
  'proposalComments.id',
  'proposalComments.groupId',
  'proposalComments.visibility',
  'proposalComments.party',
  'proposalComments.classification',
  'proposalComments.classificationRank',
  'proposalComments.proposalId',
  'proposalComments.body',
  'proposalComments.authorId',
  'proposalComments.createdAt',
  'proposalComments.updatedAt',
  'users.displayName as authorName',
] as const;

export function findComment(db: Queryable, id: string) {
  return db
    .selectFrom('proposalComments')
    .innerJoin('users', 'users.id', 'proposalComments.authorId')
    .select(commentColumns)
    .where('proposalComments.id', '=', id)
    .executeTakeFirst();
}

export type CommentRow = Awaited<ReturnType<typeof findComment>> & object;

export function listVisibleComments(db: Queryable, actor: Actor, proposalId: string) {
  return db
    .selectFrom('proposalComments')
    .innerJoin('users', 'users.id', 'proposalComments.authorId')
    .select(commentColumns)
    .where('proposalComments.proposalId', '=', proposalId)
    .where(visibleTo(actor, 'proposalComments'))
    .orderBy('proposalComments.createdAt')
    .orderBy('proposalComments.id')
    .execute();
}

/** Members of the group with one of the roles, for the given parties. */
export function findMembersOf(db: Queryable, groupId: string, parties: string[], roles: readonly string[]) {
  if (parties.length === 0 || roles.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.userId')
    .select(['users.id', 'users.party', 'memberships.role'])
    .where('memberships.groupId', '=', groupId)
    .where('users.party', 'in', parties)
    .where('memberships.role', 'in', [...roles])
    .where('users.disabledAt', 'is', null)
    .execute();
}
