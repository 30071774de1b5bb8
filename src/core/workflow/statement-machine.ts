import { DRAFTING_ROLES, requireGroupParty, requireRole, SPEAKING_ROLES } from './roles.js';
import { listMissingApprovals, STATEMENT_ACTIONS } from './statement-types.js';
import type {
  StatementAction,
  StatementActionInput,
  StatementEvent,
  StatementOutcome,
  StatementState,
} from './statement-types.js';
import { formatInstant, formatParties, isAtOrAfter, toInstant, toMillis } from './time.js';
import { refuse, succeed } from './workflow-types.js';
import type { Actor, Refusal, Role, TimeInput } from './workflow-types.js';

interface Step {
  actor: Actor;
  at: string;
}

const KIND_NAMES: Record<StatementState['kind'], string> = {
  readout: 'readout',
  joint: 'joint statement',
  announcement: 'announcement',
};

function refusePublished(state: StatementState): Refusal | null {
  if (state.status !== 'published') return null;
  const when = state.publishedAt ? ` on ${formatInstant(state.publishedAt)}` : '';
  return refuse(
    'statement_published',
    `This ${KIND_NAMES[state.kind]} was published${when}; it is final.`,
    409,
  );
}

function requireAuthorParty(state: StatementState, actor: Actor, roles: readonly Role[], doing: string) {
  if (actor.party !== state.party) {
    return refuse(
      'not_own_party',
      `This ${KIND_NAMES[state.kind]} is ${state.party}'s; only ${state.party} can ${doing} it.`,
      403,
    );
  }
  return requireRole(actor, roles, `${doing} this ${KIND_NAMES[state.kind]}`);
}

function shareForComment(state: StatementState, { actor, at }: Step): StatementOutcome {
  const refusal =
    refusePublished(state) ??
    (state.status === 'draft'
      ? null
      : refuse('invalid_transition', 'Only a draft can be shared for comment; this one already was.', 409)) ??
    requireAuthorParty(state, actor, DRAFTING_ROLES, 'share');
  if (refusal) return refusal;
  return succeed({ ...state, status: 'shared_for_comment', sharedAt: at }, [
    { type: 'statement_shared', party: actor.party, at, by: actor.userId },
  ]);
}

function approve(state: StatementState, { actor, at }: Step): StatementOutcome {
  const refusal =
    refusePublished(state) ??
    (state.kind === 'joint'
      ? null
      : refuse(
          'not_joint',
          `A ${KIND_NAMES[state.kind]} is cleared by ${state.party}, not approved.`,
          409,
        )) ??
    requireGroupParty(actor, state.parties) ??
    requireRole(actor, ['co_chair'], 'approve a joint statement');
  if (refusal) return refusal;
  const approvedAt = state.approvals[actor.party];
  if (approvedAt !== undefined) {
    return refuse(
      'already_approved',
      `${actor.party} already approved this text on ${formatInstant(approvedAt)}.`,
      409,
    );
  }
  const approvals = { ...state.approvals, [actor.party]: at };
  const next: StatementState = { ...state, approvals };
  const events: StatementEvent[] = [{ type: 'statement_approved', party: actor.party, at, by: actor.userId }];
  if (listMissingApprovals(next).length === 0) {
    next.status = 'cleared';
    events.push({ type: 'statement_cleared', at, by: actor.userId });
  }
  return succeed(next, events);
}

function clear(state: StatementState, { actor, at }: Step): StatementOutcome {
  if (state.kind === 'joint' && state.status !== 'published') {
    const missing = listMissingApprovals(state);
    const detail = missing.length > 0 ? `; still needed from ${formatParties(missing)}` : '';
    return refuse(
      'joint_requires_approvals',
      `A joint statement is cleared by every party's co-chair approving it${detail}.`,
      409,
    );
  }
  const refusal =
    refusePublished(state) ??
    (state.status === 'cleared'
      ? refuse('invalid_transition', `This ${KIND_NAMES[state.kind]} is already cleared.`, 409)
      : null) ??
    requireAuthorParty(state, actor, ['co_chair'], 'clear');
  if (refusal) return refusal;
  return succeed({ ...state, status: 'cleared' }, [{ type: 'statement_cleared', at, by: actor.userId }]);
}

