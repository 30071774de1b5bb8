import { DateTime } from 'luxon';
import {
  exemptionSectionsSchema,
  type ExemptionSections,
  type UpdateExemptionRequestInput,
} from '../../../core/contract/exemptions.js';
import type { ServiceContext } from '../../context.js';
import type { Queryable } from '../../db/database.js';
import { inTransaction, type Tx } from '../../db/unit-of-work.js';
import { AppError, conflict, forbidden, notFound, unauthenticated } from '../../http/errors.js';
import { newId } from '../../ids.js';
import type { Actor } from '../access/actor.js';
import { findGroup, parseJsonArray } from '../groups/groups.repository.js';
import { toProposalRecord, type ProposalRecord } from '../proposals/proposals.model.js';
import { notifyParties } from '../proposals/proposals.notify.js';
import { canSeeProposal, effectiveAccess, isOpen } from '../proposals/proposals.policy.js';
import { findProposal } from '../proposals/proposals.repository.js';
import { coverageOf } from '../screening/screening.goods.js';
import { draftSections } from './exemptions.draft.js';
import { canRecordDecision, canWriteExemption } from './exemptions.policy.js';
import { findExemptionRequest, listExemptionRequests, type ExemptionRow } from './exemptions.repository.js';

/** Default validity of an approval, and the most the platform accepts. */
export const DEFAULT_VALIDITY_MONTHS = 6;
export const MAX_VALIDITY_MONTHS = 9;

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

function fieldError(field: string, message: string): AppError {
  return new AppError('validation_failed', `Some fields are not valid: ${field}`, {
    details: { fields: [{ field, message }] },
  });
}

async function loadProposal(db: Queryable, id: string): Promise<ProposalRecord | null> {
  const row = await findProposal(db, id);
  return row ? toProposalRecord(row) : null;
}

async function requireVisibleProposal(ctx: ServiceContext, id: string) {
  const actor = requireActor(ctx);
  const proposal = await loadProposal(ctx.db, id);
  if (!proposal || !canSeeProposal(actor, proposal)) throw notFound('proposal');
  return { actor, proposal };
}

export interface ExemptionView {
  row: ExemptionRow;
  proposal: ProposalRecord;
}

/** The request if its proposal is visible to this user; 404 otherwise. */
export async function requireVisibleExemption(
  ctx: ServiceContext,
  id: string,
): Promise<ExemptionView & { actor: Actor }> {
  const actor = requireActor(ctx);
  const row = await findExemptionRequest(ctx.db, id);
  const proposal = row ? await loadProposal(ctx.db, row.proposalId) : null;
  if (!row || !proposal || !canSeeProposal(actor, proposal)) throw notFound('exemption request');
  return { actor, row, proposal };
}

export function parseSections(text: string): ExemptionSections {
  const empty: ExemptionSections = {
    nature: '',
    recipients: '',
    justification: '',
    goods: '',
    timeline: '',
    financial: '',
    monitoring: '',
  };
  try {
    return { ...empty, ...exemptionSectionsSchema.partial().parse(JSON.parse(text)) };
  } catch {
    return empty;
  }
}

async function partyName(db: Queryable, code: string): Promise<string> {
  const party = await db.selectFrom('parties').select('nameEn').where('code', '=', code).executeTakeFirst();
  return party?.nameEn ?? code;
}

export async function findExemptionRequests(
  ctx: ServiceContext,
  proposalId: string,
): Promise<ExemptionView[]> {
  const { proposal } = await requireVisibleProposal(ctx, proposalId);
  const rows = await listExemptionRequests(ctx.db, proposal.id);
  return rows.map((row) => ({ row, proposal }));
}

/** Drafts a request to the 1718 Committee from the proposal, for its proposing party to edit and submit. */
export async function createExemptionRequest(
  ctx: ServiceContext,
  proposalId: string,
  input: { sections?: Partial<ExemptionSections> | undefined },
): Promise<ExemptionView> {
  const { actor, proposal } = await requireVisibleProposal(ctx, proposalId);
  if (!canWriteExemption(actor, proposal)) {
    throw forbidden('not_allowed', "Only the proposing party's co-chair or delegates request exemptions");
  }
  if (!isOpen(proposal.status)) {
    throw conflict('proposal_closed', `The proposal is ${proposal.status}; no exemption is requested for it`);
  }
  const covers = coverageOf(proposal.items);
  if (covers.length === 0) {
    throw conflict('exemption_not_needed', 'No item of this proposal falls under a UN sanctions measure');
  }
  const sections = {
    ...draftSections(proposal, await partyName(ctx.db, proposal.proposingParty)),
    ...input.sections,
  };
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.trx
      .insertInto('exemptionRequests')
      .values({
        id,
        proposalId: proposal.id,
        groupId: proposal.groupId,
        proposingParty: proposal.proposingParty,
        status: 'draft',
        sections: JSON.stringify(sections),
        covers: JSON.stringify(covers),
        submittedAt: null,
        decidedAt: null,
        approvedOn: null,
        validUntil: null,
        decisionNote: null,
        authorId: actor.userId,
        version: 1,
        createdAt: tx.nowIso,
        updatedAt: tx.nowIso,
      })
      .execute();
    await tx.audit({
      action: 'exemption_request.create',
      recordKind: 'exemption_request',
      recordId: id,
      groupId: proposal.groupId,
      details: { proposalId: proposal.id, covers: covers.map((c) => c.hsCode) },
    });
    publish(tx, proposal, id, 'exemption_request.created');
  });
  return { row: (await findExemptionRequest(ctx.db, id))!, proposal };
}

