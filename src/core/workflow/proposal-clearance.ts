import { requireStatus } from './proposal-guards.js';
import { findPosition, listOtherParties } from './proposal-types.js';
import type { ClearanceConditions, ProposalState } from './proposal-types.js';
import {
  addHours,
  formatInstant,
  formatParties,
  hasOrHave,
  isAtOrAfter,
  toInstant,
  toMillis,
} from './time.js';
import type { Reason, RefusalCode, TimeInput } from './workflow-types.js';

export interface ClearanceReason extends Reason {
  code: RefusalCode;
}

export interface ClearanceStatus {
  canClear: boolean;
  reasons: ClearanceReason[];
}

const REMINDER_LEAD_HOURS = 48;

function quoteNotes(state: ProposalState, parties: readonly string[]): string {
  const notes = parties
    .map((party) => ({ party, note: findPosition(state, party).note }))
    .filter((entry) => entry.note !== null && entry.note !== '')
    .map((entry) => `${entry.party}: “${entry.note}”`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

/**
 * Everything that stands between a notified proposal and clearance, most fundamental first.
 * Assumes the proposal is notified; `clearanceStatus` handles the other statuses.
 */
export function listClearanceReasons(
  state: ProposalState,
  conditions: ClearanceConditions,
  at: TimeInput,
): ClearanceReason[] {
  const reasons: ClearanceReason[] = [];
  const others = listOtherParties(state);
  const objecting = others.filter((party) => findPosition(state, party).stance === 'object');
  if (objecting.length > 0) {
    reasons.push({
      code: 'standing_objection',
      message: `${formatParties(objecting)} ${hasOrHave(objecting)} a standing objection${quoteNotes(state, objecting)}; it must be withdrawn before the action can be cleared.`,
    });
  }
  if (conditions.blockers.length > 0) {
    reasons.push({
      code: 'blocked_by_screening',
      message: `Sanctions screening holds this action back: ${conditions.blockers.map((b) => b.message).join('; ')}.`,
    });
  }
  const notConcurred = others.filter((party) => findPosition(state, party).stance !== 'concur');
  if (state.clearanceRule === 'concurrence') {
    if (notConcurred.length > 0) {
      reasons.push({
        code: 'awaiting_concurrence',
        message: `Awaiting concurrence from ${formatParties(notConcurred)}; this group clears an action only when every other party concurs.`,
      });
    }
    return reasons;
  }
  const unacknowledged = others.filter((party) => findPosition(state, party).acknowledgedAt === null);
  if (unacknowledged.length > 0) {
    reasons.push({
      code: 'awaiting_acknowledgement',
      message: `Awaiting acknowledgement from ${formatParties(unacknowledged)}; every party must confirm it has seen the notice.`,
    });
  }
  const periodOver = state.noticeEndsAt !== null && isAtOrAfter(at, state.noticeEndsAt);
  if (notConcurred.length > 0 && !periodOver) {
    const endsAt =
      state.noticeEndsAt === null ? 'has not started' : `runs until ${formatInstant(state.noticeEndsAt)}`;
    reasons.push({
      code: 'notice_period_running',
      message: `The notice period ${endsAt}; it can be cleared earlier only if ${formatParties(notConcurred)} ${notConcurred.length === 1 ? 'concurs' : 'concur'}.`,
    });
  }
  return reasons;
}

/** Whether the proposal could be cleared now and, if not, every reason why — for display. */
export function clearanceStatus(
  state: ProposalState,
  conditions: ClearanceConditions,
  at: TimeInput,
): ClearanceStatus {
  const wrongStatus = requireStatus(state, ['notified'], 'clear');
  const reasons: ClearanceReason[] = wrongStatus
    ? [{ code: wrongStatus.code, message: wrongStatus.message }]
    : listClearanceReasons(state, conditions, at);
  return { canClear: reasons.length === 0, reasons };
}

/**
 * When to remind the other parties: 48 hours before the notice period ends, but never before the
 * notice itself went out (short periods). Null until the proposal is notified.
 */
export function reminderDueAt(state: ProposalState): string | null {
  if (state.noticeEndsAt === null) return null;
  const due = addHours(state.noticeEndsAt, -REMINDER_LEAD_HOURS);
  if (state.notifiedAt !== null && toMillis(due) < toMillis(state.notifiedAt))
    return toInstant(state.notifiedAt);
  return due;
}

/**
 * Parties whose answer the proposal still waits for while notified: under 'concurrence' those that
 * have taken no position yet; under 'notice' those that have not acknowledged.
 */
export function partiesAwaitingAnswer(state: ProposalState): string[] {
  if (state.status !== 'notified') return [];
  return listOtherParties(state).filter((party) => {
    const position = findPosition(state, party);
    return state.clearanceRule === 'concurrence'
      ? position.stance === 'none'
      : position.acknowledgedAt === null;
  });
}
