import type { Actor as WorkflowActor } from '../../../core/workflow/index.js';
import { SPEAKING_ROLES } from '../../../core/workflow/index.js';
import type { Actor, RecordAccess } from '../access/actor.js';
import { canContribute, canSeeRecord, roleIn } from '../access/access.policy.js';

export interface ProposalAccessFacts {
  groupId: string;
  visibility: string;
  party: string;
  classificationRank: number;
  status: string;
  proposingParty: string;
  notifiedAt: string | null;
}

/** Whether the other parties were ever told: a draft, or a draft withdrawn before notice, was not. */
export function isSharedWithParties(p: Pick<ProposalAccessFacts, 'status' | 'notifiedAt'>): boolean {
  if (p.status === 'draft') return false;
  return !(p.status === 'withdrawn' && p.notifiedAt === null);
}

export function isOpen(status: string): boolean {
  return status === 'draft' || status === 'notified' || status === 'cleared';
}

/**
 * The access a proposal has right now: a draft (also one withdrawn before notice) is the proposing party's alone
 * whatever its visibility, so
 * reads, lists, search, live events and notifications all keep it from the other parties.
 */
export function effectiveAccess(p: ProposalAccessFacts): RecordAccess {
  if (!isSharedWithParties(p)) {
    return {
      groupId: p.groupId,
      visibility: 'party',
      party: p.proposingParty,
      classificationRank: p.classificationRank,
    };
  }
  return {
    groupId: p.groupId,
    visibility: p.visibility,
    party: p.party,
    classificationRank: p.classificationRank,
  };
}

export function canSeeProposal(actor: Actor | null, p: ProposalAccessFacts): boolean {
  return canSeeRecord(actor, effectiveAccess(p));
}

/** Any member but an observer registers a proposal for their own party, never above their clearance. */
export function canCreateProposal(actor: Actor | null, groupId: string, classificationRank: number): boolean {
  return (
    !!actor &&
    actor.party !== null &&
    canContribute(actor, groupId) &&
    classificationRank >= 0 &&
    classificationRank <= actor.clearanceRank
  );
}

/** The proposing party's co-chairs and delegates edit it (the service refuses closed ones with 409). */
export function canEditProposal(actor: Actor | null, p: ProposalAccessFacts): boolean {
  if (!actor || !canSeeProposal(actor, p) || actor.party !== p.proposingParty) return false;
  const role = roleIn(actor, p.groupId);
  return role !== null && SPEAKING_ROLES.includes(role);
}

export function canCommentOnProposal(actor: Actor | null, p: ProposalAccessFacts): boolean {
  return !!actor && canSeeProposal(actor, p) && canContribute(actor, p.groupId);
}

/** The actor as the state machine knows them, or null for someone without a party or role in the group. */
export function workflowActorOf(actor: Actor | null, groupId: string): WorkflowActor | null {
  const role = roleIn(actor, groupId);
  if (!actor || !role || actor.party === null) return null;
  return { userId: actor.userId, party: actor.party, role };
}
