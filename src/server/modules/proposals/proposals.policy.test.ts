import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/contract/common.js';
import type { Actor } from '../access/actor.js';
import {
  canCommentOnProposal,
  canEditProposal,
  canSeeProposal,
  effectiveAccess,
  type ProposalAccessFacts,
} from './proposals.policy.js';

const GROUP = 'g1';

function actor(party: string, role: Role | null, clearanceRank = 2): Actor {
  return {
    userId: `u-${party}-${role}`,
    email: 'x@example',
    displayName: 'X',
    party,
    agencyId: null,
    clearance: 'CONFIDENTIAL',
    clearanceRank,
    isAdmin: false,
    isAuditor: false,
    locale: 'en',
    timeZone: 'UTC',
    memberships: new Map(role ? [[GROUP, role]] : []),
    auth: { method: 'system' },
  };
}

function proposal(status: string, extra: Partial<ProposalAccessFacts> = {}): ProposalAccessFacts {
  return {
    groupId: GROUP,
    visibility: 'shared',
    party: 'KR',
    classificationRank: 0,
    status,
    proposingParty: 'KR',
    notifiedAt: status === 'draft' ? null : '2018-11-20T20:00:00.000Z',
    ...extra,
  };
}

describe('canSeeProposal', () => {
  const cases: [string, Actor, ProposalAccessFacts, boolean][] = [
    ['KR staff sees a KR draft', actor('KR', 'staff'), proposal('draft'), true],
    ['the US co-chair does not see a shared KR draft', actor('US', 'co_chair'), proposal('draft'), false],
    ['the US sees a notified KR proposal', actor('US', 'delegate'), proposal('notified'), true],
    [
      'the US does not see a draft withdrawn before notice',
      actor('US', 'co_chair'),
      proposal('withdrawn', { notifiedAt: null }),
      false,
    ],
    ['the US sees a proposal withdrawn after notice', actor('US', 'co_chair'), proposal('withdrawn'), true],
    [
      'the US sees a surprise reported without notice',
      actor('US', 'delegate'),
      proposal('executed', { notifiedAt: null }),
      true,
    ],
    [
      'a party-only KR proposal stays KR',
      actor('US', 'co_chair'),
      proposal('notified', { visibility: 'party' }),
      false,
    ],
    [
      'SBU clearance does not reach a CONFIDENTIAL proposal',
      actor('US', 'delegate', 1),
      proposal('notified', { classificationRank: 2 }),
      false,
    ],
    ['a non-member sees nothing', actor('US', null), proposal('notified'), false],
  ];
  it.each(cases)('%s', (_name, who, what, expected) => {
    expect(canSeeProposal(who, what)).toBe(expected);
  });

  it('gives a draft party-only access for events and notifications', () => {
    expect(effectiveAccess(proposal('draft')).visibility).toBe('party');
    expect(effectiveAccess(proposal('notified')).visibility).toBe('shared');
  });
});

describe('canEditProposal and canCommentOnProposal', () => {
  const cases: [string, Actor, boolean, boolean][] = [
    ['KR co-chair', actor('KR', 'co_chair'), true, true],
    ['KR delegate', actor('KR', 'delegate'), true, true],
    ['KR staff', actor('KR', 'staff'), false, true],
    ['KR observer', actor('KR', 'observer'), false, false],
    ['US co-chair', actor('US', 'co_chair'), false, true],
  ];
  it.each(cases)('%s: edit %s, comment %s', (_name, who, edit, comment) => {
    expect(canEditProposal(who, proposal('notified'))).toBe(edit);
    expect(canCommentOnProposal(who, proposal('notified'))).toBe(comment);
  });
});
