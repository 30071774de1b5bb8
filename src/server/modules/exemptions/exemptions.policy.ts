import { SPEAKING_ROLES } from '../../../core/workflow/index.js';
import { roleIn } from '../access/access.policy.js';
import type { Actor } from '../access/actor.js';
import type { ProposalRecord } from '../proposals/proposals.model.js';
import { canSeeProposal } from '../proposals/proposals.policy.js';

/** The proposing party's co-chairs and delegates draft, edit and submit the request. */
export function canWriteExemption(actor: Actor | null, proposal: ProposalRecord): boolean {
  if (!actor || !canSeeProposal(actor, proposal) || actor.party !== proposal.proposingParty) return false;
  const role = roleIn(actor, proposal.groupId);
  return role !== null && SPEAKING_ROLES.includes(role);
}

/** The proposing party's co-chair records the Committee's decision. */
export function canRecordDecision(actor: Actor | null, proposal: ProposalRecord): boolean {
  return (
    !!actor &&
    canSeeProposal(actor, proposal) &&
    actor.party === proposal.proposingParty &&
    roleIn(actor, proposal.groupId) === 'co_chair'
  );
}
