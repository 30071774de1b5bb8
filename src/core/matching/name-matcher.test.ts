import { describe, expect, it } from 'vitest';
import { createNameMatcher } from './name-matcher.js';

const members = [
  { id: 'u1', names: ['Lee Do-hoon'], party: 'ROK' },
  { id: 'u2', names: ['Stephen Biegun'], party: 'US' },
  { id: 'u3', names: ['Alex Wong'], party: 'US' },
  { id: 'u4', names: ['Allison Hooker'], party: 'US' },
  { id: 'u5', names: ['Lee Dong-yeol'], party: 'ROK' },
  { id: 'u6', names: ['Kim Hyun-chong', '김현종'], party: 'ROK' },
];
const matcher = createNameMatcher(members);
const best = (query: string): string | undefined => matcher.match(query)[0]?.record.id;

describe('createNameMatcher', () => {
  it.each([
    ['Lee Do-hoon', 'u1'],
    ['Lee Do Hoon', 'u1'],
    ['Rhee Dohun', 'u1'],
    ['Yi Do-hun', 'u1'],
    ['Do-hoon Lee', 'u1'],
    ['이도훈', 'u1'],
    ['Stephen E. Biegun', 'u2'],
    ['Stephen Beigun', 'u2'],
    ['Biegun, Stephen', 'u2'],
    ['Allison Hooker', 'u4'],
    ['Lee Dong Yeol', 'u5'],
    ['Kim Hyeon-jong', 'u6'],
  ])('%s → %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it.each(['Lee Dong-hoon Park', 'Park Do-hoon', 'Stephen King', 'Alex Jones', 'Kim Jong-un', 'Lee'])(
    'does not match %s',
    (query) => {
      expect(matcher.match(query)).toEqual([]);
    },
  );

  it('returns the record itself with the evidence', () => {
    const [match] = matcher.match('Rhee Dohun');
    expect(match!.record).toBe(members[0]);
    expect(match!.matchedName).toBe('Lee Do-hoon');
    expect(match!.explanation).toMatch(/family name Lee = Rhee \(romanization variant\)/);
  });
});
