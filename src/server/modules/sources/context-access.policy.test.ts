import { describe, expect, it } from 'vitest';
import { nextEventStatus } from '../timeline/timeline.policy.js';
import { isAtMostAsRestrictive } from './context-access.js';

const access = (visibility: string, party: string, classificationRank: number, groupId = 'g1') => ({
  groupId,
  visibility,
  party,
  classificationRank,
});

describe('isAtMostAsRestrictive (what a source may merge into or link to)', () => {
  it.each([
    ['shared event, KR-only source', access('shared', 'US', 0), access('party', 'KR', 0), true],
    ['KR-only event, shared source', access('party', 'KR', 0), access('shared', 'KR', 0), false],
    ['KR-only event, KR-only source', access('party', 'KR', 0), access('party', 'KR', 0), true],
    ['US-only event, KR-only source', access('party', 'US', 0), access('party', 'KR', 0), false],
    ['SBU event, unclassified source', access('shared', 'KR', 1), access('shared', 'KR', 0), false],
    ['unclassified event, SBU source', access('shared', 'KR', 0), access('shared', 'KR', 1), true],
    ['another group', access('shared', 'KR', 0, 'g2'), access('shared', 'KR', 0), false],
  ])('%s', (_name, record, source, expected) => {
    expect(isAtMostAsRestrictive(record, source)).toBe(expected);
  });
});

describe('nextEventStatus', () => {
  it.each([
    ['candidate', 'accept', 'accepted'],
    ['candidate', 'reject', 'rejected'],
    ['accepted', 'reject', 'rejected'],
    ['rejected', 'accept', 'accepted'],
    ['accepted', 'accept', null],
    ['rejected', 'reject', null],
  ] as const)('%s + %s → %s', (status, action, expected) => {
    expect(nextEventStatus(status, action)).toBe(expected);
  });
});
