import { describe, expect, it } from 'vitest';
import { extractSource } from '../../../core/context/index.js';
import { createResolver } from './name-resolver.js';

const members = [
  { id: 'u-biegun', names: ['Stephen Biegun'] },
  { id: 'u-wong', names: ['Alex Wong'] },
  { id: 'u-lee', names: ['Lee Do-hoon'] },
  { id: 'u-lee2', names: ['Lee Dong-yeol'] },
];

describe('name resolution of a lone surname', () => {
  const { resolve } = createResolver(members, [{ id: 'p-wong', names: ['Wong Kar-wai'] }], null);

  it('resolves a surname borne by exactly one person of the group, and no Korean surname', () => {
    expect(resolve.bySurname?.('Biegun')).toMatchObject({ kind: 'member', id: 'u-biegun' });
    expect(resolve('Biegun')).toMatchObject({ kind: 'member', id: 'u-biegun' });
    expect(resolve.bySurname?.('Lee')).toBeNull(); // two members, and a Korean surname first
    expect(resolve.bySurname?.('Stephen')).toBeNull(); // a given name is not a surname
  });

  it('finds the co-chair a report names by surname only, and puts him on the meeting', () => {
    const text =
      'Lee Do-hun, the South’s top nuclear envoy, met Biegun in Seoul last week, where the two agreed to work on the sanctions exemption.';
    const extraction = extractSource({ text, publishedAt: '2018-12-26', resolver: resolve });
    expect(extraction.people.map((p) => [p.name, p.resolution.id])).toEqual([
      ['Lee Do-hun', 'u-lee'],
      ['Biegun', 'u-biegun'],
    ]);
    expect(extraction.events[0]).toMatchObject({
      kind: 'meeting',
      place: 'Seoul',
      people: ['Lee Do-hun', 'Biegun'],
    });
  });
});

describe('names written in Hangul without a title', () => {
  const { resolve } = createResolver(
    [
      { id: 'u-biegun', names: ['Stephen Biegun', '스티븐 비건'] },
      { id: 'u-lee', names: ['Lee Do-hoon', '이도훈'] },
    ],
    [],
    null,
  );

  it('finds members written exactly as recorded, with the particle after them, and puts them on the meeting', () => {
    const text = '이도훈은 21일 서울에서 스티븐 비건과 만났다.';
    const extraction = extractSource({ text, publishedAt: '2018-12-22', resolver: resolve });
    expect(extraction.people.map((p) => [p.name, p.resolution.id])).toEqual([
      ['이도훈', 'u-lee'],
      ['스티븐 비건', 'u-biegun'],
    ]);
    expect(extraction.events[0]).toMatchObject({
      date: '2018-12-21',
      place: 'Seoul',
      people: ['이도훈', '스티븐 비건'],
    });
  });

  it('takes no Hangul word for a person merely because it is a word', () => {
    const extraction = extractSource({
      text: '정부는 21일 서울에서 회의를 열었다.',
      publishedAt: '2018-12-22',
      resolver: resolve,
    });
    expect(extraction.people).toEqual([]);
  });
});
