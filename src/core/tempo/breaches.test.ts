import { describe, expect, it } from 'vitest';
import { listDays } from './dates.js';
import { computeGap, diffBreachState, findBreaches } from './breaches.js';
import type { Breach, GapPoint, OpenBreach } from './types.js';

/** Gap series starting 2018-01-01, one value a day. */
function gapsOf(values: number[]): GapPoint[] {
  const days = listDays('2018-01-01', '2018-12-31');
  return values.map((gap, index) => ({ date: days[index] ?? '', gap }));
}

describe('computeGap', () => {
  it('subtracts B from A on the dates both cover', () => {
    const a = [
      { date: '2018-01-01', value: 40 },
      { date: '2018-01-02', value: 33.333333 },
      { date: '2018-01-03', value: 10 },
    ];
    const b = [
      { date: '2018-01-02', value: 13.333333 },
      { date: '2018-01-03', value: 30 },
    ];
    expect(computeGap(a, b)).toEqual([
      { date: '2018-01-02', gap: 20 },
      { date: '2018-01-03', gap: -20 },
    ]);
  });
});

describe('findBreaches', () => {
  const cases: { name: string; gaps: GapPoint[]; tolerance: number; expected: Breach[] }[] = [
    {
      name: 'a gap equal to the tolerance is a tie, not a breach',
      gaps: gapsOf([20, -20, 20]),
      tolerance: 20,
      expected: [],
    },
    {
      name: 'strictly beyond tolerance, contiguous days form one breach, open at the end',
      gaps: gapsOf([10, 21, 30, 25]),
      tolerance: 20,
      expected: [{ startedOn: '2018-01-02', endedOn: null, leader: 'A', maxGap: 30 }],
    },
    {
      name: 'B ahead is a negative gap; the breach ends on its last day beyond tolerance',
      gaps: gapsOf([-25, -40, -5, 0]),
      tolerance: 20,
      expected: [{ startedOn: '2018-01-01', endedOn: '2018-01-02', leader: 'B', maxGap: 40 }],
    },
    {
      name: 'a switch of leader while beyond tolerance starts a new breach',
      gaps: gapsOf([25, 30, -22, -21]),
      tolerance: 20,
      expected: [
        { startedOn: '2018-01-01', endedOn: '2018-01-02', leader: 'A', maxGap: 30 },
        { startedOn: '2018-01-03', endedOn: null, leader: 'B', maxGap: 22 },
      ],
    },
    {
      name: 'dipping back within tolerance for one day splits the breach',
      gaps: gapsOf([25, 20, 26]),
      tolerance: 20,
      expected: [
        { startedOn: '2018-01-01', endedOn: '2018-01-01', leader: 'A', maxGap: 25 },
        { startedOn: '2018-01-03', endedOn: null, leader: 'A', maxGap: 26 },
      ],
    },
    {
      name: 'a hole in the dates ends the breach',
      gaps: [
        { date: '2018-01-01', gap: 30 },
        { date: '2018-01-03', gap: 30 },
      ],
      tolerance: 20,
      expected: [
        { startedOn: '2018-01-01', endedOn: '2018-01-01', leader: 'A', maxGap: 30 },
        { startedOn: '2018-01-03', endedOn: null, leader: 'A', maxGap: 30 },
      ],
    },
    {
      name: 'zero tolerance breaches on any difference',
      gaps: gapsOf([0, 0.5]),
      tolerance: 0,
      expected: [{ startedOn: '2018-01-02', endedOn: null, leader: 'A', maxGap: 0.5 }],
    },
    { name: 'an empty series has no breach', gaps: [], tolerance: 20, expected: [] },
  ];

  it.each(cases)('$name', ({ gaps, tolerance, expected }) => {
    expect(findBreaches(gaps, tolerance)).toEqual(expected);
  });
});

describe('diffBreachState', () => {
  const open = (pairId: string, startedOn: string, leader: 'A' | 'B'): OpenBreach => ({
    pairId,
    startedOn,
    leader,
  });
  const cases: {
    name: string;
    previous: OpenBreach[];
    current: OpenBreach[];
    started: OpenBreach[];
    ended: OpenBreach[];
  }[] = [
    { name: 'nothing open, nothing to say', previous: [], current: [], started: [], ended: [] },
    {
      name: 'a new breach is announced once',
      previous: [],
      current: [open('p1', '2018-11-07', 'A')],
      started: [open('p1', '2018-11-07', 'A')],
      ended: [],
    },
    {
      name: 'a breach still open is not announced again, even with a larger gap',
      previous: [{ ...open('p1', '2018-11-07', 'A'), maxGap: 24 }],
      current: [{ ...open('p1', '2018-11-07', 'A'), maxGap: 41 }],
      started: [],
      ended: [],
    },
    {
      name: 'a closed breach is announced as ended',
      previous: [open('p1', '2018-11-07', 'A'), open('p2', '2018-10-01', 'B')],
      current: [open('p2', '2018-10-01', 'B')],
      started: [],
      ended: [open('p1', '2018-11-07', 'A')],
    },
    {
      name: 'a leader switch ends one breach and starts another',
      previous: [open('p1', '2018-11-07', 'A')],
      current: [open('p1', '2018-12-01', 'B')],
      started: [open('p1', '2018-12-01', 'B')],
      ended: [open('p1', '2018-11-07', 'A')],
    },
    {
      name: 'duplicates are announced once',
      previous: [],
      current: [open('p1', '2018-11-07', 'A'), open('p1', '2018-11-07', 'A')],
      started: [open('p1', '2018-11-07', 'A')],
      ended: [],
    },
  ];

  it.each(cases)('$name', ({ previous, current, started, ended }) => {
    expect(diffBreachState(previous, current)).toEqual({ started, ended });
  });
});
