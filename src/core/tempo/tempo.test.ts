import { describe, expect, it } from 'vitest';
import { diffBreachState } from './breaches.js';
import { addDays, listDays } from './dates.js';
import { DEMO_2018_MILESTONES, DEMO_2018_PAIR, DEMO_2018_TRACKS } from './demo-2018.js';
import { computeTempo, listOpenBreaches } from './tempo.js';
import type { TempoMilestone } from './types.js';

const demoInput = (to: string, tolerance = DEMO_2018_PAIR.tolerance) => ({
  tracks: DEMO_2018_TRACKS,
  milestones: DEMO_2018_MILESTONES,
  pairs: [{ ...DEMO_2018_PAIR, tolerance }],
  from: '2018-01-01',
  to,
});

function valueOn(points: { date: string; value: number }[], date: string): number | undefined {
  return points.find((point) => point.date === date)?.value;
}

describe('computeTempo', () => {
  it('gives a series per track, flags tracks without milestones, and keeps the pair fields', () => {
    const milestones: TempoMilestone[] = [
      { id: 'm1', trackId: 'a', weight: 2, status: 'achieved', achievedOn: '2018-01-02', reversedOn: null },
      { id: 'm2', trackId: 'a', weight: 3, status: 'planned', achievedOn: null, reversedOn: null },
    ];
    const result = computeTempo({
      tracks: [{ id: 'a' }, { id: 'empty' }],
      milestones,
      pairs: [{ id: 'p', trackA: 'a', trackB: 'empty', tolerance: 30 }],
      from: '2018-01-01',
      to: '2018-01-03',
    });
    expect(
      result.series.map(({ trackId, hasMilestones, totalWeight }) => ({
        trackId,
        hasMilestones,
        totalWeight,
      })),
    ).toEqual([
      { trackId: 'a', hasMilestones: true, totalWeight: 5 },
      { trackId: 'empty', hasMilestones: false, totalWeight: 0 },
    ]);
    expect(result.series[0]?.points.map((point) => point.value)).toEqual([0, 40, 40]);
    const pair = result.pairs[0];
    expect(pair).toMatchObject({ id: 'p', trackA: 'a', trackB: 'empty', tolerance: 30 });
    expect(pair?.gaps.map((gap) => gap.gap)).toEqual([0, 40, 40]);
    expect(pair?.breaches).toEqual([{ startedOn: '2018-01-02', endedOn: null, leader: 'A', maxGap: 40 }]);
    expect(pair?.currentBreach).toEqual(pair?.breaches[0]);
  });

  it('has no current breach once the last breach has ended', () => {
    const milestones: TempoMilestone[] = [
      {
        id: 'm1',
        trackId: 'a',
        weight: 1,
        status: 'reversed',
        achievedOn: '2018-01-02',
        reversedOn: '2018-01-03',
      },
      { id: 'm2', trackId: 'b', weight: 1, status: 'planned', achievedOn: null, reversedOn: null },
    ];
    const result = computeTempo({
      tracks: [{ id: 'a' }, { id: 'b' }],
      milestones,
      pairs: [{ id: 'p', trackA: 'a', trackB: 'b', tolerance: 10 }],
      from: '2018-01-01',
      to: '2018-01-04',
    });
    expect(result.pairs[0]?.breaches).toEqual([
      { startedOn: '2018-01-02', endedOn: '2018-01-02', leader: 'A', maxGap: 100 },
    ]);
    expect(result.pairs[0]?.currentBreach).toBeNull();
    expect(listOpenBreaches(result)).toEqual([]);
  });
});

describe('the 2018 demo: inter-Korean cooperation against denuclearization', () => {
  const result = computeTempo(demoInput('2018-12-31'));
  const [interKorean, denuclearization] = result.series;
  const pair = result.pairs[0];

  it.each([
    { date: '2018-04-19', ik: 0, dn: 0 },
    { date: '2018-04-20', ik: 0, dn: 8 },
    { date: '2018-04-27', ik: 16.666667, dn: 8 },
    { date: '2018-06-12', ik: 27.777778, dn: 32 },
    { date: '2018-09-18', ik: 44.444444, dn: 32 },
    { date: '2018-11-07', ik: 44.444444, dn: 20 },
    { date: '2018-11-30', ik: 61.111111, dn: 20 },
    { date: '2018-12-26', ik: 77.777778, dn: 20 },
  ])('on $date inter-Korean reads $ik and denuclearization $dn', ({ date, ik, dn }) => {
    expect(valueOn(interKorean?.points ?? [], date)).toBe(ik);
    expect(valueOn(denuclearization?.points ?? [], date)).toBe(dn);
  });

  it('breaches once, from the postponement of the talks, with inter-Korean cooperation ahead', () => {
    expect(pair?.breaches).toEqual([
      { startedOn: '2018-11-07', endedOn: null, leader: 'A', maxGap: 57.777778 },
    ]);
    expect(pair?.currentBreach?.startedOn).toBe('2018-11-07');
  });

  it('stays within a tolerance the gap never exceeds', () => {
    expect(computeTempo(demoInput('2018-12-31', 60)).pairs[0]?.breaches).toEqual([]);
  });

  it('notifies the start exactly once when evaluated day by day', () => {
    const startedOn: string[] = [];
    let previous = listOpenBreaches(computeTempo(demoInput('2018-10-31')));
    for (const day of listDays('2018-11-01', '2018-12-31')) {
      const current = listOpenBreaches(computeTempo(demoInput(day)));
      const { started, ended } = diffBreachState(previous, current);
      if (started.length > 0) startedOn.push(day);
      expect(ended).toEqual([]);
      previous = current;
    }
    expect(startedOn).toEqual(['2018-11-07']);
  });

  it('notifies the end once the tracks are back in step', () => {
    // The planned denuclearization steps all happen on 2019-02-01: 76 points against 77.8.
    const caughtUp = DEMO_2018_MILESTONES.map((milestone) =>
      milestone.status === 'planned' && milestone.trackId === 'denuclearization'
        ? { ...milestone, status: 'achieved' as const, achievedOn: '2019-02-01' }
        : milestone,
    );
    const evaluate = (to: string) =>
      listOpenBreaches(computeTempo({ ...demoInput(to), milestones: caughtUp }));
    const before = evaluate('2019-01-31');
    const after = evaluate(addDays('2019-01-31', 1));
    expect(diffBreachState(before, after)).toEqual({
      started: [],
      ended: [{ pairId: DEMO_2018_PAIR.id, startedOn: '2018-11-07', leader: 'A', maxGap: 57.777778 }],
    });
  });
});
