import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.js';
import { extractCandidateEvents } from './events.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';
import type { CandidateEvent } from './types.js';

function eventsOf(text: string, publishedOn: string): CandidateEvent[] {
  const people = extractPeople(text, () => null);
  const places = extractPlaces(
    text,
    people.flatMap((p) => p.mentions),
  );
  const dates = extractDates(text, publishedOn);
  return extractCandidateEvents({ text, publishedOn, people, places, dates });
}

describe('extractCandidateEvents', () => {
  it.each([
    [
      'South Korea and the United States held the first meeting of their working group in Washington on Tuesday.',
      '2018-11-21',
      {
        kind: 'meeting',
        date: '2018-11-20',
        precision: 'day',
        place: 'Washington',
        title: 'Working group meeting in Washington',
      },
    ],
    [
      'The State Department said on Wednesday that the meeting between Mike Pompeo and Kim Yong Chol planned for Thursday in New York will take place at a later date.',
      '2018-11-08',
      {
        kind: 'postponement',
        place: 'New York',
        people: ['Mike Pompeo', 'Kim Yong Chol'],
        title: 'Meeting of Pompeo and Kim Yong Chol postponed',
      },
    ],
    [
      'The groundbreaking ceremony for reconnecting the roads and railways will be held at Panmun Station in Kaesong on Wednesday.',
      '2018-12-24',
      {
        kind: 'ceremony',
        date: '2018-12-26',
        place: 'Panmun Station',
        title: 'Groundbreaking ceremony at Panmun Station',
      },
    ],
    [
      'Stephen Biegun arrived in Seoul on Wednesday for a four-day visit.',
      '2018-12-20',
      {
        kind: 'visit',
        date: '2018-12-19',
        place: 'Seoul',
        people: ['Stephen Biegun'],
        title: 'Biegun visit to Seoul',
      },
    ],
    [
      'The State Department announced the formation of the group on Tuesday.',
      '2018-10-31',
      { kind: 'announcement', date: '2018-10-30', title: 'Announcement by State Department' },
    ],
    [
      'Lee Do-hoon and Stephen Biegun agreed on Oct. 30 to form a working group.',
      '2018-10-31',
      {
        kind: 'agreement',
        date: '2018-10-30',
        people: ['Lee Do-hoon', 'Stephen Biegun'],
        title: 'Agreement on the working group',
      },
    ],
    [
      'The two sides will meet again in Seoul next month.',
      '2018-11-21',
      { kind: 'meeting', date: '2018-12-01', precision: 'month', place: 'Seoul', title: 'Meeting in Seoul' },
    ],
    [
      'The North launched a missile on Nov. 29, 2017.',
      '2018-11-21',
      { kind: 'other', date: '2017-11-29', title: 'Launch' },
    ],
  ])('%s', (text, publishedOn, expected) => {
    const [event, ...rest] = eventsOf(text, publishedOn);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ ...expected, sentence: text });
  });

  it.each([
    ['a sentence with an event word but no date', 'The two sides held talks on the railway project.'],
    ['a sentence with a date but no event word', 'The weather in Seoul was cold on Tuesday.'],
    ['a date that cannot be resolved', 'They will meet later.'],
  ])('gives nothing for %s', (_case, text) => {
    expect(eventsOf(text, '2018-11-21')).toEqual([]);
  });

  it('dates an event by the expression nearest to its verb', () => {
    const [event] = eventsOf('Biegun said on Monday that the envoys met on Nov. 14 in Seoul.', '2018-11-20');
    expect(event?.date).toBe('2018-11-14');
  });

  it('falls back on the dateline city when the sentence names no venue', () => {
    const [event] = eventsOf(
      'SEOUL, Dec. 21 (Yonhap) -- The working group held its second meeting on Friday.',
      '2018-12-21',
    );
    expect(event).toMatchObject({ kind: 'meeting', date: '2018-12-21', place: 'Seoul' });
  });
});

