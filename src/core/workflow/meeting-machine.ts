import { requireGroupParty, requireRole } from './roles.js';
import { formatInstant, formatParties, isAtOrAfter, toInstant } from './time.js';
import { refuse, succeed } from './workflow-types.js';
import type { Actor, Outcome, Refusal, TimeInput } from './workflow-types.js';

export type MeetingStatus = 'planned' | 'agenda_agreed' | 'held' | 'closed';

export const MEETING_ACTIONS = ['approve_agenda', 'mark_held', 'close'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export interface MeetingState {
  status: MeetingStatus;
  parties: string[];
  startsAt: string;
  /** When each party's co-chair approved the current agenda. */
  agendaApprovals: Record<string, string>;
  heldAt: string | null;
  closedAt: string | null;
}

interface EventBase {
  at: string;
  by: string | null;
}

export type MeetingEvent =
  | (EventBase & { type: 'agenda_approved'; party: string })
  | (EventBase & { type: 'agenda_agreed' })
  | (EventBase & { type: 'agenda_reopened'; parties: string[] })
  | (EventBase & { type: 'meeting_held' })
  | (EventBase & { type: 'meeting_closed' });

export type MeetingOutcome = Outcome<MeetingState, MeetingEvent>;

export function createMeetingState(input: { parties: readonly string[]; startsAt: TimeInput }): MeetingState {
  return {
    status: 'planned',
    parties: [...new Set(input.parties)],
    startsAt: toInstant(input.startsAt),
    agendaApprovals: {},
    heldAt: null,
    closedAt: null,
  };
}

function listAwaitingAgenda(state: MeetingState): string[] {
  return state.parties.filter((party) => state.agendaApprovals[party] === undefined);
}

function refuseClosed(state: MeetingState): Refusal | null {
  if (state.status !== 'closed') return null;
  return refuse('meeting_closed', 'This meeting is closed; its record can no longer change.', 409);
}

function requireCoChair(state: MeetingState, actor: Actor, doing: string): Refusal | null {
  return requireGroupParty(actor, state.parties) ?? requireRole(actor, ['co_chair'], doing);
}

/** A party's co-chair approves the agenda; the last approval makes it agreed. */
export function approveAgenda(state: MeetingState, actor: Actor, at: TimeInput): MeetingOutcome {
  const instant = toInstant(at);
  const refusal =
    refuseClosed(state) ??
    (state.status === 'held'
      ? refuse('invalid_transition', 'The meeting has been held; its agenda can no longer be approved.', 409)
      : null) ??
    requireCoChair(state, actor, 'approve the agenda');
  if (refusal) return refusal;
  const approvedAt = state.agendaApprovals[actor.party];
  if (approvedAt !== undefined) {
    return refuse(
      'already_approved',
      `${actor.party} already approved this agenda on ${formatInstant(approvedAt)}.`,
      409,
    );
  }
  const next: MeetingState = {
    ...state,
    agendaApprovals: { ...state.agendaApprovals, [actor.party]: instant },
  };
  const events: MeetingEvent[] = [
    { type: 'agenda_approved', party: actor.party, at: instant, by: actor.userId },
  ];
  if (listAwaitingAgenda(next).length === 0) {
    next.status = 'agenda_agreed';
    events.push({ type: 'agenda_agreed', at: instant, by: actor.userId });
  }
  return succeed(next, events);
}

/** A changed agenda needs agreement again: every approval given so far is withdrawn. */
export function applyAgendaChange(state: MeetingState, at: TimeInput): MeetingOutcome {
  const instant = toInstant(at);
  const refusal =
    refuseClosed(state) ??
    (state.status === 'held'
      ? refuse('invalid_transition', 'The meeting has been held; its agenda is now part of the record.', 409)
      : null);
  if (refusal) return refusal;
  const withdrawn = Object.keys(state.agendaApprovals);
  const next: MeetingState = { ...state, status: 'planned', agendaApprovals: {} };
  const events: MeetingEvent[] =
    withdrawn.length > 0 ? [{ type: 'agenda_reopened', parties: withdrawn, at: instant, by: null }] : [];
  return succeed(next, events);
}

/** Any co-chair records that the meeting took place, once the agenda is agreed and it has started. */
export function markHeld(state: MeetingState, actor: Actor, at: TimeInput): MeetingOutcome {
  const instant = toInstant(at);
  const refusal =
    refuseClosed(state) ??
    (state.status === 'held'
      ? refuse('invalid_transition', 'This meeting is already marked as held.', 409)
      : null) ??
    (state.status === 'planned'
      ? refuse(
          'agenda_not_agreed',
          `The agenda is not agreed yet; awaiting approval from ${formatParties(listAwaitingAgenda(state))}.`,
          409,
        )
      : null) ??
    requireCoChair(state, actor, 'mark the meeting as held');
  if (refusal) return refusal;
  if (!isAtOrAfter(instant, state.startsAt)) {
    return refuse(
      'meeting_not_started',
      `The meeting starts at ${formatInstant(state.startsAt)}; it cannot be marked as held before then.`,
      409,
    );
  }
  return succeed({ ...state, status: 'held', heldAt: instant }, [
    { type: 'meeting_held', at: instant, by: actor.userId },
  ]);
}

/** Any co-chair closes a held meeting, freezing its record. */
export function closeMeeting(state: MeetingState, actor: Actor, at: TimeInput): MeetingOutcome {
  const instant = toInstant(at);
  const refusal =
    refuseClosed(state) ??
    (state.status === 'held'
      ? null
      : refuse('meeting_not_held', 'Only a meeting that has been held can be closed.', 409)) ??
    requireCoChair(state, actor, 'close the meeting');
  if (refusal) return refusal;
  return succeed({ ...state, status: 'closed', closedAt: instant }, [
    { type: 'meeting_closed', at: instant, by: actor.userId },
  ]);
}

const HANDLERS: Record<MeetingAction, (state: MeetingState, actor: Actor, at: TimeInput) => MeetingOutcome> =
  {
    approve_agenda: approveAgenda,
    mark_held: markHeld,
    close: closeMeeting,
  };

export function applyMeetingAction(
  state: MeetingState,
  input: { action: MeetingAction; actor: Actor; at: TimeInput },
): MeetingOutcome {
  return HANDLERS[input.action](state, input.actor, input.at);
}

/** The actions this actor could take now, found by trying each one so the UI and the rules agree. */
export function availableMeetingActions(state: MeetingState, actor: Actor, at: TimeInput): MeetingAction[] {
  return MEETING_ACTIONS.filter((action) => applyMeetingAction(state, { action, actor, at }).ok);
}
