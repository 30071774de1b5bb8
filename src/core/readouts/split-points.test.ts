import { describe, expect, it } from 'vitest';
import { splitIntoPoints, stripInlineMarkdown } from './split-points.js';

describe('splitIntoPoints', () => {
  const cases: { name: string; body: string; points: string[] }[] = [
    {
      name: 'sentences of a paragraph, keeping abbreviations whole',
      body: 'Lee and U.S. Special Representative Biegun met in Washington, D.C. on Nov. 20. They discussed the survey!',
      points: [
        'Lee and U.S. Special Representative Biegun met in Washington, D.C. on Nov. 20.',
        'They discussed the survey!',
      ],
    },
    {
      name: 'a sentence ending in U.S. followed by a new sentence',
      body: 'The talks went well for the U.S. The next round is in Seoul.',
      points: ['The talks went well for the U.S.', 'The next round is in Seoul.'],
    },
    {
      name: 'bullet items are points, continuation lines included; headings are not',
      body: '# Readout\n\n- First **bold** item\n  continued.\n* Second [linked](https://example.org) item\n1. Numbered `code` item',
      points: ['First bold item continued.', 'Second linked item', 'Numbered code item'],
    },
    {
      name: 'setext headings, rules and blockquotes',
      body: 'Outcome\n=======\n\n> Quoted sentence one. Quoted sentence two.\n\n---\n\nLast.',
      points: ['Quoted sentence one.', 'Quoted sentence two.', 'Last.'],
    },
    {
      name: 'Korean sentences',
      body: '남북 철도 공동조사를 논의했다. 제재 문제도 다뤘다.',
      points: ['남북 철도 공동조사를 논의했다.', '제재 문제도 다뤘다.'],
    },
    {
      name: 'a decimal or a lower-case continuation does not split',
      body: 'Aid rose 2.5 times. it was agreed e.g. on fuel.',
      points: ['Aid rose 2.5 times. it was agreed e.g. on fuel.'],
    },
    { name: 'an empty body has no points', body: '  \n\n', points: [] },
  ];

  it.each(cases)('$name', ({ body, points }) => {
    expect(splitIntoPoints(body)).toEqual(points);
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    { input: '**Sanctions** _must_ stay', expected: 'Sanctions must stay' },
    { input: '![map](x.png) and <b>bold</b>', expected: 'map and bold' },
    { input: 'snake_case_name stays', expected: 'snake_case_name stays' },
  ])('$input', ({ input, expected }) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });
});