describe('extractCandidateEvents: what a meeting was about', () => {
  it.each([
    [
      'SEOUL, Dec. 21 (Yonhap) -- South Korea and the United States held the second meeting of their working group in Seoul on Friday and discussed the groundbreaking ceremony for reconnecting the railways.',
      'meeting',
      'Seoul',
    ],
    [
      "SEOUL, Dec. 21 (Yonhap) -- The allies' working group met in Seoul on Friday to discuss a groundbreaking ceremony planned for Dec. 26 at Panmun Station.",
      'meeting',
      'Seoul',
    ],
    [
      'SEOUL, Dec. 21 (Yonhap) -- The two Koreas held a groundbreaking ceremony at Panmun Station on Friday.',
      'ceremony',
      'Panmun Station',
    ],
  ])('%s → %s in %s', (text, kind, place) => {
    const dates = extractDates(text, '2018-12-21');
    const places = extractPlaces(text);
    const people = extractPeople(text, () => null);
    const events = extractCandidateEvents({ text, publishedOn: '2018-12-21', people, places, dates });
    expect(events[0]).toMatchObject({ kind, place, date: '2018-12-21' });
  });
});

// Wire copy spreads one event over several sentences; these are written in the services' styles.
describe('extractCandidateEvents over neighbouring sentences', () => {
  it('takes the co-chairs and the venue from the sentence after the one that dates the meeting', () => {
    const text = `WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the inaugural meeting of their new working group on North Korea on Tuesday.

Lee Do-hoon, Seoul's special representative for Korean Peninsula peace and security affairs, and Stephen Biegun, the U.S. special representative for North Korea, co-chaired the meeting at the State Department.`;
    const [meeting] = eventsOf(text, '2018-11-21');
    expect(meeting).toMatchObject({
      kind: 'meeting',
      date: '2018-11-20',
      place: 'Washington',
      people: ['Lee Do-hoon', 'Stephen Biegun'],
    });
  });

  it('does not take people from a following sentence that is about something else', () => {
    const text = `The two sides held talks in Seoul on Tuesday. Separately, Mike Pompeo spoke to reporters about trade.`;
    expect(eventsOf(text, '2018-11-21')[0]?.people).toEqual([]);
  });

  it('places a meeting announced without a venue where the visit of the same paragraph goes', () => {
    const text = `Special Representative for North Korea Stephen Biegun will travel to Seoul, Republic of Korea, December 19-22. While there, he will meet with Special Representative Lee Do-hoon. The second meeting of the U.S.-ROK working group will take place on December 21.`;
    const events = eventsOf(text, '2018-12-18');
    expect(events.map((e) => [e.kind, e.date, e.place])).toEqual([
      ['visit', '2018-12-19', 'Seoul'],
      ['meeting', '2018-12-21', 'Seoul'],
    ]);
    expect(events[1]?.people).toContain('Lee Do-hoon');
  });

  it('names what was delayed: a survey held up since August is not a meeting', () => {
    const text = `The U.N. Security Council granted an exemption from sanctions for the survey, which had been delayed since August over U.S. concerns.`;
    expect(eventsOf(text, '2018-11-30')[0]).toMatchObject({
      kind: 'postponement',
      title: 'Survey postponed',
    });
  });

  it('credits a statement to who made it, not to the agency that carried it', () => {
    const text = `Pyongyang, December 2 (KCNA) -- The United States should not interfere in the inter-Korean railway project, a spokesman for the Committee for the Peaceful Reunification of Korea said in a statement on Sunday.`;
    expect(eventsOf(text, '2018-12-02')[0]).toMatchObject({
      kind: 'announcement',
      place: 'Pyongyang',
      title: 'Statement by Committee for the Peaceful Reunification of the Country',
    });
  });

  it('dates the start of a joint inspection', () => {
    const text = `A South Korean train carrying officials crossed the border into North Korea on Friday to begin an 18-day joint inspection of the North's railways.`;
    expect(eventsOf(text, '2018-11-30')[0]).toMatchObject({ date: '2018-11-30', title: 'Inspection begins' });
  });
});

describe('extractCandidateEvents: who took part, from the next sentences', () => {
  it('adds the counterpart met after the session, and not someone speaking of another matter', () => {
    const text = `SEOUL, Dec. 21 (Yonhap) -- South Korea and the United States held the second session of their working group on North Korea in Seoul on Friday, with U.S. envoy Stephen Biegun saying Washington will review its travel ban.

"I will be reviewing the travel restrictions," Biegun told reporters after meeting with his South Korean counterpart Lee Do-hoon.`;
    expect(eventsOf(text, '2018-12-21')[0]).toMatchObject({
      place: 'Seoul',
      people: ['Stephen Biegun', 'Lee Do-hoon'],
    });
    const briefing = `The working group will meet again next month in Seoul.

QUESTION: Will the rail survey go ahead?

MR PALLADINO: Robert Palladino said we support the survey.`;
    expect(eventsOf(briefing, '2018-11-27')[0]?.people).toEqual([]);
  });
});
