import { describe, expect, it } from 'vitest';
import {
  applyStatementAction,
  applyStatementEdit,
  availableStatementActions,
  isStatementVisibleTo,
  partnerSawBeforeRelease,
} from './statement-machine.js';
import { createStatementState, STATEMENT_ACTIONS } from './statement-types.js';
import type { StatementAction, StatementKind, StatementState, StatementStatus } from './statement-types.js';
import type { Actor, Role } from './workflow-types.js';

const who = (party: string, role: Role): Actor => ({ userId: `${party}-${role}`, party, role });
const RELEASE = '2018-11-21T03:00:00.000Z';
const BEFORE = '2018-11-21T01:00:00Z';
const AFTER = '2018-11-21T04:00:00Z';

function act(state: StatementState, action: StatementAction, actor: Actor, at = AFTER) {
  return applyStatementAction(state, { action, actor, at });
}

function must(state: StatementState, action: StatementAction, actor: Actor, at = BEFORE): StatementState {
  const outcome = act(state, action, actor, at);
  if (!outcome.ok) throw new Error(`${action}: ${outcome.code}`);
  return outcome.state;
}

function statementIn(kind: StatementKind, status: StatementStatus, parties = ['KR', 'US']): StatementState {
  const draft = createStatementState({ kind, party: 'KR', parties, releaseAt: RELEASE });
  if (status === 'draft') return draft;
  const shared = must(draft, 'share_for_comment', who('KR', 'staff'));
  if (status === 'shared_for_comment') return shared;
  const cleared =
    kind === 'joint'
      ? parties.reduce((state, party) => must(state, 'approve', who(party, 'co_chair')), shared)
      : must(shared, 'clear', who('KR', 'co_chair'));
  if (status === 'cleared') return cleared;
  return must(cleared, 'publish', who('KR', 'delegate'), AFTER);
}

const NATURAL: Record<StatementAction, Actor> = {
  share_for_comment: who('KR', 'staff'),
  approve: who('US', 'co_chair'),
  clear: who('KR', 'co_chair'),
  publish: who('KR', 'delegate'),
};
const STATUSES: StatementStatus[] = ['draft', 'shared_for_comment', 'cleared', 'published'];
const SHARE = ['ok', 'invalid_transition', 'invalid_transition', 'statement_published'];
const PARTY_ONLY: Record<StatementAction, string[]> = {
  share_for_comment: SHARE,
  approve: ['not_joint', 'not_joint', 'not_joint', 'statement_published'],
  clear: ['ok', 'ok', 'invalid_transition', 'statement_published'],
  publish: ['statement_not_cleared', 'statement_not_cleared', 'ok', 'statement_published'],
};
const MATRIX: Record<StatementKind, Record<StatementAction, string[]>> = {
  readout: PARTY_ONLY,
  announcement: PARTY_ONLY,
  joint: {
    share_for_comment: SHARE,
    approve: ['ok', 'ok', 'already_approved', 'statement_published'],
    clear: [
      'joint_requires_approvals',
      'joint_requires_approvals',
      'joint_requires_approvals',
      'statement_published',
    ],
    publish: ['awaiting_approvals', 'awaiting_approvals', 'ok', 'statement_published'],
  },
};
const AFTER_STATUS: Record<StatementAction, StatementStatus | null> = {
  share_for_comment: 'shared_for_comment',
  approve: null,
  clear: 'cleared',
  publish: 'published',
};

const cases = (['readout', 'announcement', 'joint'] as const).flatMap((kind) =>
  STATEMENT_ACTIONS.flatMap((action) =>
    STATUSES.map((status, i) => ({ kind, action, status, expected: MATRIX[kind][action][i] ?? 'missing' })),
  ),
);

describe('statement actions × statuses × kinds', () => {
  it.each(cases)('$kind: $action on $status → $expected', ({ kind, action, status, expected }) => {
    const outcome = act(statementIn(kind, status), action, NATURAL[action]);
    if (expected === 'ok') {
      expect(outcome.ok && outcome.state.status).toBe(AFTER_STATUS[action] ?? status);
    } else {
      expect(outcome).toMatchObject({ ok: false, code: expected, status: 409 });
    }
  });
});

