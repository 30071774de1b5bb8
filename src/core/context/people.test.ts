import { describe, expect, it } from 'vitest';
import { extractPeople } from './people.js';
import { editDistance } from './similarity.js';
import type { NameResolution, NameResolver, ResolutionKind } from './types.js';

// src/core/matching has no index.ts yet, so these tests use a small stand-in for createNameMatcher:
// letters only, Rhee/Ri read as Lee, one typo allowed.
const RECORDS: Array<{ kind: ResolutionKind; id: string; name: string }> = [
  { kind: 'member', id: 'user-lee-dohoon', name: 'Lee Do-hoon' },
  { kind: 'member', id: 'user-biegun', name: 'Stephen Biegun' },
  { kind: 'member', id: 'user-wong', name: 'Alex Wong' },
  { kind: 'known', id: 'person-pompeo', name: 'Mike Pompeo' },
  { kind: 'sanctions', id: 'KPi.999', name: 'Kim Yong Chol' },
];

function compress(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:rhee|ri|yi)\b/, 'lee')
    .replace(/[^a-z]/g, '');
}

const resolver: NameResolver = (name) => {
  let best: NameResolution | null = null;
  for (const record of RECORDS) {
    const distance = editDistance(compress(name), compress(record.name));
    if (distance > 1) continue;
    const score = 1 - distance * 0.1;
    if (!best || score > best.score) {
      best = {
        kind: record.kind,
        id: record.id,
        score,
        matchedName: record.name,
        explanation: `${distance} edit(s)`,
      };
    }
  }
  return best;
};

const noOne: NameResolver = () => null;

function byName(text: string, resolve: NameResolver = noOne) {
  return new Map(extractPeople(text, resolve).map((person) => [person.name, person]));
}

describe('extractPeople: finding names', () => {
  it.each([
    ['compromise names', 'Mike Pompeo spoke with Allison Hooker.', ['Mike Pompeo', 'Allison Hooker']],
    [
      'hyphenated Korean names',
      'Moon Jae-in welcomed Lee Do-hoon and Lee Dong-yeol.',
      ['Moon Jae-in', 'Lee Do-hoon', 'Lee Dong-yeol'],
    ],
    ['spaced Korean names', 'Ri Yong Ho met Kim Yong Chol in Pyongyang.', ['Ri Yong Ho', 'Kim Yong Chol']],
    [
      'a name after a long title',
      'Deputy Assistant Secretary of State for North Korea Alex Wong attended.',
      ['Alex Wong'],
    ],
    [
      'a lower-case title',
      'State Department deputy spokesperson Robert Palladino said the talks would resume.',
      ['Robert Palladino'],
    ],
    ['a surname after a title', 'President Trump said he was in no hurry.', ['Trump']],
  ])('finds %s', (_case, text, names) => {
    expect(extractPeople(text, noOne).map((p) => p.name)).toEqual(names);
  });

  it.each([
    [
      'offices and places',
      'Cheong Wa Dae and the White House spoke. Seoul said it agreed. The Ministry of Unification said so.',
    ],
    ['headline words after a Korean surname', 'Kim Holds Talks With Moon Over Railways'],
    ['a bare title', 'The Chairman said the President would decide.'],
  ])('finds no person in %s', (_case, text) => {
    expect(extractPeople(text, noOne).filter((p) => p.mentions.length > 1 || p.name.includes(' '))).toEqual(
      [],
    );
  });
});

describe('extractPeople: titles', () => {
  it('collects title evidence before and after the name', () => {
    const people = byName(
      'U.S. Special Representative for North Korea Stephen Biegun met Vice Chairman Kim Yong Chol. ' +
        'Lee Do-hoon, special representative for Korean Peninsula peace and security affairs, said the talks went well.',
    );
    expect(people.get('Stephen Biegun')?.titles).toEqual(['Special Representative for North Korea']);
    expect(people.get('Kim Yong Chol')?.titles).toEqual(['Vice Chairman']);
    expect(people.get('Lee Do-hoon')?.titles).toEqual([
      'special representative for Korean Peninsula peace and security affairs',
    ]);
  });

  it('does not give the first name of a pair the title of the second', () => {
    const people = byName('Deputy Assistant Secretary Alex Wong and Allison Hooker of the NSC attended.');
    expect(people.get('Alex Wong')?.titles).toEqual(['Deputy Assistant Secretary']);
    expect(people.get('Allison Hooker')?.titles).toEqual([]);
  });
});

