import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './publication-date.js';

describe('findPublicationDate', () => {
  it.each([
    [
      'Hankyoreh label with KST',
      'Lee, Biegun meet\nPosted on : 2018-11-20 17:16 KST\nWASHINGTON --',
      '2018-11-20',
      '2018-11-20T08:16:00.000Z',
    ],
    ['Korea Herald time before date', 'Headline\n11:15 December 21, 2018\nSEOUL --', '2018-12-21', undefined],
    ['label "date"', 'date 2018-11-27\nbody', '2018-11-27', undefined],
    [
      'long date on its own line',
      'Press Statement\nNovember 21, 2018\nThe United States …',
      '2018-11-21',
      undefined,
    ],
    ['dotted numeric date', 'Unification ministry\n2018.11.20\nbody', '2018-11-20', undefined],
    ['EST time', 'Posted November 21, 2018 at 5:16 p.m. EST\nbody', '2018-11-21', '2018-11-21T22:16:00.000Z'],
    ['EDT time', 'Published: 2018-10-30 9:05 EDT', '2018-10-30', '2018-10-30T13:05:00.000Z'],
    [
      'ISO instant from page metadata',
      'Published: 2018-11-21T06:30:00+09:00\n\nbody',
      '2018-11-21',
      '2018-11-20T21:30:00.000Z',
    ],
    [
      'label with abbreviated month and time but no zone',
      'Published : Dec 21, 2018 - 11:15\nbody',
      '2018-12-21',
      undefined,
    ],
    [
      'dateline with year',
      'SEOUL, Dec. 21, 2018 (Yonhap) -- The working group met.',
      '2018-12-21',
      undefined,
    ],
    [
      'yearless Yonhap dateline with a copyright year',
      'WASHINGTON, Nov. 20 (Yonhap) -- The two sides met.\n(c) Yonhap News Agency 2018',
      '2018-11-20',
      undefined,
    ],
    [
      'yearless KCNA dateline with a Juche year',
      'Pyongyang, December 4 (KCNA) -- A spokesman said …\nJuche 107 (2018)',
      '2018-12-04',
      undefined,
    ],
  ])('reads %s', (_layout, text, date, instant) => {
    const found = findPublicationDate(text);
    expect(found?.date).toBe(date);
    expect(found?.instant).toBe(instant);
    expect(found?.source).not.toBe('');
  });

  it.each([
    ['a yearless dateline alone', 'WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the U.S. held talks.'],
    ['a yearless KCNA dateline alone', 'Pyongyang, December 4 (KCNA) -- The DPRK Foreign Ministry said.'],
    ['an impossible date', 'Posted on : 2018-02-31 10:00 KST'],
    ['text without any date', 'The two sides discussed the railway project.'],
  ])('gives null for %s', (_case, text) => {
    expect(findPublicationDate(text)).toBeNull();
  });

  it('combines a yearless dateline with a year supplied by the caller', () => {
    expect(findPublicationDate('WASHINGTON, Nov. 20 (Yonhap) -- talks.', { yearHint: 2018 })?.date).toBe(
      '2018-11-20',
    );
  });

  it('prefers the posting label over a date in the story', () => {
    const text = 'Posted on : 2018-11-21 07:40 KST\nThe summit of June 12, 2018 in Singapore was recalled.';
    expect(findPublicationDate(text)?.date).toBe('2018-11-21');
  });

  it('keeps the outlet’s local date when the instant falls on the previous day in UTC', () => {
    const found = findPublicationDate('Posted on : 2018-12-21 08:00 KST');
    expect(found).toEqual({
      date: '2018-12-21',
      instant: '2018-12-20T23:00:00.000Z',
      source: 'Posted on : 2018-12-21 08:00 KST',
    });
  });
});

describe('findPublicationDate: a wire service web page header', () => {
  it('reads "NOVEMBER 28, 2018 / 4:12 AM / Updated 2 hours ago" on a line of its own', () => {
    expect(
      findPublicationDate(
        'Envoys meet in Seoul\nNovember 28, 2018 / 4:12 AM / Updated 2 hours ago\nSEOUL (Reuters) - …',
      ),
    ).toMatchObject({ date: '2018-11-28' });
  });
});
