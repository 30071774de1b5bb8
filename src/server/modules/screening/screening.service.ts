import type { z } from 'zod';
import type { ProposalCounterparty } from '../../../core/contract/proposals.js';
import type { dispositionInputSchema } from '../../../core/contract/screening.js';
import {
  DEFAULT_THRESHOLD,
  screenName,
  type ScreeningIndex,
  type ScreeningMatch,
} from '../../../core/matching/index.js';
import { SPEAKING_ROLES } from '../../../core/workflow/index.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { canContribute, roleIn } from '../access/access.policy.js';
import type { Actor } from '../access/actor.js';
import { toProposalRecord, type ProposalRecord } from '../proposals/proposals.model.js';
import { canSeeProposal, effectiveAccess, isOpen } from '../proposals/proposals.policy.js';
import { findProposal } from '../proposals/proposals.repository.js';
import { loadLatestIndex, type LatestIndex } from '../sanctions/sanctions.index-cache.js';
import { assessProposal, type Assessment } from './screening.assess.js';
import { findGoodsFindings } from './screening.goods.js';
import { findHit, listOpenProposalIds, nextRunSeq } from './screening.repository.js';

export type ScreeningReason = 'created' | 'material_edit' | 'list_import' | 'manual';

function kindsFor(counterparty: ProposalCounterparty): ReadonlySet<string> {
  // A person is compared with listed individuals, an organization with entities; no vessels are listed.
  if (counterparty.kind === 'person') return new Set(['individual']);
  if (counterparty.kind === 'organization') return new Set(['entity']);
  return new Set(['individual', 'entity']);
}

