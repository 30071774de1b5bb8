import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/contract/common.js';
import type { Actor, RecordAccess } from './actor.js';
import { canContribute, canSeeRecord } from './access.policy.js';

const GROUP = 'g1';

function actor(
  party: string | null,
  role: Role | null,
  clearanceRank: number,
  extra: Partial<Actor> = {},
): Actor {
  return {
    userId: `u-${party}-${role}`,
    email: 'x@example',
    displayName: 'X',
    party,
    agencyId: null,
    clearance: ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL'][clearanceRank] ?? 'UNKNOWN',
    clearanceRank,
    isAdmin: false,
    isAuditor: false,
    locale: 'en',
    timeZone: 'UTC',
    memberships: new Map(role ? [[GROUP, role]] : []),
    auth: { method: 'system' },
    ...extra,
  };
}

function record(visibility: string, party: string, classificationRank: number): RecordAccess {
  return { groupId: GROUP, visibility, party, classificationRank };
}

describe('canSeeRecord', () => {
  const cases: [string, Actor | null, RecordAccess, boolean][] = [
    ['anonymous sees nothing', null, record('shared', 'KR', 0), false],
    ['a non-member sees nothing', actor('KR', null, 2), record('shared', 'KR', 0), false],
    [
      'an administrator who is no member sees nothing',
      actor(null, null, 2, { isAdmin: true }),
      record('shared', 'KR', 0),
      false,
    ],
    [
      'an auditor who is no member sees nothing',
      actor(null, null, 2, { isAuditor: true }),
      record('shared', 'US', 0),
      false,
    ],
    ['a KR delegate sees a shared US record', actor('KR', 'delegate', 0), record('shared', 'US', 0), true],
    ['a KR observer sees a shared record', actor('KR', 'observer', 0), record('shared', 'US', 0), true],
    [
      'a US delegate does not see a KR-only record',
      actor('US', 'delegate', 2),
      record('party', 'KR', 0),
      false,
    ],
    [
      'a US co-chair does not see a KR-only record',
      actor('US', 'co_chair', 2),
      record('party', 'KR', 0),
      false,
    ],
    ['a KR staff member sees a KR-only record', actor('KR', 'staff', 0), record('party', 'KR', 0), true],
    [
      'SBU clearance does not reach CONFIDENTIAL',
      actor('US', 'co_chair', 1),
      record('shared', 'US', 2),
      false,
    ],
    ['SBU clearance reaches SBU', actor('US', 'delegate', 1), record('shared', 'KR', 1), true],
    [
      'CONFIDENTIAL clearance reaches everything below',
      actor('KR', 'delegate', 2),
      record('party', 'KR', 1),
      true,
    ],
    ['an unknown clearance reaches nothing', actor('KR', 'delegate', -1), record('shared', 'KR', 0), false],
    ['a member without a party sees nothing', actor(null, 'delegate', 2), record('shared', 'KR', 0), false],
    [
      'another group is another group',
      actor('KR', 'co_chair', 2),
      { ...record('shared', 'KR', 0), groupId: 'g2' },
      false,
    ],
  ];
  it.each(cases)('%s', (_name, who, what, expected) => {
    expect(canSeeRecord(who, what)).toBe(expected);
  });
});

describe('canContribute', () => {
  it.each([
    ['co_chair', true],
    ['delegate', true],
    ['staff', true],
    ['observer', false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canContribute(actor('KR', role, 1), GROUP)).toBe(expected);
  });
  it('refuses non-members', () => expect(canContribute(actor('KR', null, 2), GROUP)).toBe(false));
});
