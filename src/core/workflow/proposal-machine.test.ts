import { describe, expect, it } from 'vitest';
import { applyProposalAction, availableProposalActions } from './proposal-machine.js';
import { createProposalState, PROPOSAL_ACTIONS } from './proposal-types.js';
import type { ClearanceRule, ProposalAction, ProposalState, ProposalStatus } from './proposal-types.js';
import type { Actor, Role } from './workflow-types.js';

const T0 = '2018-11-20T18:00:00.000Z';
const LATER = '2018-11-20T19:00:00.000Z';
const NONE = { blockers: [] };

function actor(party: string, role: Role): Actor {
  return { userId: `${party.toLowerCase()}-${role}`, party, role };
}
const KR_CHAIR = actor('KR', 'co_chair');
const KR_DELEGATE = actor('KR', 'delegate');
const US_CHAIR = actor('US', 'co_chair');
const US_DELEGATE = actor('US', 'delegate');

function act(
  state: ProposalState,
  action: ProposalAction,
  who: Actor,
  at = LATER,
  note: string | null = 'note',
) {
  return applyProposalAction(state, { action, actor: who, at, note, conditions: NONE });
}

function must(state: ProposalState, action: ProposalAction, who: Actor, at = LATER): ProposalState {
  const outcome = act(state, action, who, at);
  if (!outcome.ok) throw new Error(`${action} refused in fixture: ${outcome.code}`);
  return outcome.state;
}

/** A KR proposal in the given status, reached through the machine itself. */
function proposalIn(status: ProposalStatus, rule: ClearanceRule): ProposalState {
  const draft = createProposalState({
    proposingParty: 'KR',
    parties: ['KR', 'US'],
    clearanceRule: rule,
    noticePeriodDays: 14,
  });
  if (status === 'draft') return draft;
  if (status === 'withdrawn') return must(draft, 'withdraw', KR_DELEGATE);
  const notified = must(draft, 'notify', KR_DELEGATE, T0);
  if (status === 'notified') return notified;
  const cleared = must(must(notified, 'concur', US_DELEGATE), 'clear', KR_CHAIR);
  if (status === 'cleared') return cleared;
  return must(cleared, 'record_execution', KR_DELEGATE);
}

// The member who would naturally attempt each action.
const NATURAL_ACTOR: Record<ProposalAction, Actor> = {
  notify: KR_DELEGATE,
  acknowledge: US_DELEGATE,
  concur: US_DELEGATE,
  raise_concerns: US_DELEGATE,
  object: US_DELEGATE,
  withdraw_objection: US_DELEGATE,
  clear: KR_CHAIR,
  record_execution: KR_DELEGATE,
  withdraw: KR_DELEGATE,
  report_unilateral: US_CHAIR,
};

const STATUSES: ProposalStatus[] = ['draft', 'notified', 'cleared', 'executed', 'withdrawn'];
type Expect = 'ok' | string;
const ANSWER: Expect[] = [
  'invalid_transition',
  'ok',
  'invalid_transition',
  'proposal_closed',
  'proposal_closed',
];
// Expected outcome per action, in STATUSES order; `clear` from notified depends on the rule.
const MATRIX: Record<ProposalAction, Expect[] | Record<ClearanceRule, Expect[]>> = {
  notify: ['ok', 'invalid_transition', 'invalid_transition', 'proposal_closed', 'proposal_closed'],
  acknowledge: ANSWER,
  concur: ANSWER,
  raise_concerns: ANSWER,
  object: ANSWER,
  withdraw_objection: [
    'invalid_transition',
    'no_objection',
    'invalid_transition',
    'proposal_closed',
    'proposal_closed',
  ],
  clear: {
    concurrence: [
      'invalid_transition',
      'awaiting_concurrence',
      'invalid_transition',
      'proposal_closed',
      'proposal_closed',
    ],
    notice: [
      'invalid_transition',
      'awaiting_acknowledgement',
      'invalid_transition',
      'proposal_closed',
      'proposal_closed',
    ],
  },
  record_execution: [
    'proposal_not_cleared',
    'proposal_not_cleared',
    'ok',
    'proposal_not_cleared',
    'proposal_not_cleared',
  ],
  withdraw: ['ok', 'ok', 'ok', 'proposal_closed', 'proposal_closed'],
  report_unilateral: ['ok', 'ok', 'invalid_transition', 'proposal_closed', 'proposal_closed'],
};