describe('extractPeople: grouping mentions', () => {
  it('attaches surname-only mentions to the one full name', () => {
    const people = extractPeople(
      'Stephen Biegun arrived in Seoul. Biegun said the talks were useful. Biegun left.',
      noOne,
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions).toEqual(['Stephen Biegun', 'Biegun', 'Biegun']);
  });

  it('attaches a surname with a typo when only one name is close', () => {
    const [biegun] = extractPeople('Stephen Biegun met reporters. "It went well," Beigun said.', noOne);
    expect(biegun?.mentions).toEqual(['Stephen Biegun', 'Beigun']);
  });

  it('groups spacing and hyphen variants of one Korean name', () => {
    const [kim] = extractPeople('Kim Yong-chol will visit. Kim Yong Chol is a vice chairman.', noOne);
    expect(kim?.mentions).toEqual(['Kim Yong-chol', 'Kim Yong Chol']);
  });

  it('leaves "Kim" unattached when several Kims are in the story', () => {
    const people = extractPeople('Kim Yong Chol and Andrew Kim met in New York. Kim said nothing.', noOne);
    expect(people.map((p) => [p.name, p.mentions])).toEqual([
      ['Kim Yong Chol', ['Kim Yong Chol']],
      ['Andrew Kim', ['Andrew Kim']],
    ]);
  });

  it('attaches "Kim" when only one Kim is named', () => {
    const [kim] = extractPeople('Kim Yong Chol arrived in New York. Kim said he would meet Pompeo.', noOne);
    expect(kim?.mentions).toEqual(['Kim Yong Chol', 'Kim']);
  });

  it('attaches a transcript speaker label in capitals', () => {
    const [palladino] = extractPeople(
      'Robert Palladino, Deputy Spokesperson\n\nMR PALLADINO: Good afternoon.',
      noOne,
    );
    expect(palladino?.mentions).toEqual(['Robert Palladino', 'PALLADINO']);
    expect(palladino?.titles).toEqual(['Deputy Spokesperson']);
  });
});

describe('extractPeople: resolution', () => {
  it.each([
    ['Kim Yong-chol', 'KPi.999', 'sanctions'],
    ['Kim Yong Chol', 'KPi.999', 'sanctions'],
    ['Kim Yoong Chol', 'KPi.999', 'sanctions'],
    ['Rhee Do-hoon', 'user-lee-dohoon', 'member'],
    ['Mike Pompeo', 'person-pompeo', 'known'],
  ])('resolves %s to %s', (name, id, kind) => {
    const [person] = extractPeople(`${name} attended the meeting in Seoul.`, resolver);
    expect(person?.resolution).toMatchObject({ kind, id });
  });

  it('merges spellings that resolve to one record, the typo included', () => {
    const people = extractPeople(
      'Kim Yong-chol will travel. Officials said Kim Yoong Chol would meet Pompeo.',
      resolver,
    );
    const kims = people.filter((p) => p.resolution.id === 'KPi.999');
    expect(kims).toHaveLength(1);
    expect(kims[0]?.mentions).toEqual(['Kim Yong-chol', 'Kim Yoong Chol']);
  });

  it('marks unknown people as new, to confirm', () => {
    const [person] = extractPeople('Choe Son Hui met the delegation.', resolver);
    expect(person?.name).toBe('Choe Son Hui');
    expect(person?.resolution.kind).toBe('new');
  });
});

describe('extractPeople: a title compromise half-swallows', () => {
  it('keeps "Special Representative" as the title of Stephen Biegun, not part of his name', () => {
    const people = byName(
      'The talks were led by Special Representative Stephen Biegun and Lee Do-hoon on Friday.',
    );
    expect([...people.keys()]).toContain('Stephen Biegun');
    expect(people.get('Stephen Biegun')?.titles).toEqual(['Special Representative']);
    expect([...people.keys()].some((n) => n.startsWith('Representative'))).toBe(false);
  });
});

describe('extractPeople: bylines', () => {
  it('leaves the reporters of the byline out of the story’s people', () => {
    const text = `South Korean train crosses into North for rail survey

By KIM TONG-HYUNG

SEOUL, South Korea (AP) — Unification Minister Cho Myoung-gyon saw the train off on Friday.`;
    const people = extractPeople(text, () => null).map((p) => p.name);
    expect(people).toContain('Cho Myoung-gyon');
    expect(people.map((n) => n.toLowerCase())).not.toContain('kim tong-hyung');
  });
});
