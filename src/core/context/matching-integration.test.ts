import { describe, expect, it } from 'vitest';
import { createNameMatcher } from '../matching/index.js';
import { extractPeople } from './people.js';
import { extractSource } from './source.js';
import type { NameResolver, ResolutionKind } from './types.js';

// The resolver as the server builds it: members first, then people on the timeline, then the UN list.
function buildResolver(
  groups: Array<{ kind: ResolutionKind; records: Array<{ id: string; names: string[] }> }>,
): NameResolver {
  const matchers = groups.map((group) => ({ kind: group.kind, matcher: createNameMatcher(group.records) }));
  return (name) => {
    for (const { kind, matcher } of matchers) {
      const [best] = matcher.match(name);
      if (best)
        return {
          kind,
          id: best.record.id,
          score: best.score,
          matchedName: best.matchedName,
          explanation: best.explanation,
        };
    }
    return null;
  };
}

const resolver = buildResolver([
  {
    kind: 'member',
    records: [
      { id: 'user-lee-dohoon', names: ['Lee Do-hoon'] },
      { id: 'user-lee-dongyeol', names: ['Lee Dong-yeol'] },
      { id: 'user-biegun', names: ['Stephen Biegun'] },
      { id: 'user-wong', names: ['Alex Wong'] },
    ],
  },
  { kind: 'known', records: [{ id: 'person-pompeo', names: ['Mike Pompeo'] }] },
  { kind: 'sanctions', records: [{ id: 'KPi.999', names: ['KIM YONG CHOL', 'Kim Yong Chol'] }] },
]);

describe('extractPeople with createNameMatcher', () => {
  it.each([
    ['Kim Yong-chol', 'sanctions', 'KPi.999'],
    ['Kim Yong Chol', 'sanctions', 'KPi.999'],
    ['Kim Yoong Chol', 'sanctions', 'KPi.999'],
    ['Rhee Do-hoon', 'member', 'user-lee-dohoon'],
    ['Lee Dong-yeol', 'member', 'user-lee-dongyeol'],
    ['Mike Pompeo', 'known', 'person-pompeo'],
  ])('resolves %s', (name, kind, id) => {
    const [person] = extractPeople(`${name} attended the talks in Seoul.`, resolver);
    expect(person?.resolution).toMatchObject({ kind, id });
  });

  it('makes one person of three spellings of Kim Yong Chol', () => {
    const text =
      'Kim Yong-chol was to meet Mike Pompeo in New York. Kim Yong Chol is a vice chairman of the party. ' +
      'Officials said Kim Yoong Chol had not confirmed.';
    const kims = extractPeople(text, resolver).filter((p) => p.resolution.id === 'KPi.999');
    expect(kims).toHaveLength(1);
    expect(kims[0]?.mentions).toEqual(['Kim Yong-chol', 'Kim Yong Chol', 'Kim Yoong Chol']);
  });

  it('resolves a report with a misspelt surname to the member', () => {
    const result = extractSource({
      text: 'SEOUL, Dec. 21, 2018 (Yonhap) -- Stephen Biegun met Rhee Do-hoon in Seoul on Friday. "We agreed," Beigun said.',
      resolver,
    });
    const biegun = result.people.find((p) => p.resolution.id === 'user-biegun');
    expect(biegun?.mentions).toEqual(['Stephen Biegun', 'Beigun']);
    expect(result.people.find((p) => p.name === 'Rhee Do-hoon')?.resolution).toMatchObject({
      kind: 'member',
      id: 'user-lee-dohoon',
    });
  });

  it('leaves someone the matcher does not know as new', () => {
    const [person] = extractPeople('Choe Son Hui met the delegation in Pyongyang.', resolver);
    expect(person?.resolution.kind).toBe('new');
  });
});
