import { exemptionCoverageSchema, type ExemptionRequest } from '../../../core/contract/exemptions.js';
import { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { canRecordDecision, canWriteExemption } from './exemptions.policy.js';
import { parseSections, type ExemptionView } from './exemptions.service.js';

const STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
const coversSchema = z.array(exemptionCoverageSchema).catch([]);

function parseCovers(text: string) {
  try {
    return coversSchema.parse(JSON.parse(text));
  } catch {
    return [];
  }
}

export function presentExemption(view: ExemptionView, actor: Actor | null): ExemptionRequest {
  const { row, proposal } = view;
  const status = STATUSES.find((s) => s === row.status) ?? 'draft';
  const writer = canWriteExemption(actor, proposal);
  return {
    id: row.id,
    proposalId: row.proposalId,
    proposingParty: row.proposingParty,
    status,
    sections: parseSections(row.sections),
    covers: parseCovers(row.covers),
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    approvedOn: row.approvedOn,
    validUntil: row.validUntil,
    decisionNote: row.decisionNote,
    author: { id: row.authorId, displayName: row.authorName },
    visibility: proposal.visibility === 'party' ? 'party' : 'shared',
    party: proposal.party,
    classification: proposal.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: {
      edit: writer && status === 'draft',
      submit: writer && status === 'draft',
      decide: canRecordDecision(actor, proposal) && status === 'submitted',
    },
  };
}