const STATUS_AFTER: Partial<Record<ProposalAction, ProposalStatus>> = {
  notify: 'notified',
  clear: 'cleared',
  record_execution: 'executed',
  withdraw: 'withdrawn',
  report_unilateral: 'executed',
};

const HTTP_BY_CODE: Record<string, number> = {
  invalid_transition: 409,
  proposal_closed: 409,
  proposal_not_cleared: 409,
  no_objection: 409,
  awaiting_concurrence: 409,
  awaiting_acknowledgement: 409,
};

const matrixCases = (['concurrence', 'notice'] as const).flatMap((rule) =>
  PROPOSAL_ACTIONS.flatMap((action) =>
    STATUSES.map((status, i) => {
      const row = MATRIX[action];
      const expected = Array.isArray(row) ? row[i] : row[rule][i];
      return { rule, action, status, expected: expected ?? 'missing' };
    }),
  ),
);

describe('proposal actions × statuses × clearance rules', () => {
  it.each(matrixCases)('$rule: $action on $status → $expected', ({ rule, action, status, expected }) => {
    const state = proposalIn(status, rule);
    const outcome = act(state, action, NATURAL_ACTOR[action]);
    if (expected === 'ok') {
      expect(outcome.ok).toBe(true);
      if (outcome.ok) {
        expect(outcome.state.status).toBe(STATUS_AFTER[action] ?? status);
        expect(outcome.events.length).toBeGreaterThan(0);
      }
    } else {
      expect(outcome).toMatchObject({ ok: false, code: expected, status: HTTP_BY_CODE[expected] });
    }
  });

  it('covers every action in both rules', () => {
    expect(matrixCases).toHaveLength(PROPOSAL_ACTIONS.length * STATUSES.length * 2);
  });
});

const ROLES: Role[] = ['co_chair', 'delegate', 'staff', 'observer'];
const MEMBERS = [
  ...ROLES.map((r) => actor('KR', r)),
  ...ROLES.map((r) => actor('US', r)),
  actor('CN', 'co_chair'),
];
const ids = (...names: string[]) => names.join(',');

// For each action: the state it is tried in, and the expected code per member (KR×4, US×4, CN).
const RESPONDER = [
  'own_proposal',
  'own_proposal',
  'own_proposal',
  'own_proposal',
  'ok',
  'ok',
  'role_not_allowed',
  'role_not_allowed',
  'not_a_party',
];
const PROPOSER_SPEAKER = [
  'ok',
  'ok',
  'role_not_allowed',
  'role_not_allowed',
  'not_proposing_party',
  'not_proposing_party',
  'not_proposing_party',
  'not_proposing_party',
  'not_proposing_party',
];
const notified = () => proposalIn('notified', 'concurrence');
const ROLE_TABLE: { action: ProposalAction; state: () => ProposalState; expected: string[] }[] = [
  { action: 'notify', state: () => proposalIn('draft', 'concurrence'), expected: PROPOSER_SPEAKER },
  { action: 'acknowledge', state: notified, expected: RESPONDER },
  { action: 'concur', state: notified, expected: RESPONDER },
  { action: 'raise_concerns', state: notified, expected: RESPONDER },
  { action: 'object', state: notified, expected: RESPONDER },
  { action: 'withdraw_objection', state: () => must(notified(), 'object', US_CHAIR), expected: RESPONDER },
  {
    action: 'clear',
    state: () => must(notified(), 'concur', US_CHAIR),
    expected: [
      'ok',
      'not_co_chair',
      'not_co_chair',
      'not_co_chair',
      ...Array<string>(5).fill('not_proposing_party'),
    ],
  },
  {
    action: 'record_execution',
    state: () => proposalIn('cleared', 'concurrence'),
    expected: PROPOSER_SPEAKER,
  },
  { action: 'withdraw', state: notified, expected: PROPOSER_SPEAKER },
  {
    action: 'report_unilateral',
    state: notified,
    expected: [
      'ok',
      'ok',
      'role_not_allowed',
      'role_not_allowed',
      'ok',
      'ok',
      'role_not_allowed',
      'role_not_allowed',
      'not_a_party',
    ],
  },
];

const roleCases = ROLE_TABLE.flatMap(({ action, state, expected }) =>
  MEMBERS.map((member, i) => ({
    action,
    state,
    member,
    who: ids(member.party, member.role),
    expected: expected[i],
  })),
);

