import { describe, expect, it } from 'vitest';
import { listDays } from './dates.js';
import { computeTrackIndex } from './track-index.js';
import type { MilestoneStatus, TempoMilestone } from './types.js';

let nextId = 0;
function milestone(
  weight: number,
  status: MilestoneStatus,
  achievedOn: string | null = null,
  reversedOn: string | null = null,
): TempoMilestone {
  nextId += 1;
  return { id: `m${nextId}`, trackId: 't', weight, status, achievedOn, reversedOn };
}

const values = (milestones: TempoMilestone[], from: string, to: string): number[] =>
  computeTrackIndex(milestones, from, to).map((point) => point.value);

describe('computeTrackIndex', () => {
  const cases: { name: string; milestones: TempoMilestone[]; expected: number[] }[] = [
    {
      name: 'an achievement counts from its day; planned weight stays in the total',
      milestones: [milestone(2, 'achieved', '2018-01-03'), milestone(2, 'planned')],
      expected: [0, 0, 50, 50, 50],
    },
    {
      name: 'achieved before the window counts from the first day',
      milestones: [milestone(1, 'achieved', '2017-12-31'), milestone(3, 'in_progress')],
      expected: [25, 25, 25, 25, 25],
    },
    {
      name: 'achieved after the window does not count',
      milestones: [milestone(1, 'achieved', '2018-01-06'), milestone(1, 'planned')],
      expected: [0, 0, 0, 0, 0],
    },
    {
      name: 'achieved then reversed falls back to where it was before the achievement',
      milestones: [
        milestone(2, 'achieved', '2018-01-01'),
        milestone(2, 'reversed', '2018-01-02', '2018-01-04'),
      ],
      expected: [50, 100, 100, 50, 50],
    },
    {
      name: 'reversed without achievement is a setback below the previous level',
      milestones: [
        milestone(2, 'achieved', '2017-06-01'),
        milestone(1, 'reversed', null, '2018-01-03'),
        milestone(1, 'planned'),
      ],
      expected: [50, 50, 25, 25, 25],
    },
    {
      name: 'a setback larger than the achievements clamps at 0',
      milestones: [milestone(1, 'achieved', '2018-01-01'), milestone(3, 'reversed', null, '2018-01-02')],
      expected: [25, 0, 0, 0, 0],
    },
    {
      name: 'everything achieved reads 100',
      milestones: [milestone(5, 'achieved', '2018-01-01'), milestone(1, 'achieved', '2018-01-05')],
      expected: [83.333333, 83.333333, 83.333333, 83.333333, 100],
    },
    {
      name: 'the status is the truth: stale dates on planned or achieved milestones are ignored',
      milestones: [
        milestone(1, 'planned', '2018-01-01'),
        milestone(1, 'in_progress', '2018-01-01'),
        milestone(2, 'achieved', '2018-01-02', '2018-01-03'),
      ],
      expected: [0, 50, 50, 50, 50],
    },
    {
      name: 'two milestones on the same day add up',
      milestones: [milestone(1, 'achieved', '2018-01-02'), milestone(1, 'achieved', '2018-01-02')],
      expected: [0, 100, 100, 100, 100],
    },
    {
      name: 'no milestones at all reads 0',
      milestones: [],
      expected: [0, 0, 0, 0, 0],
    },
    {
      name: 'zero total weight reads 0',
      milestones: [milestone(0, 'achieved', '2018-01-01')],
      expected: [0, 0, 0, 0, 0],
    },
  ];

  it.each(cases)('$name', ({ milestones, expected }) => {
    expect(values(milestones, '2018-01-01', '2018-01-05')).toEqual(expected);
  });

  it('gives one point a day with its date, both ends included', () => {
    const points = computeTrackIndex([milestone(1, 'achieved', '2018-12-31')], '2018-12-30', '2019-01-01');
    expect(points).toEqual([
      { date: '2018-12-30', value: 0 },
      { date: '2018-12-31', value: 100 },
      { date: '2019-01-01', value: 100 },
    ]);
  });
});

describe('listDays', () => {
  it.each([
    { from: '2018-03-10', to: '2018-03-12', expected: ['2018-03-10', '2018-03-11', '2018-03-12'] },
    { from: '2018-11-03', to: '2018-11-05', expected: ['2018-11-03', '2018-11-04', '2018-11-05'] },
    { from: '2020-02-28', to: '2020-03-01', expected: ['2020-02-28', '2020-02-29', '2020-03-01'] },
    { from: '2019-02-28', to: '2019-03-01', expected: ['2019-02-28', '2019-03-01'] },
    { from: '2018-01-02', to: '2018-01-01', expected: [] },
  ])('$from..$to crosses DST, month and leap days without skipping', ({ from, to, expected }) => {
    expect(listDays(from, to)).toEqual(expected);
  });

  it.each(['2018-02-31', '2018-1-01', '20180101', '2018-13-01'])('refuses the non-date %s', (date) => {
    expect(() => listDays(date, '2018-12-31')).toThrow(RangeError);
  });

  it('refuses a window of centuries', () => {
    expect(() => listDays('1900-01-01', '2100-01-01')).toThrow(/longer than/);
  });
});
