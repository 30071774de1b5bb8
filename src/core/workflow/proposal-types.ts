import type { Actor, Outcome, Reason, TimeInput } from './workflow-types.js';

export type ProposalStatus = 'draft' | 'notified' | 'cleared' | 'executed' | 'withdrawn';
export type ClearanceRule = 'concurrence' | 'notice';
export type Stance = 'none' | 'concur' | 'concerns' | 'object';

export const PROPOSAL_ACTIONS = [
  'notify',
  'acknowledge',
  'concur',
  'raise_concerns',
  'object',
  'withdraw_objection',
  'clear',
  'record_execution',
  'withdraw',
  'report_unilateral',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** One other party's answer to a proposal. */
export interface PartyPosition {
  acknowledgedAt: string | null;
  stance: Stance;
  stanceAt: string | null;
  note: string | null;
}

export interface ProposalState {
  status: ProposalStatus;
  proposingParty: string;
  /** Every party of the group, the proposer included. */
  parties: string[];
  clearanceRule: ClearanceRule;
  noticePeriodDays: number;
  notifiedAt: string | null;
  noticeEndsAt: string | null;
  /** Keyed by every party other than the proposer. */
  positions: Record<string, PartyPosition>;
  /** True when the action was taken without clearance. */
  surprise: boolean;
  executedAt: string | null;
  clearedAt: string | null;
}

/** Facts from outside the workflow that can hold clearance back, e.g. undispositioned screening hits. */
export interface ClearanceConditions {
  blockers: readonly Reason[];
}

export interface ProposalActionInput {
  action: ProposalAction;
  actor: Actor;
  at: TimeInput;
  note?: string | null;
  /** Required so that no caller can clear a proposal without having asked the screening layer. */
  conditions: ClearanceConditions;
}

interface EventBase {
  at: string;
  /** userId of the actor; null when the change came from an edit rather than an action. */
  by: string | null;
}

export type ProposalEvent =
  | (EventBase & { type: 'proposal_notified'; party: string; noticeEndsAt: string })
  | (EventBase & { type: 'proposal_acknowledged'; party: string })
  | (EventBase & {
      type: 'position_taken';
      party: string;
      stance: Exclude<Stance, 'none'>;
      note: string | null;
    })
  | (EventBase & { type: 'objection_withdrawn'; party: string })
  | (EventBase & { type: 'proposal_cleared'; party: string })
  | (EventBase & { type: 'proposal_executed'; party: string })
  | (EventBase & { type: 'proposal_withdrawn'; party: string })
  | (EventBase & { type: 'surprise_reported'; party: string; actingParty: string; note: string | null })
  | (EventBase & { type: 'notice_restarted'; noticeEndsAt: string });

export type ProposalOutcome = Outcome<ProposalState, ProposalEvent>;

export interface NewProposal {
  proposingParty: string;
  parties: readonly string[];
  clearanceRule: ClearanceRule;
  noticePeriodDays: number;
}

export const EMPTY_POSITION: PartyPosition = {
  acknowledgedAt: null,
  stance: 'none',
  stanceAt: null,
  note: null,
};

/** Parties that must answer: everyone but the proposer, in group order. */
export function listOtherParties(state: Pick<ProposalState, 'parties' | 'proposingParty'>): string[] {
  return state.parties.filter((party) => party !== state.proposingParty);
}

export function findPosition(state: ProposalState, party: string): PartyPosition {
  return state.positions[party] ?? EMPTY_POSITION;
}

export function resetPositions(parties: readonly string[]): Record<string, PartyPosition> {
  return Object.fromEntries(parties.map((party) => [party, { ...EMPTY_POSITION }]));
}

/** A fresh draft; throws on a set-up no group could have (a programming error, not a user one). */
export function createProposalState(input: NewProposal): ProposalState {
  const parties = [...new Set(input.parties)];
  if (!parties.includes(input.proposingParty)) {
    throw new RangeError(`Proposing party ${input.proposingParty} is not one of ${parties.join(', ')}.`);
  }
  if (parties.length < 2) throw new RangeError('A proposal needs at least one other party to consult.');
  if (!Number.isFinite(input.noticePeriodDays) || input.noticePeriodDays < 0) {
    throw new RangeError(`Notice period must be zero or more days, not ${input.noticePeriodDays}.`);
  }
  const others = parties.filter((party) => party !== input.proposingParty);
  return {
    status: 'draft',
    proposingParty: input.proposingParty,
    parties,
    clearanceRule: input.clearanceRule,
    noticePeriodDays: input.noticePeriodDays,
    notifiedAt: null,
    noticeEndsAt: null,
    positions: resetPositions(others),
    surprise: false,
    executedAt: null,
    clearedAt: null,
  };
}