/** Listed entries each counterparty may name, above the default threshold. */
export function screenCounterparties(
  index: ScreeningIndex,
  counterparties: readonly ProposalCounterparty[],
): { counterpartyName: string; match: ScreeningMatch }[] {
  const seen = new Set<string>();
  const out: { counterpartyName: string; match: ScreeningMatch }[] = [];
  for (const counterparty of counterparties) {
    const key = `${counterparty.kind}:${counterparty.name.trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kinds = kindsFor(counterparty);
    for (const match of screenName(index, counterparty.name, { threshold: DEFAULT_THRESHOLD })) {
      if (kinds.has(match.kind)) out.push({ counterpartyName: counterparty.name, match });
    }
  }
  return out;
}

/**
 * Screens a proposal's counterparties against the latest list and checks its goods, in the caller's
 * transaction; stores the run with its hits. `latest` spares a lookup when the caller has the index already.
 */
export async function screenProposal(
  tx: Tx,
  proposal: ProposalRecord,
  reason: ScreeningReason,
  latest?: LatestIndex | null,
): Promise<string> {
  const list = latest === undefined ? await loadLatestIndex(tx.trx) : latest;
  const id = newId();
  const goods = findGoodsFindings(proposal.items);
  await tx.trx
    .insertInto('screeningRuns')
    .values({
      id,
      proposalId: proposal.id,
      seq: await nextRunSeq(tx.trx, proposal.id),
      listVersionId: list?.version.id ?? null,
      reason,
      at: tx.nowIso,
      actorId: tx.ctx.actor?.userId ?? null,
      goods: JSON.stringify(goods),
    })
    .execute();
  const hits = list ? screenCounterparties(list.index, proposal.counterparties) : [];
  if (hits.length > 0) {
    await tx.trx
      .insertInto('screeningHits')
      .values(
        hits.map(({ counterpartyName, match }) => ({
          id: newId(),
          runId: id,
          proposalId: proposal.id,
          counterpartyName,
          referenceNumber: match.referenceNumber,
          listedName: match.name,
          matchedName: match.matchedName,
          scoreMilli: Math.round(match.score * 1000),
          explanation: match.explanation,
          regime: match.regime,
          kind: match.kind,
        })),
      )
      .execute();
  }
  await tx.audit({
    action: 'proposal.screen',
    recordKind: 'proposal',
    recordId: proposal.id,
    groupId: proposal.groupId,
    details: {
      reason,
      listVersionId: list?.version.id ?? null,
      hits: hits.map((h) => h.match.referenceNumber),
      itemsUnderMeasures: goods.filter((g) => g.measures.length > 0).length,
    },
  });
  tx.publish({
    type: 'proposal.screened',
    groupId: proposal.groupId,
    recordKind: 'proposal',
    recordId: proposal.id,
    access: effectiveAccess(proposal),
  });
  return id;
}

/** A new list version re-screens every open proposal, in the import's transaction. */
export async function rescreenOpenProposals(tx: Tx, latest: LatestIndex): Promise<number> {
  const ids = await listOpenProposalIds(tx.trx);
  for (const { id } of ids) {
    const row = await findProposal(tx.trx, id);
    if (row) await screenProposal(tx, toProposalRecord(row), 'list_import', latest);
  }
  return ids.length;
}

/** The proposals module's change hook: screen on creation and on every change of items or counterparties. */
export async function screenOnProposalChange(
  tx: Tx,
  proposal: ProposalRecord,
  change: 'created' | 'material_edit',
): Promise<void> {
  await screenProposal(tx, proposal, change);
}

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

async function requireVisibleProposal(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const row = await findProposal(ctx.db, id);
  if (!row) throw notFound('proposal');
  const proposal = toProposalRecord(row);
  if (!canSeeProposal(actor, proposal)) throw notFound('proposal');
  return { actor, proposal };
}

export function canDisposition(actor: Actor | null, proposal: ProposalRecord): boolean {
  const role = roleIn(actor, proposal.groupId);
  return !!actor && canSeeProposal(actor, proposal) && role !== null && SPEAKING_ROLES.includes(role);
}

export function canRescreen(actor: Actor | null, proposal: ProposalRecord): boolean {
  return (
    !!actor &&
    canSeeProposal(actor, proposal) &&
    canContribute(actor, proposal.groupId) &&
    isOpen(proposal.status)
  );
}

export interface ScreeningView {
  proposal: ProposalRecord;
  assessment: Assessment;
  actor: Actor;
}

export async function readProposalScreening(ctx: ServiceContext, proposalId: string): Promise<ScreeningView> {
  const { actor, proposal } = await requireVisibleProposal(ctx, proposalId);
  return { actor, proposal, assessment: await assessProposal(ctx.db, ctx, proposal) };
}

export async function rescreenProposal(ctx: ServiceContext, proposalId: string): Promise<ScreeningView> {
  const { actor, proposal } = await requireVisibleProposal(ctx, proposalId);
  if (!canContribute(actor, proposal.groupId))
    throw forbidden('not_allowed', 'Observers do not re-screen proposals');
  if (!isOpen(proposal.status)) {
    throw conflict(
      'proposal_closed',
      `The proposal is ${proposal.status}; closed proposals are not re-screened`,
    );
  }
  await inTransaction(ctx, (tx) => screenProposal(tx, proposal, 'manual'));
  return { actor, proposal, assessment: await assessProposal(ctx.db, ctx, proposal) };
}

/** Records (or changes) a hit's disposition; the history is kept and the change audited. */
export async function dispositionHit(
  ctx: ServiceContext,
  hitId: string,
  input: z.infer<typeof dispositionInputSchema>,
): Promise<ScreeningView> {
  const actor = requireActor(ctx);
  const hit = await findHit(ctx.db, hitId);
  if (!hit) throw notFound('screening hit');
  const row = await findProposal(ctx.db, hit.proposalId);
  if (!row) throw notFound('screening hit');
  const proposal = toProposalRecord(row);
  if (!canSeeProposal(actor, proposal)) throw notFound('screening hit');
  if (!canDisposition(actor, proposal)) {
    throw forbidden('not_allowed', 'Only a co-chair or delegate records the disposition of a screening hit');
  }
  if (!isOpen(proposal.status)) {
    throw conflict('proposal_closed', `The proposal is ${proposal.status}; its screening is closed`);
  }
  await inTransaction(ctx, async (tx) => {
    const id = newId();
    await tx.trx
      .insertInto('screeningDispositions')
      .values({
        id,
        hitId: hit.id,
        proposalId: proposal.id,
        counterpartyName: hit.counterpartyName,
        referenceNumber: hit.referenceNumber,
        disposition: input.disposition,
        reason: input.reason,
        actorId: actor.userId,
        party: actor.party,
        at: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'screening.disposition',
      recordKind: 'proposal',
      recordId: proposal.id,
      groupId: proposal.groupId,
      details: {
        hitId: hit.id,
        counterpartyName: hit.counterpartyName,
        referenceNumber: hit.referenceNumber,
        disposition: input.disposition,
        reason: input.reason,
      },
    });
    tx.publish({
      type: 'proposal.screening_disposition',
      groupId: proposal.groupId,
      recordKind: 'proposal',
      recordId: proposal.id,
      access: effectiveAccess(proposal),
    });
  });
  return { actor, proposal, assessment: await assessProposal(ctx.db, ctx, proposal) };
}