function checkPublishable(state: StatementState): Refusal | null {
  if (state.kind === 'joint') {
    const missing = listMissingApprovals(state);
    if (missing.length === 0) return null;
    return refuse(
      'awaiting_approvals',
      `A joint statement needs every co-chair's approval; still awaiting ${formatParties(missing)}.`,
      409,
    );
  }
  if (state.status === 'cleared') return null;
  return refuse(
    'statement_not_cleared',
    `This ${KIND_NAMES[state.kind]} has not been cleared by ${state.party}'s co-chair yet.`,
    409,
  );
}

function publish(state: StatementState, { actor, at }: Step): StatementOutcome {
  const refusal =
    refusePublished(state) ??
    checkPublishable(state) ??
    (state.kind === 'joint'
      ? (requireGroupParty(actor, state.parties) ??
        requireRole(actor, SPEAKING_ROLES, 'publish a joint statement'))
      : requireAuthorParty(state, actor, SPEAKING_ROLES, 'publish'));
  if (refusal) return refusal;
  if (state.releaseAt !== null && !isAtOrAfter(at, state.releaseAt)) {
    return refuse(
      'embargoed',
      `Embargoed until ${formatInstant(state.releaseAt)}; it cannot be published before then.`,
      409,
    );
  }
  return succeed({ ...state, status: 'published', publishedAt: at }, [
    { type: 'statement_published', party: actor.party, at, by: actor.userId },
  ]);
}

const HANDLERS: Record<StatementAction, (state: StatementState, step: Step) => StatementOutcome> = {
  share_for_comment: shareForComment,
  approve,
  clear,
  publish,
};

export function applyStatementAction(state: StatementState, input: StatementActionInput): StatementOutcome {
  return HANDLERS[input.action](state, { actor: input.actor, at: toInstant(input.at) });
}

/** The actions this actor could take now, found by trying each one so the UI and the rules agree. */
export function availableStatementActions(
  state: StatementState,
  actor: Actor,
  at: TimeInput,
): StatementAction[] {
  return STATEMENT_ACTIONS.filter((action) => applyStatementAction(state, { action, actor, at }).ok);
}

/**
 * A change of body or release time voids approvals and clearance given to the old text. Joint
 * statements return to comment (a draft stays a draft); readouts and announcements lose clearance.
 */
export function applyStatementEdit(state: StatementState, at: TimeInput): StatementOutcome {
  const refusal = refusePublished(state);
  if (refusal) return refusal;
  const instant = toInstant(at);
  if (state.kind === 'joint') {
    const withdrawn = Object.keys(state.approvals);
    const next: StatementState = {
      ...state,
      approvals: {},
      status: state.status === 'draft' ? 'draft' : 'shared_for_comment',
    };
    const events: StatementEvent[] =
      withdrawn.length > 0
        ? [{ type: 'approvals_withdrawn', parties: withdrawn, at: instant, by: null }]
        : [];
    return succeed(next, events);
  }
  if (state.status !== 'cleared') return succeed(state, []);
  return succeed({ ...state, status: state.sharedAt === null ? 'draft' : 'shared_for_comment' }, [
    { type: 'clearance_withdrawn', at: instant, by: null },
  ]);
}

/** Joint statements are shared from creation; others only once shared for comment or cleared. */
export function isStatementVisibleTo(state: StatementState, viewerParty: string): boolean {
  if (viewerParty === state.party) return true;
  if (!state.parties.includes(viewerParty)) return false;
  return state.kind === 'joint' || state.status !== 'draft';
}

/** For the public record: did the partner see the text before it went out? */
export function partnerSawBeforeRelease(state: StatementState): boolean {
  if (state.publishedAt === null) return false;
  // Every party approved a joint statement before it could be published.
  if (state.kind === 'joint') return true;
  return state.sharedAt !== null && toMillis(state.sharedAt) < toMillis(state.publishedAt);
}
