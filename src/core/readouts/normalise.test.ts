import { describe, expect, it } from 'vitest';
import { diffDates, diffNumbers, extractMentions } from './mentions.js';
import { analysePoint, stemWord } from './normalise.js';

const tokensOf = (text: string): string[] => [...analysePoint(text).tokens].sort();

describe('analysePoint folds spellings and names together', () => {
  it.each([
    { a: 'denuclearisation', b: 'denuclearization' },
    { a: 'denuclearizing the peninsula', b: 'denuclearization of the peninsula' },
    { a: 'DPRK', b: 'North Korea' },
    { a: 'D.P.R.K.', b: "Democratic People's Republic of Korea" },
    { a: 'ROK', b: 'South Korea' },
    { a: 'Republic of Korea', b: 'South Korean' },
    { a: 'U.S.', b: 'United States' },
    { a: 'US', b: 'the United States of America' },
    { a: 'railroad surveys', b: 'railway survey' },
    { a: 'humanitarian aid', b: 'humanitarian assistance' },
    { a: 'sanctions enforcement', b: 'implementation of sanctions' },
    { a: 'inter-Korean cooperation', b: 'cooperation between the two Koreas' },
    { a: 'the sides agreed', b: 'both sides agree' },
    { a: 'programme centre', b: 'program center' },
  ])('$a ≈ $b', ({ a, b }) => {
    expect(tokensOf(a)).toEqual(tokensOf(b));
    expect(tokensOf(a).length).toBeGreaterThan(0);
  });

  it('keeps the pronoun "us" apart from the country', () => {
    expect(tokensOf('Let us meet')).not.toContain('usa');
    expect(tokensOf('Let US officials meet')).toContain('usa');
  });

  it.each([
    { text: 'The sides did not agree on the timing.', isNegated: true },
    { text: "The sides didn't agree on the timing.", isNegated: true },
    { text: 'No sanctions relief without denuclearization.', isNegated: false },
    { text: 'The sides agreed on the timing.', isNegated: false },
  ])('reads negation in "$text"', ({ text, isNegated }) => {
    expect(analysePoint(text).isNegated).toBe(isNegated);
  });

  it.each([
    ['surveys', 'survey'],
    ['stopped', 'stop'],
    ['verified', 'verify'],
    ['cooperating', 'cooperation'],
    ['discussions', 'discussion'],
  ])('stems %s like %s', (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });
});

describe('extractMentions', () => {
  it.each([
    { text: 'US$8 million in aid', values: [8e6] },
    { text: '$5 million', values: [5e6] },
    { text: 'eight million dollars', values: [8e6] },
    { text: '8,000,000 dollars and 30%', values: [8e6, 30] },
    { text: 'the 1718 Committee', values: [1718] },
    { text: 'the two sides may meet', values: [] },
  ])('reads amounts in "$text"', ({ text, values }) => {
    expect(extractMentions(text).numbers.map((n) => n.value)).toEqual(values);
  });

  it.each([
    { text: 'on November 20, 2018', date: { year: 2018, month: 11, day: 20 } },
    { text: 'on Nov. 20', date: { year: null, month: 11, day: 20 } },
    { text: 'on 21 December', date: { year: null, month: 12, day: 21 } },
    { text: 'on 2018-12-26', date: { year: 2018, month: 12, day: 26 } },
    { text: 'in December 2018', date: { year: 2018, month: 12, day: null } },
  ])('reads the date in "$text" and not as an amount', ({ text, date }) => {
    const mentions = extractMentions(text);
    expect(mentions.dates).toMatchObject([date]);
    expect(mentions.numbers).toEqual([]);
  });

  it('treats dates of different precision as the same when the stated parts agree', () => {
    const a = extractMentions('November 20').dates;
    expect(diffDates(a, extractMentions('2018-11-20').dates)).toEqual({ onlyA: [], onlyB: [] });
    expect(diffDates(a, extractMentions('November 21, 2018').dates)).toEqual({
      onlyA: ['November 20'],
      onlyB: ['November 21, 2018'],
    });
  });

  it('treats the same amount written differently as the same', () => {
    const a = extractMentions('US$8 million').numbers;
    expect(diffNumbers(a, extractMentions('eight million dollars').numbers)).toEqual({
      onlyA: [],
      onlyB: [],
    });
  });
});
