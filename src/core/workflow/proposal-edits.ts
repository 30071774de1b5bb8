import { resetPositions, listOtherParties } from './proposal-types.js';
import type { ProposalOutcome, ProposalState } from './proposal-types.js';
import { addDays, toInstant } from './time.js';
import { refuse, succeed } from './workflow-types.js';
import type { TimeInput } from './workflow-types.js';

/** The parts of a proposal whose change means the other parties were told something different. */
export interface MaterialFields {
  items: readonly unknown[];
  counterparties: readonly unknown[];
  plannedFor: string | null | undefined;
}

/** JSON with sorted keys and without undefined members, so key order never counts as a change. */
function canonicalize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalize(member)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// Listing the same goods or counterparties in another order tells the partner nothing new.
function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(canonicalize).sort();
  const right = b.map(canonicalize).sort();
  return left.every((entry, i) => entry === right[i]);
}

/** True when items, counterparties or the planned date differ. */
export function isMaterialChange(before: MaterialFields, after: MaterialFields): boolean {
  return (
    !sameSet(before.items, after.items) ||
    !sameSet(before.counterparties, after.counterparties) ||
    (before.plannedFor ?? null) !== (after.plannedFor ?? null)
  );
}

/**
 * A material edit after notice restarts the notice clock and voids every answer, since the parties
 * answered a different proposal. A cleared proposal goes back to notified; a draft is unaffected.
 */
export function applyMaterialEdit(state: ProposalState, at: TimeInput): ProposalOutcome {
  if (state.status === 'executed' || state.status === 'withdrawn') {
    return refuse(
      'proposal_closed',
      `This proposal is ${state.status === 'executed' ? 'already carried out' : 'withdrawn'}; it can no longer be changed.`,
      409,
    );
  }
  if (state.status === 'draft') return succeed(state, []);
  const notifiedAt = toInstant(at);
  const noticeEndsAt = addDays(notifiedAt, state.noticePeriodDays);
  const next: ProposalState = {
    ...state,
    status: 'notified',
    notifiedAt,
    noticeEndsAt,
    clearedAt: null,
    positions: resetPositions(listOtherParties(state)),
  };
  return succeed(next, [{ type: 'notice_restarted', noticeEndsAt, at: notifiedAt, by: null }]);
}
