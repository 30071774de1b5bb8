import type { z } from 'zod';
import {
  statementStatusSchema,
  type createReadoutInputSchema,
  type readoutComparisonSchema,
  type StatementRecord,
} from '../../../core/contract/statements.js';
import { compareReadouts } from '../../../core/readouts/index.js';
import { partnerSawBeforeRelease } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import { conflict, invalidField } from '../../http/errors.js';
import { groupParties, requireMembership } from '../groups/groups.service.js';
import { requireVisibleMeeting } from '../meetings/meetings.service.js';
import { statementStateOf } from './statements.present.js';
import {
  listPublishedStatements,
  listVisibleStatements,
  type StatementRow,
} from './statements.repository.js';
import { createStatement } from './statements.service.js';

/** The meeting's readouts the user may see: the other party's drafts are not among them. */
export async function findMeetingReadouts(ctx: ServiceContext, meetingId: string) {
  const { meeting, actor } = await requireVisibleMeeting(ctx, meetingId);
  const { group } = await requireMembership(ctx, meeting.groupId);
  const rows = await listVisibleStatements(ctx.db, actor, meeting.groupId, { kind: 'readout', meetingId });
  return { rows, parties: groupParties(group) };
}

export async function createMeetingReadout(
  ctx: ServiceContext,
  meetingId: string,
  input: z.infer<typeof createReadoutInputSchema>,
) {
  const { meeting } = await requireVisibleMeeting(ctx, meetingId);
  return createStatement(ctx, meeting.groupId, { ...input, kind: 'readout', meetingId });
}

export type ReadoutComparisonView = z.infer<typeof readoutComparisonSchema>;

/**
 * Compares the latest readout of each party that the user may see. A readout the user may not see is
 * "not available" (409), the same answer as one that does not exist, so nothing about drafts leaks.
 */
export async function compareMeetingReadouts(
  ctx: ServiceContext,
  meetingId: string,
  partyA: string,
  partyB: string,
): Promise<ReadoutComparisonView> {
  if (partyA === partyB) throw invalidField('querystring.b', 'must be another party than a');
  const { rows } = await findMeetingReadouts(ctx, meetingId);
  const latestOf = (party: string): StatementRow => {
    // Rows come newest first.
    const row = rows.find((r) => r.party === party);
    if (!row)
      throw conflict(
        'readout_not_available',
        `No ${party} readout of this meeting is available to you yet.`,
        {
          party,
        },
      );
    return row;
  };
  const a = latestOf(partyA);
  const b = latestOf(partyB);
  const comparison = compareReadouts({ party: a.party, body: a.body }, { party: b.party, body: b.body });
  return {
    ...comparison,
    a: { party: a.party, statementId: a.id, status: statementStatusSchema.catch('draft').parse(a.status) },
    b: { party: b.party, statementId: b.id, status: statementStatusSchema.catch('draft').parse(b.status) },
  };
}

/** Who published what and when, whether the partner saw it first, and who went first on each matter. */
export async function buildStatementRecord(ctx: ServiceContext, groupId: string): Promise<StatementRecord> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const parties = groupParties(group);
  const rows = await listPublishedStatements(ctx.db, actor, groupId);
  const matters = new Map<string, StatementRecord['matters'][number]>();
  const items = rows.map((row) => {
    const key = row.meetingId
      ? `meeting:${row.meetingId}`
      : row.matter
        ? `matter:${row.matter}`
        : `statement:${row.id}`;
    const publishedAt = row.publishedAt!;
    let matter = matters.get(key);
    const publishedFirst = !matter;
    if (!matter) {
      matter = {
        key,
        meetingId: row.meetingId,
        matter: row.matter,
        firstParty: row.party,
        firstPublishedAt: publishedAt,
        parties: [],
      };
      matters.set(key, matter);
    }
    if (!matter.parties.includes(row.party)) matter.parties.push(row.party);
    return {
      statementId: row.id,
      kind: statementStateOf(row, parties).kind,
      party: row.party,
      title: row.title,
      meetingId: row.meetingId,
      matter: row.matter,
      publishedAt,
      partnerSawBeforeRelease: partnerSawBeforeRelease(statementStateOf(row, parties)),
      publishedFirst,
    };
  });
  return { items, matters: [...matters.values()] };
}
