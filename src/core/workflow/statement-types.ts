import type { Actor, Outcome, TimeInput } from './workflow-types.js';

export type StatementKind = 'readout' | 'joint' | 'announcement';
export type StatementStatus = 'draft' | 'shared_for_comment' | 'cleared' | 'published';

export const STATEMENT_ACTIONS = ['share_for_comment', 'approve', 'clear', 'publish'] as const;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

export interface StatementState {
  kind: StatementKind;
  /** The author's party. */
  party: string;
  /** Embargo: not to be published before this instant; null means no embargo. */
  releaseAt: string | null;
  status: StatementStatus;
  /** Joint statements only: when each party's co-chair approved the current text. */
  approvals: Record<string, string>;
  parties: string[];
  publishedAt: string | null;
  sharedAt: string | null;
}

export interface StatementActionInput {
  action: StatementAction;
  actor: Actor;
  at: TimeInput;
}

interface EventBase {
  at: string;
  by: string | null;
}

export type StatementEvent =
  | (EventBase & { type: 'statement_shared'; party: string })
  | (EventBase & { type: 'statement_approved'; party: string })
  | (EventBase & { type: 'statement_cleared' })
  | (EventBase & { type: 'statement_published'; party: string })
  | (EventBase & { type: 'approvals_withdrawn'; parties: string[] })
  | (EventBase & { type: 'clearance_withdrawn' });

export type StatementOutcome = Outcome<StatementState, StatementEvent>;

export interface NewStatement {
  kind: StatementKind;
  party: string;
  parties: readonly string[];
  releaseAt: string | null;
}

export function createStatementState(input: NewStatement): StatementState {
  const parties = [...new Set(input.parties)];
  if (!parties.includes(input.party)) {
    throw new RangeError(`Author party ${input.party} is not one of ${parties.join(', ')}.`);
  }
  return {
    kind: input.kind,
    party: input.party,
    releaseAt: input.releaseAt,
    status: 'draft',
    approvals: {},
    parties,
    publishedAt: null,
    sharedAt: null,
  };
}

/** Parties whose co-chair has not approved the current text of a joint statement. */
export function listMissingApprovals(state: StatementState): string[] {
  return state.parties.filter((party) => state.approvals[party] === undefined);
}
