import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatOffset } from './ics-text.js';

const octets = (text: string): number => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it.each([
    { input: 'Seoul, Korea', expected: 'Seoul\\, Korea' },
    { input: 'a;b', expected: 'a\\;b' },
    { input: 'C:\\path', expected: 'C:\\\\path' },
    { input: 'line one\nline two\r\nline three', expected: 'line one\\nline two\\nline three' },
    { input: 'bell\u0007 and tab\t stay apart', expected: 'bell and tab\t stay apart' },
    { input: '남북, 철도; 조사', expected: '남북\\, 철도\\; 조사' },
  ])('escapes $input', ({ input, expected }) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  const cases: { name: string; line: string; pieces: string[] }[] = [
    { name: '75 ASCII octets stay on one line', line: 'x'.repeat(75), pieces: ['x'.repeat(75)] },
    {
      name: 'the 76th octet moves to a continuation line',
      line: 'x'.repeat(76),
      pieces: ['x'.repeat(75), 'x'],
    },
    {
      name: 'continuation lines hold 74 octets after their leading space',
      line: 'x'.repeat(75 + 74 + 2),
      pieces: ['x'.repeat(75), 'x'.repeat(74), 'xx'],
    },
    { name: '25 Korean syllables are exactly 75 octets', line: '가'.repeat(25), pieces: ['가'.repeat(25)] },
    {
      name: 'Korean syllables (3 octets) are never cut: 22 fit after SUMMARY:, then 24 a line',
      line: `SUMMARY:${'한'.repeat(50)}`,
      pieces: [`SUMMARY:${'한'.repeat(22)}`, '한'.repeat(24), '한'.repeat(4)],
    },
    {
      name: 'a 4-octet emoji that does not fit moves whole',
      line: `${'x'.repeat(73)}🇰🇷`,
      pieces: ['x'.repeat(73), '🇰🇷'],
    },
  ];

  it.each(cases)('$name', ({ line, pieces }) => {
    const folded = foldLine(line);
    expect(folded.split('\r\n ')).toEqual(pieces);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('formatOffset', () => {
  it.each([
    { minutes: -300, expected: '-0500' },
    { minutes: 540, expected: '+0900' },
    { minutes: 330, expected: '+0530' },
    { minutes: 0, expected: '+0000' },
    { minutes: 507.5, expected: '+082730' },
  ])('$minutes minutes is $expected', ({ minutes, expected }) => {
    expect(formatOffset(minutes)).toBe(expected);
  });
});
