import { listClearanceReasons } from './proposal-clearance.js';
import { requireProposer, requireResponder, requireStatus } from './proposal-guards.js';
import { createProposalState, findPosition, PROPOSAL_ACTIONS } from './proposal-types.js';
import type {
  ClearanceConditions,
  NewProposal,
  PartyPosition,
  ProposalAction,
  ProposalActionInput,
  ProposalEvent,
  ProposalOutcome,
  ProposalState,
  Stance,
} from './proposal-types.js';
import { requireGroupParty, requireRole, SPEAKING_ROLES } from './roles.js';
import { addDays, formatInstant, toInstant } from './time.js';
import { refuse, succeed } from './workflow-types.js';
import type { Actor, Refusal, TimeInput } from './workflow-types.js';

interface Step {
  actor: Actor;
  at: string;
  note: string | null;
  conditions: ClearanceConditions;
}

type Handler = (state: ProposalState, step: Step) => ProposalOutcome;

function withPosition(state: ProposalState, party: string, patch: Partial<PartyPosition>): ProposalState {
  return {
    ...state,
    positions: { ...state.positions, [party]: { ...findPosition(state, party), ...patch } },
  };
}

function requireNote(note: string | null, doing: string): Refusal | null {
  if (note !== null && note.trim() !== '') return null;
  return refuse('note_required', `Say why when you ${doing}: a note is required.`, 400);
}

function notify(state: ProposalState, { actor, at }: Step): ProposalOutcome {
  const refusal =
    requireStatus(state, ['draft'], 'notify') ?? requireProposer(state, actor, SPEAKING_ROLES, 'notify');
  if (refusal) return refusal;
  const noticeEndsAt = addDays(at, state.noticePeriodDays);
  return succeed({ ...state, status: 'notified', notifiedAt: at, noticeEndsAt }, [
    { type: 'proposal_notified', party: actor.party, noticeEndsAt, at, by: actor.userId },
  ]);
}

function acknowledge(state: ProposalState, { actor, at }: Step): ProposalOutcome {
  const refusal =
    requireStatus(state, ['notified'], 'acknowledge') ??
    requireResponder(state, actor, SPEAKING_ROLES, 'acknowledge');
  if (refusal) return refusal;
  const { acknowledgedAt } = findPosition(state, actor.party);
  if (acknowledgedAt !== null) {
    return refuse(
      'already_acknowledged',
      `${actor.party} already acknowledged this proposal on ${formatInstant(acknowledgedAt)}.`,
      409,
    );
  }
  return succeed(withPosition(state, actor.party, { acknowledgedAt: at }), [
    { type: 'proposal_acknowledged', party: actor.party, at, by: actor.userId },
  ]);
}

const STANCE_WORDS: Record<Exclude<Stance, 'none'>, string> = {
  concur: 'concurred',
  concerns: 'raised concerns',
  object: 'objected',
};

/** concur, raise_concerns and object share one shape; taking a stance implies acknowledgement. */
function takeStance(action: ProposalAction, stance: Exclude<Stance, 'none'>, noteNeeded: boolean): Handler {
  return (state, { actor, at, note }) => {
    const refusal =
      requireStatus(state, ['notified'], action) ??
      requireResponder(state, actor, SPEAKING_ROLES, action) ??
      (noteNeeded ? requireNote(note, action === 'object' ? 'object' : 'raise concerns') : null);
    if (refusal) return refusal;
    const current = findPosition(state, actor.party);
    if (current.stance === stance) {
      return refuse('stance_unchanged', `${actor.party} has already ${STANCE_WORDS[stance]}.`, 409);
    }
    if (current.stance === 'object') {
      return refuse(
        'standing_objection',
        `${actor.party} has a standing objection; withdraw it first so the change of position is on record.`,
        409,
      );
    }
    const events: ProposalEvent[] = [];
    if (current.acknowledgedAt === null) {
      events.push({ type: 'proposal_acknowledged', party: actor.party, at, by: actor.userId });
    }
    const trimmed = note === null || note.trim() === '' ? null : note.trim();
    events.push({ type: 'position_taken', party: actor.party, stance, note: trimmed, at, by: actor.userId });
    const next = withPosition(state, actor.party, {
      acknowledgedAt: current.acknowledgedAt ?? at,
      stance,
      stanceAt: at,
      note: trimmed,
    });
    return succeed(next, events);
  };
}

function withdrawObjection(state: ProposalState, { actor, at }: Step): ProposalOutcome {
  const refusal =
    requireStatus(state, ['notified'], 'withdraw_objection') ??
    requireResponder(state, actor, SPEAKING_ROLES, 'withdraw_objection');
  if (refusal) return refusal;
  if (findPosition(state, actor.party).stance !== 'object') {
    return refuse('no_objection', `${actor.party} has no objection standing to withdraw.`, 409);
  }
  return succeed(withPosition(state, actor.party, { stance: 'none', stanceAt: at, note: null }), [
    { type: 'objection_withdrawn', party: actor.party, at, by: actor.userId },
  ]);
}

