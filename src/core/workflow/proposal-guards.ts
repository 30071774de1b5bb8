import { requireGroupParty, requireRole } from './roles.js';
import { listOtherParties } from './proposal-types.js';
import { formatParties } from './time.js';
import type { ProposalAction, ProposalState, ProposalStatus } from './proposal-types.js';
import { refuse } from './workflow-types.js';
import type { Actor, Refusal, Role } from './workflow-types.js';

/** Completes "You cannot … a proposal", "Only a co-chair of KR can … this proposal". */
const DOING: Record<ProposalAction, string> = {
  notify: 'notify the other parties of',
  acknowledge: 'acknowledge',
  concur: 'concur with',
  raise_concerns: 'raise concerns about',
  object: 'object to',
  withdraw_objection: 'withdraw an objection to',
  clear: 'clear',
  record_execution: 'record the execution of',
  withdraw: 'withdraw',
  report_unilateral: 'report as taken without clearance',
};

const STATUS_PHRASE: Record<ProposalStatus, string> = {
  draft: 'still a draft',
  notified: 'awaiting clearance',
  cleared: 'already cleared',
  executed: 'already carried out',
  withdrawn: 'withdrawn',
};

export function describeDoing(action: ProposalAction): string {
  return DOING[action];
}

export function isClosed(status: ProposalStatus): boolean {
  return status === 'executed' || status === 'withdrawn';
}

/** Refuses an action the proposal's status does not allow; a closed proposal says so plainly. */
export function requireStatus(
  state: ProposalState,
  allowed: readonly ProposalStatus[],
  action: ProposalAction,
): Refusal | null {
  if (allowed.includes(state.status)) return null;
  if (isClosed(state.status)) {
    return refuse(
      'proposal_closed',
      `This proposal is ${STATUS_PHRASE[state.status]}; it is closed and you cannot ${DOING[action]} it.`,
      409,
    );
  }
  return refuse(
    'invalid_transition',
    `You cannot ${DOING[action]} a proposal that is ${STATUS_PHRASE[state.status]}.`,
    409,
  );
}

/** The proposing party acts on its own proposal, with one of the given roles. */
export function requireProposer(
  state: ProposalState,
  actor: Actor,
  roles: readonly Role[],
  action: ProposalAction,
): Refusal | null {
  if (actor.party !== state.proposingParty) {
    return refuse(
      'not_proposing_party',
      `Only ${state.proposingParty}, which proposed this action, can ${DOING[action]} it; you act for ${actor.party}.`,
      403,
    );
  }
  return requireRole(actor, roles, `${DOING[action]} this proposal`);
}

/** Another party answers the proposal through a co-chair or delegate. */
export function requireResponder(
  state: ProposalState,
  actor: Actor,
  roles: readonly Role[],
  action: ProposalAction,
): Refusal | null {
  if (actor.party === state.proposingParty) {
    const others = formatParties(listOtherParties(state));
    return refuse(
      'own_proposal',
      `${actor.party} proposed this action; only ${others} can ${DOING[action]} it.`,
      403,
    );
  }
  return (
    requireGroupParty(actor, state.parties) ?? requireRole(actor, roles, `${DOING[action]} this proposal`)
  );
}