describe('who may take each proposal action', () => {
  it.each(roleCases)('$action by $who → $expected', ({ action, state, member, expected }) => {
    const outcome = act(state(), action, member);
    if (expected === 'ok') expect(outcome.ok).toBe(true);
    else expect(outcome).toMatchObject({ ok: false, code: expected, status: 403 });
  });
});

describe('positions', () => {
  it.each([
    ['raise_concerns', null],
    ['raise_concerns', '   '],
    ['object', null],
    ['object', ''],
  ] as const)('%s without a note (%j) is refused as note_required, 400', (action, note) => {
    expect(act(notified(), action, US_DELEGATE, LATER, note)).toMatchObject({
      code: 'note_required',
      status: 400,
    });
  });

  it('concurring needs no note and counts as acknowledgement', () => {
    const outcome = act(notified(), 'concur', US_DELEGATE, LATER, null);
    expect(outcome.ok && outcome.state.positions.US).toEqual({
      acknowledgedAt: LATER,
      stance: 'concur',
      stanceAt: LATER,
      note: null,
    });
    expect(outcome.ok && outcome.events.map((e) => e.type)).toEqual([
      'proposal_acknowledged',
      'position_taken',
    ]);
  });

  it('an earlier acknowledgement keeps its time and is not announced twice', () => {
    const acknowledged = must(notified(), 'acknowledge', US_DELEGATE, LATER);
    const outcome = act(acknowledged, 'raise_concerns', US_CHAIR, '2018-11-21T00:00:00Z', '  timing  ');
    expect(outcome.ok && outcome.state.positions.US).toMatchObject({ acknowledgedAt: LATER, note: 'timing' });
    expect(outcome.ok && outcome.events).toEqual([
      {
        type: 'position_taken',
        party: 'US',
        stance: 'concerns',
        note: 'timing',
        at: '2018-11-21T00:00:00.000Z',
        by: 'us-co_chair',
      },
    ]);
  });

  it.each([
    ['acknowledge', 'acknowledge', 'already_acknowledged'],
    ['concur', 'concur', 'stance_unchanged'],
    ['object', 'object', 'stance_unchanged'],
    ['object', 'concur', 'standing_objection'],
    ['object', 'raise_concerns', 'standing_objection'],
    ['concur', 'withdraw_objection', 'no_objection'],
  ] as const)('after %s, %s is refused as %s', (first, second, code) => {
    const state = must(notified(), first, US_DELEGATE);
    expect(act(state, second, US_DELEGATE)).toMatchObject({ ok: false, code, status: 409 });
  });

  it('a party can change its mind from concerns to concurrence', () => {
    const state = must(must(notified(), 'raise_concerns', US_DELEGATE), 'concur', US_DELEGATE);
    expect(state.positions.US?.stance).toBe('concur');
  });

  it('never modifies the state it is given', () => {
    const state = notified();
    const snapshot = structuredClone(state);
    for (const action of PROPOSAL_ACTIONS) act(state, action, US_DELEGATE);
    expect(state).toEqual(snapshot);
  });
});

describe('availableProposalActions', () => {
  it.each([
    ['draft', KR_DELEGATE, ['notify', 'withdraw', 'report_unilateral']],
    ['draft', US_CHAIR, ['report_unilateral']],
    ['notified', US_DELEGATE, ['acknowledge', 'concur', 'raise_concerns', 'object', 'report_unilateral']],
    ['notified', KR_CHAIR, ['withdraw', 'report_unilateral']],
    ['notified', actor('US', 'observer'), []],
    ['cleared', KR_DELEGATE, ['record_execution', 'withdraw']],
    ['cleared', US_CHAIR, []],
    ['executed', KR_CHAIR, []],
  ] as const)('%s proposal, %o may %j', (status, who, expected) => {
    expect(availableProposalActions(proposalIn(status, 'concurrence'), who, NONE, LATER)).toEqual(expected);
  });

  it('offers clear to the KR co-chair only once US concurs', () => {
    const state = must(notified(), 'concur', US_DELEGATE);
    expect(availableProposalActions(state, KR_CHAIR, NONE, LATER)).toContain('clear');
    expect(availableProposalActions(state, KR_DELEGATE, NONE, LATER)).not.toContain('clear');
  });

  it('agrees with applyProposalAction for every member and status', () => {
    for (const status of STATUSES) {
      const state = proposalIn(status, 'notice');
      for (const member of MEMBERS) {
        const allowed = PROPOSAL_ACTIONS.filter((action) => act(state, action, member).ok);
        expect(availableProposalActions(state, member, NONE, LATER)).toEqual(allowed);
      }
    }
  });
});
