import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it.each([
    [
      'abbreviated months',
      'They met on Nov. 20 in Washington. Talks resume Dec. 21.',
      ['They met on Nov. 20 in Washington.', 'Talks resume Dec. 21.'],
    ],
    [
      'dotted acronyms and initials',
      'The U.S. and the U.N. agreed. Mr. Biegun left at 3 p.m. Tuesday.',
      ['The U.S. and the U.N. agreed.', 'Mr. Biegun left at 3 p.m. Tuesday.'],
    ],
    [
      'closing quotes',
      '"We had a productive discussion." Biegun said so.',
      ['"We had a productive discussion."', 'Biegun said so.'],
    ],
    [
      'paragraph breaks',
      'Posted on : 2018-11-20\n\nWASHINGTON, Nov. 20 (Yonhap) -- The talks began',
      ['Posted on : 2018-11-20', 'WASHINGTON, Nov. 20 (Yonhap) -- The talks began'],
    ],
    [
      'a lower-case continuation line',
      'The group met\nin Seoul on Friday.',
      ['The group met\nin Seoul on Friday.'],
    ],
  ])('splits around %s', (_case, text, sentences) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(sentences);
  });

  it('reports offsets into the original text', () => {
    const text = 'One. Two words.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two words.']);
  });
});
