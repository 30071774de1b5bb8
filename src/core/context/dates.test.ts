import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.js';

function resolve(sentence: string, publishedOn: string | null) {
  return extractDates(sentence, publishedOn).map(({ text, date, precision }) => ({ text, date, precision }));
}

describe('extractDates: absolute dates', () => {
  it.each([
    ['The first meeting was held on Nov. 20.', '2018-11-22', 'Nov. 20', '2018-11-20'],
    ['The second meeting took place Dec. 21, 2018.', '2019-03-01', 'Dec. 21, 2018', '2018-12-21'],
    // A date late in the year read early in the next belongs to the past year.
    ['The groundbreaking was held Dec. 26.', '2019-01-02', 'Dec. 26', '2018-12-26'],
  ])('%s (published %s)', (sentence, publishedOn, text, date) => {
    expect(resolve(sentence, publishedOn)).toEqual([{ text, date, precision: 'day' }]);
  });

  it('reads a range and keeps its last day', () => {
    const [range] = extractDates('The delegation was in Washington Nov. 19-21.', '2018-11-22');
    expect(range).toMatchObject({
      text: 'Nov. 19-21',
      date: '2018-11-19',
      endDate: '2018-11-21',
      precision: 'day',
    });
  });

  it('reads a month on its own with month precision', () => {
    expect(resolve('The survey is planned for December.', '2018-11-22')).toEqual([
      { text: 'December', date: '2018-12-01', precision: 'month' },
    ]);
  });

  it('keeps the sentence each date came from', () => {
    const dates = extractDates('Biegun arrived on Monday. Talks were held on Tuesday.', '2018-11-22');
    expect(dates.map((d) => d.sentence)).toEqual([
      'Biegun arrived on Monday.',
      'Talks were held on Tuesday.',
    ]);
  });
});

describe('extractDates: relative dates against the publication date', () => {
  it.each([
    // published on a Thursday
    ['They met on Wednesday.', '2018-11-22', 'on Wednesday', '2018-11-21', 'day'],
    ['Biegun will travel to Seoul on Wednesday.', '2018-11-22', 'on Wednesday', '2018-11-28', 'day'],
    ['The envoy plans to visit Seoul Tuesday.', '2018-11-22', 'Tuesday', '2018-11-27', 'day'],
    ['The ministry said Tuesday the survey had ended.', '2018-11-22', 'Tuesday', '2018-11-20', 'day'],
    ['The meeting, held Thursday, ended early.', '2018-11-22', 'Thursday', '2018-11-22', 'day'],
    ['They met last Thursday.', '2018-11-22', 'last Thursday', '2018-11-15', 'day'],
    ['They will meet next Thursday.', '2018-11-22', 'next Thursday', '2018-11-29', 'day'],
    ['Officials met yesterday.', '2018-11-22', 'yesterday', '2018-11-21', 'day'],
    ['Officials met earlier this week.', '2018-11-22', 'earlier this week', '2018-11-19', 'week'],
    ['Officials met last week.', '2018-11-22', 'last week', '2018-11-12', 'week'],
    ['They will meet next week.', '2018-11-22', 'next week', '2018-11-26', 'week'],
    ['The ceremony is set for later this month.', '2018-12-05', 'later this month', '2018-12-01', 'month'],
    ['They met two weeks ago.', '2018-11-22', 'two weeks ago', '2018-11-05', 'week'],
    // across a month end and a year end
    ['Talks will resume next month.', '2018-12-31', 'next month', '2019-01-01', 'month'],
    ['Talks resumed last month.', '2019-01-02', 'last month', '2018-12-01', 'month'],
    ['The envoys met last week.', '2019-01-02', 'last week', '2018-12-24', 'week'],
    ['The envoys met yesterday.', '2019-01-01', 'yesterday', '2018-12-31', 'day'],
    ['The envoys met on Friday.', '2019-01-02', 'on Friday', '2018-12-28', 'day'],
    ['The envoys will meet on Friday.', '2018-12-31', 'on Friday', '2019-01-04', 'day'],
    ['Officials met earlier this week.', '2019-01-02', 'earlier this week', '2018-12-31', 'week'],
    ['The next round is expected next week.', '2018-11-29', 'next week', '2018-12-03', 'week'],
  ])('%s (published %s)', (sentence, publishedOn, text, date, precision) => {
    expect(resolve(sentence, publishedOn)).toEqual([{ text, date, precision }]);
  });

  it('reads tense clause by clause', () => {
    const dates = resolve(
      'Biegun will visit Seoul on Wednesday, the State Department said Monday.',
      '2018-11-22',
    );
    expect(dates).toEqual([
      { text: 'on Wednesday', date: '2018-11-28', precision: 'day' },
      { text: 'Monday', date: '2018-11-19', precision: 'day' },
    ]);
  });

  it('ignores times alone and greetings', () => {
    expect(resolve('Good afternoon. The talks began at 3 p.m. local time.', '2018-11-20')).toEqual([]);
  });
});

describe('extractDates without a publication date', () => {
  it('leaves relative dates unresolved and says why', () => {
    const dates = extractDates('They met last week and will meet again next month, on Wednesday.', null);
    expect(
      dates.map(({ text, date, precision, needsPublicationDate }) => ({
        text,
        date,
        precision,
        needsPublicationDate,
      })),
    ).toEqual([
      { text: 'last week', date: null, precision: 'week', needsPublicationDate: true },
      { text: 'next month', date: null, precision: 'month', needsPublicationDate: true },
      { text: 'on Wednesday', date: null, precision: 'day', needsPublicationDate: true },
    ]);
  });

  it('still resolves a date that states its year, but not one without', () => {
    const dates = extractDates('The summit of June 12, 2018 preceded the talks of Nov. 20.', null);
    expect(dates.map((d) => [d.text, d.date, d.needsPublicationDate ?? false])).toEqual([
      ['June 12, 2018', '2018-06-12', false],
      ['Nov. 20', null, true],
    ]);
  });
});

describe('extractDates: numeric dates and the day of the month', () => {
  it('reads a date as Korean outlets print it', () => {
    expect(extractDates('The ceremony is set for 2018.12.26 at Panmun Station.', '2018-11-28')).toMatchObject(
      [{ text: '2018.12.26', date: '2018-12-26', precision: 'day', relative: false }],
    );
    expect(extractDates('Version 2018.13.40 of the plan.', '2018-11-28')).toEqual([]);
  });

  it('takes the month of "on the 30th" from the publication date and the tense', () => {
    expect(extractDates('The survey will start on the 30th.', '2018-11-28')[0]?.date).toBe('2018-11-30');
    expect(extractDates('The survey will start on the 2nd.', '2018-11-28')[0]?.date).toBe('2018-12-02');
    expect(extractDates('The envoys met on the 30th.', '2018-12-02')[0]?.date).toBe('2018-11-30');
    expect(extractDates('The survey will start on the 30th.', null)[0]).toMatchObject({
      date: null,
      needsPublicationDate: true,
    });
  });
});
