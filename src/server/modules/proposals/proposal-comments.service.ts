import type { ProposalComment } from '../../../core/contract/proposals.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { RecordAccess } from '../access/actor.js';
import { findGroup } from '../groups/groups.repository.js';
import { groupParties } from '../groups/groups.service.js';
import { notifyUsers } from '../notifications/notifications.service.js';
import { indexForSearch } from '../search/search-index.js';
import { toProposalRecord } from './proposals.model.js';
import { canCommentOnProposal, canSeeProposal, effectiveAccess } from './proposals.policy.js';
import { presentComment } from './proposals.present.js';
import { findComment, findMembersOf, findProposal, listVisibleComments } from './proposals.repository.js';

async function requireVisibleProposal(ctx: ServiceContext, proposalId: string) {
  if (!ctx.actor) throw unauthenticated();
  const row = await findProposal(ctx.db, proposalId);
  const record = row ? toProposalRecord(row) : null;
  if (!record || !canSeeProposal(ctx.actor, record)) throw notFound('proposal');
  return { record, actor: ctx.actor };
}

export async function findProposalComments(
  ctx: ServiceContext,
  proposalId: string,
): Promise<ProposalComment[]> {
  const { actor } = await requireVisibleProposal(ctx, proposalId);
  const rows = await listVisibleComments(ctx.db, actor, proposalId);
  return rows.map(presentComment);
}

/**
 * A comment is shared with every party that sees the proposal, or kept within the writer's party. On a
 * proposal only its party sees (a draft, a party-only proposal) every comment is party-only, so that a later
 * notice cannot expose the internal discussion.
 */
export async function addProposalComment(
  ctx: ServiceContext,
  proposalId: string,
  input: { body: string; visibility: 'shared' | 'party' },
): Promise<ProposalComment> {
  const { record, actor } = await requireVisibleProposal(ctx, proposalId);
  if (!canCommentOnProposal(actor, record)) throw forbidden('not_allowed', 'Observers do not comment');
  const proposalAccess = effectiveAccess(record);
  const visibility = proposalAccess.visibility === 'party' ? 'party' : input.visibility;
  const access: RecordAccess = {
    groupId: record.groupId,
    visibility,
    party: actor.party!,
    classificationRank: record.classificationRank,
  };
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('proposalComments')
      .values({
        id,
        ...access,
        classification: record.classification,
        proposalId,
        body: input.body,
        authorId: actor.userId,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await indexForSearch(tx.trx, ctx.dbKind, {
      recordKind: 'proposal_comment',
      recordId: id,
      ...access,
      title: `Comment on ${record.title}`,
      body: input.body,
    });
    await tx.audit({
      action: 'proposal.comment',
      recordKind: 'proposal_comment',
      recordId: id,
      groupId: record.groupId,
      details: { proposalId, visibility },
    });
    // The event names the proposal, so clients refetch its comments; it reaches only those who may read this one.
    tx.publish({
      type: 'proposal.comment_added',
      groupId: record.groupId,
      recordKind: 'proposal',
      recordId: proposalId,
      access,
    });
    const group = await findGroup(tx.trx, record.groupId);
    const parties = visibility === 'party' || !group ? [actor.party!] : groupParties(group);
    const members = await findMembersOf(tx.trx, record.groupId, parties, ['co_chair', 'delegate']);
    const excerpt = input.body.length > 1000 ? `${input.body.slice(0, 1000)}…` : input.body;
    await notifyUsers(tx, {
      userIds: members.map((m) => m.id).filter((u) => u !== actor.userId),
      access,
      kind: 'proposal.comment',
      title: `${visibility === 'party' ? `${actor.party} internal comment` : `${actor.party} comment`} on ${record.title}`,
      body: `${actor.displayName} (${actor.party}) wrote:\n\n${excerpt}`,
      link: `/proposals/${proposalId}`,
      recordKind: 'proposal',
      recordId: proposalId,
    });
  });
  return presentComment((await findComment(ctx.db, id))!);
}