const ROLES: Role[] = ['co_chair', 'delegate', 'staff', 'observer'];
const MEMBERS = [...ROLES.map((r) => who('KR', r)), ...ROLES.map((r) => who('US', r)), who('CN', 'co_chair')];
const NOT_OWN = Array<string>(5).fill('not_own_party');
const ROLE_TABLE: {
  kind: StatementKind;
  action: StatementAction;
  status: StatementStatus;
  expected: string[];
}[] = [
  {
    kind: 'readout',
    action: 'share_for_comment',
    status: 'draft',
    expected: ['ok', 'ok', 'ok', 'role_not_allowed', ...NOT_OWN],
  },
  {
    kind: 'readout',
    action: 'clear',
    status: 'shared_for_comment',
    expected: ['ok', 'not_co_chair', 'not_co_chair', 'not_co_chair', ...NOT_OWN],
  },
  {
    kind: 'announcement',
    action: 'publish',
    status: 'cleared',
    expected: ['ok', 'ok', 'role_not_allowed', 'role_not_allowed', ...NOT_OWN],
  },
  {
    kind: 'joint',
    action: 'approve',
    status: 'shared_for_comment',
    expected: [
      'ok',
      'not_co_chair',
      'not_co_chair',
      'not_co_chair',
      'ok',
      'not_co_chair',
      'not_co_chair',
      'not_co_chair',
      'not_a_party',
    ],
  },
  {
    kind: 'joint',
    action: 'publish',
    status: 'cleared',
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
const roleCases = ROLE_TABLE.flatMap((row) =>
  MEMBERS.map((member, i) => ({
    ...row,
    member,
    name: `${member.party} ${member.role}`,
    code: row.expected[i],
  })),
);

describe('who may act on a statement', () => {
  it.each(roleCases)('$kind $action by $name → $code', ({ kind, action, status, member, code }) => {
    const outcome = act(statementIn(kind, status), action, member);
    if (code === 'ok') expect(outcome.ok).toBe(true);
    else expect(outcome).toMatchObject({ ok: false, code, status: 403 });
  });
});

describe('embargo', () => {
  it.each([
    ['readout', BEFORE, 'embargoed'],
    ['readout', RELEASE, 'ok'],
    ['joint', BEFORE, 'embargoed'],
    ['joint', AFTER, 'ok'],
  ] as const)('publishing a cleared %s at %s → %s', (kind, at, expected) => {
    const outcome = act(statementIn(kind, 'cleared'), 'publish', who('KR', 'co_chair'), at);
    if (expected === 'ok') expect(outcome.ok && outcome.state.publishedAt).toBe(new Date(at).toISOString());
    else expect(outcome).toMatchObject({ ok: false, code: 'embargoed', status: 409 });
  });

  it('names the release time', () => {
    const outcome = act(statementIn('readout', 'cleared'), 'publish', who('KR', 'co_chair'), BEFORE);
    expect(!outcome.ok && outcome.message).toBe(
      'Embargoed until 21 November 2018, 03:00 UTC; it cannot be published before then.',
    );
  });

  it('without a release time can go out at once', () => {
    const state = { ...statementIn('announcement', 'cleared'), releaseAt: null };
    expect(act(state, 'publish', who('KR', 'delegate'), '2000-01-01T00:00:00Z').ok).toBe(true);
  });
});

describe('joint statements', () => {
  it('clear only once every co-chair approved, with events for each step', () => {
    const shared = statementIn('joint', 'shared_for_comment', ['KR', 'US', 'JP']);
    const kr = act(shared, 'approve', who('KR', 'co_chair'), BEFORE);
    expect(kr.ok && kr.state.status).toBe('shared_for_comment');
    const refused = act(kr.ok ? kr.state : shared, 'publish', who('KR', 'co_chair'));
    expect(!refused.ok && refused.message).toContain('still awaiting US and JP');
    const us = must(kr.ok ? kr.state : shared, 'approve', who('US', 'co_chair'));
    const jp = act(us, 'approve', who('JP', 'co_chair'), AFTER);
    expect(jp.ok && jp.state.status).toBe('cleared');
    expect(jp.ok && jp.events.map((e) => e.type)).toEqual(['statement_approved', 'statement_cleared']);
    expect(jp.ok && Object.keys(jp.state.approvals)).toEqual(['KR', 'US', 'JP']);
  });

  it.each([
    ['cleared', 'shared_for_comment', ['KR', 'US']],
    ['shared_for_comment', 'shared_for_comment', []],
    ['draft', 'draft', []],
  ] as const)(
    'an edit of a %s joint statement withdraws approvals and leaves it %s',
    (from, to, withdrawn) => {
      const outcome = applyStatementEdit(statementIn('joint', from), AFTER);
      expect(outcome.ok && outcome.state).toMatchObject({ status: to, approvals: {} });
      expect(
        outcome.ok && outcome.events.flatMap((e) => (e.type === 'approvals_withdrawn' ? e.parties : [])),
      ).toEqual(withdrawn);
    },
  );

  it('an edit after partial approval in draft keeps it a draft without approvals', () => {
    const draft = must(statementIn('joint', 'draft'), 'approve', who('US', 'co_chair'));
    const outcome = applyStatementEdit(draft, AFTER);
    expect(outcome.ok && outcome.state).toMatchObject({ status: 'draft', approvals: {} });
  });
});

describe('edits of readouts and announcements', () => {
  it.each([
    ['readout', 'cleared', 'shared_for_comment'],
    ['announcement', 'shared_for_comment', 'shared_for_comment'],
  ] as const)('a %s that was %s becomes %s', (kind, from, to) => {
    const outcome = applyStatementEdit(statementIn(kind, from), AFTER);
    expect(outcome.ok && outcome.state.status).toBe(to);
  });

  it('a readout cleared without sharing returns to draft', () => {
    const cleared = must(statementIn('readout', 'draft'), 'clear', who('KR', 'co_chair'));
    const outcome = applyStatementEdit(cleared, AFTER);
    expect(outcome.ok && outcome.state.status).toBe('draft');
    expect(outcome.ok && outcome.events.map((e) => e.type)).toEqual(['clearance_withdrawn']);
  });

  it.each(['readout', 'joint'] as const)('refuses to edit a published %s', (kind) => {
    expect(applyStatementEdit(statementIn(kind, 'published'), AFTER)).toMatchObject({
      ok: false,
      code: 'statement_published',
      status: 409,
    });
  });
});

describe('visibility', () => {
  it.each([
    ['readout', 'draft', 'KR', true],
    ['readout', 'draft', 'US', false],
    ['announcement', 'draft', 'US', false],
    ['readout', 'shared_for_comment', 'US', true],
    ['readout', 'cleared', 'US', true],
    ['readout', 'published', 'US', true],
    ['joint', 'draft', 'US', true],
    ['joint', 'draft', 'CN', false],
  ] as const)('a %s in %s is visible to %s: %s', (kind, status, viewer, expected) => {
    expect(isStatementVisibleTo(statementIn(kind, status), viewer)).toBe(expected);
  });
});

describe('partnerSawBeforeRelease', () => {
  const clearedUnshared = must(statementIn('readout', 'draft'), 'clear', who('KR', 'co_chair'));
  it.each([
    ['shared, then published', statementIn('readout', 'published'), true],
    [
      'cleared and published without sharing',
      must(clearedUnshared, 'publish', who('KR', 'co_chair'), AFTER),
      false,
    ],
    ['shared but not yet published', statementIn('readout', 'shared_for_comment'), false],
    ['a published joint statement', statementIn('joint', 'published'), true],
    [
      'shared at the moment of publication',
      { ...statementIn('readout', 'published'), sharedAt: '2018-11-21T04:00:00.000Z' },
      false,
    ],
  ])('%s → %s', (_label, state, expected) => {
    expect(partnerSawBeforeRelease(state)).toBe(expected);
  });
});

describe('availableStatementActions', () => {
  it.each([
    ['readout', 'draft', who('KR', 'staff'), AFTER, ['share_for_comment']],
    ['readout', 'draft', who('KR', 'co_chair'), AFTER, ['share_for_comment', 'clear']],
    ['readout', 'cleared', who('KR', 'co_chair'), BEFORE, []],
    ['readout', 'cleared', who('KR', 'co_chair'), AFTER, ['publish']],
    ['joint', 'shared_for_comment', who('US', 'co_chair'), AFTER, ['approve']],
    ['joint', 'published', who('US', 'co_chair'), AFTER, []],
  ] as const)('%s %s, %o at %s → %j', (kind, status, actor, at, expected) => {
    expect(availableStatementActions(statementIn(kind, status), actor, at)).toEqual(expected);
  });
});
