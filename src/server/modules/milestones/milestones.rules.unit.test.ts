import { describe, expect, it } from 'vitest';
import { resolveMilestoneDates, type DatesInput, type MilestoneDates } from './milestones.rules.js';

const TODAY = '2018-11-15';
const planned: MilestoneDates = { status: 'planned', achievedOn: null, reversedOn: null };
const achieved: MilestoneDates = { status: 'achieved', achievedOn: '2018-09-18', reversedOn: null };
const reversed: MilestoneDates = { status: 'reversed', achievedOn: '2018-09-18', reversedOn: '2018-11-07' };

describe('resolveMilestoneDates', () => {
  const cases: [string, MilestoneDates, DatesInput, Partial<MilestoneDates>, string[]][] = [
    ['achieving dates it today', planned, { status: 'achieved' }, { achievedOn: TODAY }, []],
    [
      'a given date wins',
      planned,
      { status: 'achieved', achievedOn: '2018-11-01' },
      { achievedOn: '2018-11-01' },
      [],
    ],
    [
      'reversing keeps achievedOn',
      achieved,
      { status: 'reversed' },
      { achievedOn: '2018-09-18', reversedOn: TODAY },
      [],
    ],
    [
      'reversing the never achieved',
      planned,
      { status: 'reversed' },
      { achievedOn: null, reversedOn: TODAY },
      [],
    ],
    [
      're-achieving clears reversedOn',
      reversed,
      { status: 'achieved' },
      { achievedOn: TODAY, reversedOn: null },
      [],
    ],
    [
      'back to planned clears both',
      reversed,
      { status: 'planned' },
      { achievedOn: null, reversedOn: null },
      [],
    ],
    ['planned refuses achievedOn', planned, { achievedOn: '2018-11-01' }, {}, ['body.achievedOn']],
    ['achieved refuses reversedOn', achieved, { reversedOn: '2018-11-01' }, {}, ['body.reversedOn']],
    ['achieved requires achievedOn', achieved, { achievedOn: null }, {}, ['body.achievedOn']],
    ['reversal before achievement', reversed, { reversedOn: '2018-09-01' }, {}, ['body.reversedOn']],
  ];
  it.each(cases)('%s', (_name, current, input, expected, fields) => {
    const { dates, problems } = resolveMilestoneDates(current, input, TODAY);
    expect(problems.map((p) => p.field)).toEqual(fields);
    if (fields.length === 0) expect(dates).toMatchObject(expected);
  });
});
