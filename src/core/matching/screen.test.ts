import { sharedDataPath, UN_LIST_FILE } from '../../../test/support/shared-data.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnList } from '../sanctions/parse-un-list.js';
import type { SanctionsEntry } from '../sanctions/types.js';
import { buildScreeningIndex, screenName } from './screen.js';

function person(referenceNumber: string, nameParts: string[], aliases: string[] = []): SanctionsEntry {
  return {
    referenceNumber,
    dataId: referenceNumber,
    kind: 'individual',
    regime: 'DPRK',
    name: nameParts.join(' '),
    nameParts,
    aliases: aliases.map((name) => ({ name, quality: 'Good' })),
    originalScriptName: null,
    datesOfBirth: [],
    nationalities: ['Democratic People’s Republic of Korea'],
    designations: [],
    titles: [],
    comments: '',
    listedOn: null,
  };
}

function entity(referenceNumber: string, name: string, aliases: string[] = []): SanctionsEntry {
  return { ...person(referenceNumber, [name], aliases), kind: 'entity', nationalities: [] };
}

// Names of our own, not in the list, so that these tests do not lean on the development rows.
const crafted: SanctionsEntry[] = [
  person('XXi.001', ['CH’OE', 'MYO’NG-CHO’L']),
  person('XXi.002', ['RI', 'CHONG HYOK']),
  person('XXi.003', ['PAK', 'SONG-GUK']),
  person('XXi.004', ['JONG', 'YONG RYONG']),
  person('XXi.005', ['HWANG', 'KYONG-UN']),
  entity('XXe.001', 'KOREA SONGBONG TRADING CORPORATION', ['Songbong General Trading Co']),
  entity('XXe.002', 'CHOLSAN SHIPPING COMPANY LIMITED'),
];

const list = parseUnList(readFileSync(sharedDataPath(UN_LIST_FILE), 'utf8'));
const index = buildScreeningIndex([...list.individuals, ...list.entities, ...crafted]);

const top = (query: string): string | undefined => screenName(index, query)[0]?.referenceNumber;

describe('screenName finds a listed name despite', () => {
  it.each([
    ['case', 'choe myong chol', 'XXi.001'],
    ['hyphen and spacing', 'Choe Myongchol', 'XXi.001'],
    ['spacing of the given name', 'Ri Chong-hyok', 'XXi.002'],
    ['McCune–Reischauer breves', 'Ch’oe Myŏng-ch’ŏl', 'XXi.001'],
    ['apostrophe breves', "CH'OE MYO'NG CHO'L", 'XXi.001'],
    ['Revised Romanization', 'Choi Myeong-cheol', 'XXi.001'],
    ['South Korean spellings', 'Lee Jung Hyuk', 'XXi.002'],
    ['Rhee for Ri', 'Rhee Chonghyok', 'XXi.002'],
    ['Park for Pak and voiced initials', 'Park Seong Guk', 'XXi.003'],
    ['Jeong/Ryong variants', 'Jeong Yeong Yong', 'XXi.004'],
    ['Eun/Kyung variants', 'Hwang Kyung Eun', 'XXi.005'],
    ['given name first', 'Myong Chol Choe', 'XXi.001'],
    ['given name first, romanized', 'Seong-guk Park', 'XXi.003'],
    ['a typo', 'Choe Myong Chlo', 'XXi.001'],
    ['a dropped letter', 'Pak Son Guk', 'XXi.003'],
    ['a doubled letter', 'Hwaang Kyong Un', 'XXi.005'],
    ['Hangul (North spelling)', '리정혁', 'XXi.002'],
    ['Hangul (South spelling)', '이정혁', 'XXi.002'],
    ['Hangul family name and given name', '최명철', 'XXi.001'],
    ['Cyrillic (Kontsevich)', 'Чхве Мён Чхоль', 'XXi.001'],
    ['legal-form abbreviations', 'Korea Songbong Trading Corp.', 'XXe.001'],
    ['a dropped country word', 'Songbong Trading Corporation', 'XXe.001'],
    ['Trade for Trading and Co for Company', 'Korea Songbong Trade Co', 'XXe.001'],
    ['Ltd for Limited', 'Cholsan Shipping Co., Ltd', 'XXe.002'],
    ['a leading "The"', 'The Cholsan Shipping Company', 'XXe.002'],
    ['an entity typo', 'Cholsna Shipping Company', 'XXe.002'],
  ])('%s: %s', (_kind, query, expected) => {
    expect(top(query)).toBe(expected);
  });
});

describe('screenName does not flag names that are not listed', () => {
  it.each([
    'Lee Do-hoon',
    'Stephen Biegun',
    'Alex Wong',
    'Allison Hooker',
    'Lee Dong-yeol',
    'Moon Jae-in',
    'Korail',
    'Hyundai Asan',
    'Samsung Electronics',
    'World Food Programme',
    'UNICEF',
    'Korean Red Cross',
    // A shared family name is never enough.
    'Kim',
    'Choe',
    'Choe Kwang Su',
    'Pak Ji Won',
    // The given name of a listed person under another family name is another person.
    'Kim Myong Chol',
    'Ju Chong Hyok',
    'Ko Song Guk',
    // Close to a listed organisation, but another one.
    'Korea Songdo Trading Corporation',
    'Cholsan Mining Company',
  ])('%s', (query) => {
    expect(screenName(index, query)).toEqual([]);
  });
});

describe('screenName results', () => {
  it('explains the evidence in words', () => {
    const [match] = screenName(index, 'Seok Min Choi');
    expect(match).toMatchObject({
      referenceNumber: 'KPi.064',
      name: "CH'OE SO’K MIN",
      kind: 'individual',
      regime: 'DPRK',
    });
    expect(match!.explanation).toMatch(/family name CH'OE = Choi \(romanization variant\)/);
    expect(match!.explanation).toMatch(/given name SO’K MIN/);
    expect(match!.explanation).toMatch(/order swapped/);
    expect(match!.evidence.map((e) => e.role)).toEqual(['family', 'given']);
  });

  it('ranks the exact spelling first and keeps scores within 0..1, best first', () => {
    const matches = screenName(index, 'Kim Song Chol', { threshold: 0.5 });
    expect(matches[0]!.referenceNumber).toBe('KPi.030');
    expect(matches[0]!.score).toBe(1);
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s >= 0.5 && s <= 1)).toBe(true);
  });

  it('honours threshold and limit', () => {
    expect(screenName(index, 'Kim Yong Chol', { threshold: 0.5, limit: 2 })).toHaveLength(2);
    expect(screenName(index, 'Kim Yong Chol', { threshold: 1 }).map((m) => m.referenceNumber)).toEqual([
      'KPi.024',
    ]);
  });

  it('matches an alias and reports which name matched', () => {
    const [match] = screenName(index, 'Amnokkang Development Bank');
    expect(match).toMatchObject({ referenceNumber: 'KPe.009', matchedName: 'Amnokkang Development Bank' });
  });

  it('matches names the list gives in another script', () => {
    expect(top('金铁三')).toBe('KPi.035');
  });

  it('ignores an alias that points at another entry', () => {
    expect(top('Second Academy of Natural Sciences')).toBe('KPe.018');
  });
});