function clear(state: ProposalState, { actor, at, conditions }: Step): ProposalOutcome {
  const refusal =
    requireStatus(state, ['notified'], 'clear') ?? requireProposer(state, actor, ['co_chair'], 'clear');
  if (refusal) return refusal;
  const [first] = listClearanceReasons(state, conditions, at);
  if (first) return refuse(first.code, first.message, 409);
  return succeed({ ...state, status: 'cleared', clearedAt: at }, [
    { type: 'proposal_cleared', party: actor.party, at, by: actor.userId },
  ]);
}

const NOT_CLEARED_MESSAGES: Record<
  Exclude<ProposalState['status'], 'cleared'>,
  (s: ProposalState) => string
> = {
  draft: () => 'This action is not cleared: the proposal is still a draft and no party has been notified.',
  notified: (s) => `This action is not cleared yet; ${s.proposingParty}'s co-chair must clear it first.`,
  executed: (s) =>
    `This action is already recorded as carried out${s.executedAt ? ` on ${formatInstant(s.executedAt)}` : ''}.`,
  withdrawn: () => 'This proposal was withdrawn; it was never cleared and cannot be recorded as carried out.',
};

function recordExecution(state: ProposalState, { actor, at }: Step): ProposalOutcome {
  if (state.status !== 'cleared') {
    return refuse('proposal_not_cleared', NOT_CLEARED_MESSAGES[state.status](state), 409);
  }
  const refusal = requireProposer(state, actor, SPEAKING_ROLES, 'record_execution');
  if (refusal) return refusal;
  return succeed({ ...state, status: 'executed', executedAt: at }, [
    { type: 'proposal_executed', party: actor.party, at, by: actor.userId },
  ]);
}

function withdraw(state: ProposalState, { actor, at }: Step): ProposalOutcome {
  const refusal =
    requireStatus(state, ['draft', 'notified', 'cleared'], 'withdraw') ??
    requireProposer(state, actor, SPEAKING_ROLES, 'withdraw');
  if (refusal) return refusal;
  return succeed({ ...state, status: 'withdrawn' }, [
    { type: 'proposal_withdrawn', party: actor.party, at, by: actor.userId },
  ]);
}

function reportUnilateral(state: ProposalState, { actor, at, note }: Step): ProposalOutcome {
  if (state.status === 'cleared') {
    return refuse(
      'invalid_transition',
      'This action was cleared, so it is no surprise; record its execution instead.',
      409,
    );
  }
  const refusal =
    requireStatus(state, ['draft', 'notified'], 'report_unilateral') ??
    requireGroupParty(actor, state.parties) ??
    requireRole(actor, SPEAKING_ROLES, 'report an action taken without clearance');
  if (refusal) return refusal;
  const trimmed = note === null || note.trim() === '' ? null : note.trim();
  return succeed({ ...state, status: 'executed', executedAt: at, surprise: true }, [
    {
      type: 'surprise_reported',
      party: actor.party,
      actingParty: state.proposingParty,
      note: trimmed,
      at,
      by: actor.userId,
    },
  ]);
}

const HANDLERS: Record<ProposalAction, Handler> = {
  notify,
  acknowledge,
  concur: takeStance('concur', 'concur', false),
  raise_concerns: takeStance('raise_concerns', 'concerns', true),
  object: takeStance('object', 'object', true),
  withdraw_objection: withdrawObjection,
  clear,
  record_execution: recordExecution,
  withdraw,
  report_unilateral: reportUnilateral,
};

/** Applies one action; the input state is never modified. */
export function applyProposalAction(state: ProposalState, input: ProposalActionInput): ProposalOutcome {
  const step: Step = {
    actor: input.actor,
    at: toInstant(input.at),
    note: input.note ?? null,
    conditions: input.conditions,
  };
  return HANDLERS[input.action](state, step);
}

// A stand-in note, so that actions which need one still show as available.
const PROBE_NOTE = 'probe';

/** The actions this actor could take now, found by trying each one so the UI and the rules agree. */
export function availableProposalActions(
  state: ProposalState,
  actor: Actor,
  conditions: ClearanceConditions,
  at: TimeInput,
): ProposalAction[] {
  const instant = toInstant(at); // once, not once per probed action
  return PROPOSAL_ACTIONS.filter(
    (action) => applyProposalAction(state, { action, actor, at: instant, conditions, note: PROBE_NOTE }).ok,
  );
}

/** Drafts stay with the proposing party; from notice on, every party of the group sees the proposal. */
export function isDraftVisibleTo(state: ProposalState, viewerParty: string): boolean {
  if (state.status === 'draft') return viewerParty === state.proposingParty;
  return state.parties.includes(viewerParty);
}

export interface UnilateralReport extends NewProposal {
  actor: Actor;
  at: TimeInput;
  note?: string | null;
}

/** A record of an action some party took outside the platform, created directly as a surprise. */
export function reportUnilateralState(report: UnilateralReport): ProposalOutcome {
  const draft = createProposalState(report);
  return applyProposalAction(draft, {
    action: 'report_unilateral',
    actor: report.actor,
    at: report.at,
    note: report.note ?? null,
    conditions: { blockers: [] },
  });
}