function publish(tx: Tx, proposal: ProposalRecord, id: string, type: string): void {
  tx.publish({
    type,
    groupId: proposal.groupId,
    recordKind: 'exemption_request',
    recordId: id,
    access: effectiveAccess(proposal),
  });
}

function addMonths(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ months }).toISODate() ?? date;
}

/** The approval's dates: approval day (default today), validity (default six months, at most nine). */
function approvalDates(
  input: UpdateExemptionRequestInput,
  today: string,
): { approvedOn: string; validUntil: string } {
  const approvedOn = input.approvedOn ?? today;
  const validUntil = input.validUntil ?? addMonths(approvedOn, DEFAULT_VALIDITY_MONTHS);
  const latest = addMonths(approvedOn, MAX_VALIDITY_MONTHS);
  if (validUntil <= approvedOn)
    throw fieldError('body.validUntil', `must be after the approval date ${approvedOn}`);
  if (validUntil > latest) {
    throw fieldError(
      'body.validUntil',
      `must be at most ${MAX_VALIDITY_MONTHS} months after approval (${latest})`,
    );
  }
  return { approvedOn, validUntil };
}

const NEXT: Record<string, readonly string[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'rejected'],
};

/** Edits sections (while a draft) and moves the request: draft → submitted → approved | rejected. */
export async function updateExemptionRequest(
  ctx: ServiceContext,
  id: string,
  input: UpdateExemptionRequestInput,
  checkVersion: (current: ExemptionRow) => void,
): Promise<ExemptionView> {
  const { actor, row, proposal } = await requireVisibleExemption(ctx, id);
  const target = input.status;
  const deciding = target === 'approved' || target === 'rejected';
  if (deciding ? !canRecordDecision(actor, proposal) : !canWriteExemption(actor, proposal)) {
    throw forbidden(
      deciding ? 'not_co_chair' : 'not_allowed',
      deciding
        ? "Only the proposing party's co-chair records the Committee's decision"
        : "Only the proposing party's co-chair or delegates edit this request",
    );
  }
  checkVersion(row);
  if (input.sections && row.status !== 'draft') {
    throw conflict('exemption_not_editable', `The request is ${row.status}; only a draft is edited`);
  }
  if (target && !(NEXT[row.status] ?? []).includes(target)) {
    throw conflict('exemption_transition_refused', `A ${row.status} request cannot become ${target}`, {
      status: row.status,
      allowed: NEXT[row.status] ?? [],
    });
  }
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const dates = target === 'approved' ? approvalDates(input, today) : null;
  await inTransaction(ctx, async (tx) => {
    const sections = input.sections ? { ...parseSections(row.sections), ...input.sections } : null;
    const result = await tx.trx
      .updateTable('exemptionRequests')
      .set({
        ...(sections ? { sections: JSON.stringify(sections) } : {}),
        ...(target ? { status: target } : {}),
        // What is submitted is what the proposal asks for at that moment.
        ...(target === 'submitted'
          ? { submittedAt: tx.nowIso, covers: JSON.stringify(coverageOf(proposal.items)) }
          : {}),
        ...(deciding ? { decidedAt: tx.nowIso, decisionNote: input.decisionNote ?? null } : {}),
        ...(dates ?? {}),
        version: row.version + 1,
        updatedAt: tx.nowIso,
      })
      .where('id', '=', id)
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('precondition_failed', 'The request changed meanwhile; reload and try again', {
        status: 412,
      });
    }
    await tx.audit({
      action: target ? `exemption_request.${target}` : 'exemption_request.update',
      recordKind: 'exemption_request',
      recordId: id,
      groupId: proposal.groupId,
      details: {
        proposalId: proposal.id,
        ...(input.sections ? { sections: Object.keys(input.sections) } : {}),
        ...(dates ?? {}),
      },
    });
    publish(tx, proposal, id, 'exemption_request.updated');
    if (deciding) {
      const group = await findGroup(tx.trx, proposal.groupId);
      // notifyParties drops anyone who may not see the proposal, so naming every party is safe.
      const parties = group ? parseJsonArray(group.parties) : [proposal.proposingParty];
      await notifyParties(tx, proposal, parties, {
        kind: 'exemption_request.decided',
        title: `1718 Committee ${target === 'approved' ? 'approved' : 'rejected'} the exemption: ${proposal.title}`,
        body:
          target === 'approved' && dates
            ? `The exemption for "${proposal.title}" was approved on ${dates.approvedOn}, valid until ${dates.validUntil}.`
            : `The exemption request for "${proposal.title}" was rejected.`,
      });
    }
  });
  return { row: (await findExemptionRequest(ctx.db, id))!, proposal };
}

/** Reads a request for its PDF; reads of classified material go into the audit log. */
export async function readExemptionForDocument(ctx: ServiceContext, id: string) {
  const view = await requireVisibleExemption(ctx, id);
  await inTransaction(ctx, (tx) =>
    tx.audit({
      action: 'exemption_request.export',
      recordKind: 'exemption_request',
      recordId: id,
      groupId: view.proposal.groupId,
      details: { classification: view.proposal.classification },
    }),
  );
  return { ...view, partyName: await partyName(ctx.db, view.proposal.proposingParty) };
}
