/** Roles a member can hold in a working group. */
export type Role = 'co_chair' | 'delegate' | 'staff' | 'observer';

/** The person attempting an action, as the server resolved them from the session. */
export interface Actor {
  userId: string;
  party: string;
  role: Role;
}

/** Times are always supplied by the caller; the core never reads the clock. */
export type TimeInput = Date | string;

/** Stable reasons an action is refused; clients and tests rely on these names. */
export type RefusalCode =
  | 'not_a_party'
  | 'not_proposing_party'
  | 'not_own_party'
  | 'not_co_chair'
  | 'role_not_allowed'
  | 'own_proposal'
  | 'invalid_transition'
  | 'proposal_closed'
  | 'proposal_not_cleared'
  | 'note_required'
  | 'already_acknowledged'
  | 'stance_unchanged'
  | 'no_objection'
  | 'standing_objection'
  | 'awaiting_concurrence'
  | 'awaiting_acknowledgement'
  | 'notice_period_running'
  | 'blocked_by_screening'
  | 'statement_published'
  | 'statement_not_cleared'
  | 'joint_requires_approvals'
  | 'not_joint'
  | 'already_approved'
  | 'awaiting_approvals'
  | 'embargoed'
  | 'agenda_not_agreed'
  | 'meeting_not_started'
  | 'meeting_not_held'
  | 'meeting_closed';

/** 400 bad input, 403 visible but not yours to do, 409 the record's state does not allow it. */
export type RefusalStatus = 400 | 403 | 409;

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  status: RefusalStatus;
}

export interface Success<S, E> {
  ok: true;
  state: S;
  events: E[];
}

export type Outcome<S, E> = Success<S, E> | Refusal;

/** A reason shown to users, e.g. why a proposal cannot be cleared yet. */
export interface Reason {
  code: string;
  message: string;
}

export function refuse(code: RefusalCode, message: string, status: RefusalStatus): Refusal {
  return { ok: false, code, message, status };
}

export function succeed<S, E>(state: S, events: E[]): Success<S, E> {
  return { ok: true, state, events };
}
