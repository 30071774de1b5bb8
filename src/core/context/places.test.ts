import { describe, expect, it } from 'vitest';
import { extractPlaces } from './places.js';

function names(text: string): Array<[string, string]> {
  return extractPlaces(text).map((place) => [place.name, place.kind]);
}

describe('extractPlaces', () => {
  it.each([
    ['Seoul and Washington', 'Seoul', 'place'],
    ['the truce village of Panmunjom', 'Panmunjom', 'place'],
    ['a ceremony at Panmun Station in Kaesong', 'Panmun Station', 'place'],
    ['the Punggye-ri nuclear test site', 'Punggye-ri', 'place'],
    ['Dorasan Station near the DMZ', 'Dorasan', 'place'],
    ['a summit in Singapore', 'Singapore', 'place'],
    ['the UN Security Council resolutions', 'UN Security Council', 'organization'],
    ['an exemption from the 1718 Committee', '1718 Committee', 'organization'],
    ['the Ministry of Unification said', 'Ministry of Unification', 'organization'],
    ['the Unification Ministry said', 'Ministry of Unification', 'organization'],
    ['reported by KCNA', 'KCNA', 'organization'],
    ['the Rodong Sinmun editorial', 'Rodong Sinmun', 'organization'],
  ])('finds %s', (text, name, kind) => {
    expect(names(text)).toContainEqual([name, kind]);
  });

  it('normalises "Blue House" to "Cheong Wa Dae" and keeps every mention as written', () => {
    const places = extractPlaces(
      'Cheong Wa Dae confirmed it. A Blue House official said the Blue House agreed.',
    );
    const office = places.find((place) => place.name === 'Cheong Wa Dae');
    expect(office).toEqual({
      name: 'Cheong Wa Dae',
      kind: 'organization',
      mentions: ['Cheong Wa Dae', 'Blue House', 'Blue House'],
    });
    expect(places.some((place) => place.name === 'Blue House')).toBe(false);
  });

  it('reads "Washington, D.C." as Washington, and the State Department under its three names', () => {
    const places = extractPlaces(
      'Talks in Washington, D.C. at the Department of State. The U.S. State Department and the State Department said.',
    );
    expect(places.find((p) => p.name === 'Washington')?.mentions).toEqual(['Washington, D.C.']);
    expect(places.find((p) => p.name === 'State Department')?.mentions).toHaveLength(3);
  });

  it('does not read "US$8 million" as the United States', () => {
    expect(names('A US$8 million shipment.')).not.toContainEqual(['United States', 'place']);
  });

  it('adds places compromise knows that the gazetteer does not', () => {
    expect(names('The envoy flew on to Paris and Canberra.').map(([name]) => name)).toEqual(
      expect.arrayContaining(['Paris']),
    );
  });

  it('keeps people named in the text out of the list', () => {
    const places = extractPlaces('Stephen Biegun met reporters in Seoul.', ['Stephen Biegun']);
    expect(places.map((p) => p.name)).toEqual(['Seoul']);
  });
});

describe('extractPlaces: what compromise runs together', () => {
  it('keeps the parts of a dateline, not the dateline', () => {
    const found = names('SEOUL, South Korea (AP) — A South Korean train left Seoul Station on Friday.').map(
      ([n]) => n,
    );
    expect(found).toContain('Seoul');
    expect(found).not.toContain('SEOUL, South Korea');
  });

  it('takes no alliance, possessive or title for a place', () => {
    const found = names(
      "The U.S.-ROK working group met. Ri Son-gwon chairs the North's Committee. Lee Do-hoon is Special Representative for Korean Peninsula Peace and Security Affairs.",
    ).map(([n]) => n);
    expect(found).not.toContain('U.S.-ROK');
    expect(found).not.toContain("North's Committee");
    expect(found).not.toContain('Korean Peninsula Peace');
  });
});
