import { describe, expect, it } from 'vitest';
import {
  combineEvents,
  matchRecord,
  splitEvent,
  mergeEvents,
  type GroupRecord,
  type SourcedEvent,
} from './event-merge.js';

function candidate(overrides: Partial<SourcedEvent>): SourcedEvent {
  return {
    sourceId: 'src-yonhap',
    date: '2018-11-20',
    precision: 'day',
    kind: 'meeting',
    title: 'Working group meeting in Washington',
    place: 'Washington',
    people: ['Lee Do-hoon', 'Stephen Biegun'],
    sentence: 'Lee Do-hoon and Stephen Biegun held the first working group meeting in Washington on Tuesday.',
    ...overrides,
  };
}

describe('mergeEvents: corroboration', () => {
  it.each([
    [
      'the same day',
      {
        sourceId: 'src-reuters',
        sentence: 'Biegun met Lee in Washington on Nov. 20.',
        people: ['Biegun', 'Lee'],
      },
    ],
    // A report from Seoul dates the Washington afternoon by the Korean calendar: one day later.
    ['one day apart (time zones)', { sourceId: 'src-herald', date: '2018-11-21', people: ['Biegun'] }],
    [
      'a week-precision report of that week',
      { sourceId: 'src-kcna', date: '2018-11-19', precision: 'week' as const, people: [] },
    ],
    ['the same place without names', { sourceId: 'src-ap', people: [], place: 'Washington' }],
  ])('makes one event of two reports on %s', (_case, second) => {
    const merged = mergeEvents([], [candidate({}), candidate(second)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources.map((s) => s.sourceId)).toEqual(['src-yonhap', second.sourceId]);
    expect(merged[0]?.disagreements).toEqual([]);
  });

  it('keeps the fuller names and the more precise date', () => {
    const merged = mergeEvents(
      [],
      [
        candidate({ date: '2018-11-19', precision: 'week', people: ['Biegun'] }),
        candidate({ sourceId: 'src-2', people: ['Stephen Biegun', 'Alex Wong'] }),
      ],
    );
    expect(merged[0]).toMatchObject({
      date: '2018-11-20',
      precision: 'day',
      people: ['Stephen Biegun', 'Alex Wong'],
    });
  });

  it('adds to an event already on the timeline and leaves the input untouched', () => {
    const [stored] = mergeEvents([], [candidate({})]);
    if (!stored) throw new Error('no event');
    const existing = [{ ...stored, id: 'evt-1' }];
    const merged = mergeEvents(existing, [candidate({ sourceId: 'src-ap' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.id).toBe('evt-1');
    expect(merged[0]?.sources).toHaveLength(2);
    expect(existing[0]?.sources).toHaveLength(1);
  });

  it('does not count the same sentence of the same source twice', () => {
    const merged = mergeEvents([], [candidate({}), candidate({})]);
    expect(merged[0]?.sources).toHaveLength(1);
  });
});

describe('mergeEvents: separate events', () => {
  it.each([
    ['another kind', { kind: 'visit' as const }],
    ['another round a month later', { date: '2018-12-21', place: 'Seoul' }],
    ['other people and another place the same day', { people: ['Mike Pompeo'], place: 'New York' }],
    ['the same people and place three weeks apart', { date: '2018-12-11' }],
  ])('keeps reports apart for %s', (_case, second) => {
    expect(mergeEvents([], [candidate({}), candidate({ sourceId: 'src-2', ...second })])).toHaveLength(2);
  });
});

describe('mergeEvents: disagreements', () => {
  it('merges a report three days off but flags the date', () => {
    const merged = mergeEvents([], [candidate({}), candidate({ sourceId: 'src-kcna', date: '2018-11-23' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.disagreements).toEqual([
      {
        field: 'date',
        values: [
          { value: '2018-11-20', sourceId: 'src-yonhap' },
          { value: '2018-11-23', sourceId: 'src-kcna' },
        ],
      },
    ]);
  });

  it('merges a report of the same meeting in another city but flags the place', () => {
    const merged = mergeEvents(
      [],
      [candidate({}), candidate({ sourceId: 'src-2', place: 'New York', people: ['Biegun'] })],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.place).toBe('Washington');
    expect(merged[0]?.disagreements).toEqual([
      {
        field: 'place',
        values: [
          { value: 'Washington', sourceId: 'src-yonhap' },
          { value: 'New York', sourceId: 'src-2' },
        ],
      },
    ]);
  });

  it('sees "Blue House" and "Cheong Wa Dae" as one place', () => {
    const merged = mergeEvents(
      [],
      [
        candidate({ kind: 'announcement', place: 'Cheong Wa Dae', people: [] }),
        candidate({ sourceId: 'src-2', kind: 'announcement', place: 'Blue House', people: [] }),
      ],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.disagreements).toEqual([]);
  });
});

describe('matchRecord', () => {
  const records: GroupRecord[] = [
    {
      kind: 'meeting',
      id: 'meeting-1',
      date: '2018-11-20',
      place: 'Washington, DC',
      people: ['Lee Do-hoon', 'Stephen Biegun', 'Alex Wong'],
    },
    {
      kind: 'meeting',
      id: 'meeting-2',
      date: '2018-12-21',
      place: 'Ministry of Foreign Affairs, Seoul',
      people: ['Lee Do-hoon', 'Stephen Biegun'],
    },
    {
      kind: 'proposal',
      id: 'proposal-groundbreaking',
      date: '2018-12-26',
      place: 'Panmun Station, Kaesong',
      people: [],
    },
  ];

  it.each([
    ['the first meeting, same day', { date: '2018-11-20', place: 'Washington', people: [] }, 'meeting-1'],
    [
      'the first meeting, a day later by Seoul time',
      { date: '2018-11-21', place: null, people: ['Biegun'] },
      'meeting-1',
    ],
    ['the second meeting in Seoul', { date: '2018-12-21', place: 'Seoul', people: [] }, 'meeting-2'],
    [
      'the groundbreaking',
      { kind: 'ceremony' as const, date: '2018-12-26', place: 'Panmun Station', people: [] },
      'proposal-groundbreaking',
    ],
  ])('links %s', (_case, event, id) => {
    expect(matchRecord({ kind: 'meeting', precision: 'day', ...event }, records)?.id).toBe(id);
  });

  it.each([
    ['two days off', { date: '2018-11-22', place: 'Washington', people: ['Biegun'] }],
    ['same day, other place and people', { date: '2018-11-20', place: 'New York', people: ['Mike Pompeo'] }],
  ])('links nothing for %s', (_case, event) => {
    expect(matchRecord({ kind: 'meeting', precision: 'day', ...event }, records)).toBeNull();
  });
});

describe('combineEvents: a member says two events are one', () => {
  // Ten days apart, so the extraction kept them apart: the member knows better.
  const [first] = mergeEvents([], [candidate({ people: ['Biegun'], place: null, precision: 'week' })]);
  const [second] = mergeEvents(
    [],
    [
      candidate({
        sourceId: 'src-ap',
        date: '2018-11-30',
        people: ['Stephen Biegun', 'Lee Do-hoon'],
        sentence: 'Biegun and Lee met at the State Department.',
        place: 'State Department',
      }),
    ],
  );

  it('takes the other event’s sources and people, its place and finer date, and keeps its own title', () => {
    const combined = combineEvents({ ...first!, title: 'Working group launched' }, second!);
    expect(combined.title).toBe('Working group launched');
    expect(combined.sources.map((s) => s.sourceId)).toEqual(['src-yonhap', 'src-ap']);
    expect(combined.people).toEqual(['Stephen Biegun', 'Lee Do-hoon']);
    expect(combined.place).toBe('State Department');
    expect([combined.date, combined.precision]).toEqual(['2018-11-30', 'day']);
    // The sources still say different days: shown, not hidden.
    expect(combined.disagreements.map((d) => d.field)).toEqual(['date']);
  });

  it('counts a sentence both events hold once, and leaves both inputs as they were', () => {
    const before = JSON.stringify([first, second]);
    const combined = combineEvents(second!, { ...first!, sources: [...first!.sources, ...second!.sources] });
    expect(combined.sources).toHaveLength(2);
    expect(JSON.stringify([first, second])).toBe(before);
  });
});

describe('splitEvent: a member says one source reports another event', () => {
  // Merged by a member: the KCNA report of 23 November in Pyongyang was another meeting.
  const event = combineEvents(
    mergeEvents([], [candidate({})])[0]!,
    mergeEvents(
      [],
      [candidate({ sourceId: 'src-kcna', date: '2018-11-23', place: 'Pyongyang', people: ['Lee Do-hoon'] })],
    )[0]!,
  );

  it('takes that source’s sentences, day and place into a new event, and the disagreement goes', () => {
    expect(event.disagreements.map((d) => d.field).sort()).toEqual(['date', 'place']);
    const result = splitEvent(event, 'src-kcna')!;
    expect(result.remaining.sources.map((s) => s.sourceId)).toEqual(['src-yonhap']);
    expect(result.remaining.disagreements).toEqual([]);
    expect(result.split).toMatchObject({
      date: '2018-11-23',
      place: 'Pyongyang',
      kind: 'meeting',
      people: [],
    });
    expect(result.split.sources.map((s) => s.sourceId)).toEqual(['src-kcna']);
  });

  it('does not split off a source the event does not have, or its only one', () => {
    expect(splitEvent(event, 'src-other')).toBeNull();
    const [alone] = mergeEvents([], [candidate({})]);
    expect(splitEvent(alone!, 'src-yonhap')).toBeNull();
  });
});
