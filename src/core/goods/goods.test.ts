import { describe, expect, it } from 'vitest';
import { HsCodeError, findGoodsMeasures, normalizeHsCode, requiresExemption } from './find-goods-measures.js';
import { goodsMeasures } from './goods-measures.js';

const idsFor = (code: string): string[] => findGoodsMeasures(code).map((measure) => measure.id);

describe('findGoodsMeasures', () => {
  it.each([
    ['8601', ['unscr-2397-7-transport']],
    ['8601.10', ['unscr-2397-7-transport']],
    ['8471.30', ['unscr-2397-7-machinery']],
    ['8517', ['unscr-2397-7-machinery']],
    ['7208', ['unscr-2397-7-metals']],
    ['8302.10', ['unscr-2397-7-metals']],
    ['2709', ['unscr-2397-4-crude-oil', 'unscr-2375-13-condensates-ngl']],
    ['2711.12', ['unscr-2375-13-condensates-ngl']],
    ['2710.19.4', ['unscr-2397-5-refined-petroleum', 'unscr-2270-31-aviation-fuel']],
    ['2710.20', ['unscr-2397-5-refined-petroleum']],
    ['8802.11', ['unscr-2397-7-transport', 'unscr-2321-30-helicopters-vessels']],
    ['8901.10', ['unscr-2397-7-transport', 'unscr-2321-30-helicopters-vessels']],
    ['8903.92', ['unscr-2397-7-transport', 'unscr-2321-30-helicopters-vessels', 'unscr-1718-8-luxury']],
    ['9301', ['unscr-1718-8-arms']],
    ['7113.19', ['unscr-1718-8-luxury']],
    ['7102', ['unscr-1718-8-luxury']],
    ['8703.23', ['unscr-2397-7-transport', 'unscr-1718-8-luxury']],
    ['9101', ['unscr-1718-8-luxury']],
    ['1006.30', []],
    ['3004.90', []],
  ])('%s → %j', (code, expected) => {
    expect(idsFor(code).sort()).toEqual([...expected].sort());
  });

  it('reads codes with or without dots and spaces alike', () => {
    expect(idsFor('271019')).toEqual(idsFor('2710.19'));
    expect(normalizeHsCode(' 2710.19.4 ')).toBe('2710194');
  });

  it.each(['', 'abc', '27x0', '8', '12345678901'])('refuses %j with HsCodeError', (code) => {
    expect(() => findGoodsMeasures(code)).toThrow(HsCodeError);
  });

  it('states the civil passenger aircraft spare parts exception on the 2397 para 7 bans', () => {
    const metals = findGoodsMeasures('7208')[0]!;
    expect(metals.exceptions?.join(' ')).toMatch(/civilian passenger aircraft/);
  });

  it('cites a resolution and paragraph on every measure', () => {
    for (const measure of goodsMeasures) {
      expect(measure.citation).toContain(measure.resolution.split(' ')[0]!);
      expect(measure.paragraph).not.toBe('');
      expect(measure.hsPrefixes.every((prefix) => /^\d+$/.test(prefix))).toBe(true);
    }
  });
});

describe('requiresExemption', () => {
  it.each([
    ['8601', true],
    ['9301', true],
    ['1006', false],
  ])('%s → %s', (code, expected) => {
    expect(requiresExemption(findGoodsMeasures(code))).toBe(expected);
  });

  it('does not require an exemption for a cap alone', () => {
    const cap = goodsMeasures.filter((measure) => measure.kind === 'cap');
    expect(requiresExemption(cap)).toBe(false);
  });
});
