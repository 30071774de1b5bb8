import { describe, expect, it } from 'vitest';
import { compareReadouts } from './compare-readouts.js';

// Crafted after the KR (MOFA) and US (State) readouts of the first working group meeting, 2018-11-20.
const KR_READOUT = `# Outcome of the first meeting of the ROK-U.S. working group

Special Representative Lee Do-hoon and U.S. Special Representative Stephen Biegun co-chaired the first
meeting of the working group in Washington on November 20.

- The two sides discussed the joint inter-Korean railway survey and agreed to support it.
- The two sides discussed ways to provide sanctions relief to encourage North Korea's denuclearization steps.
- The ROK side will provide US$8 million in humanitarian assistance through international agencies.
- Both sides agreed to hold the next meeting in Seoul in December.
- The two sides shared their assessment of preparations for high-level talks between the U.S. and the DPRK.
`;

const US_READOUT =
  'Special Representative for North Korea Stephen Biegun and ROK Special Representative Lee Do-hoon ' +
  'co-chaired the inaugural meeting of the U.S.-ROK Working Group on November 20, 2018. ' +
  'The United States and the Republic of Korea discussed the joint railway survey between the two Koreas. ' +
  'The United States emphasized the importance of sanctions enforcement and maximum pressure on the DPRK. ' +
  "The U.S. stressed that sanctions must stay in place until North Korea's final, fully verified denuclearisation. " +
  'The sides discussed $5 million in humanitarian aid through international organizations. ' +
  'They discussed preparations for upcoming high-level talks between the United States and North Korea.';

describe('compareReadouts on the first 2018 meeting', () => {
  const result = compareReadouts({ party: 'KR', body: KR_READOUT }, { party: 'US', body: US_READOUT });
  const pairs = (list: { a: string; b: string }[]) =>
    list.map(({ a, b }) => [a.slice(0, 40), b.slice(0, 40)]);

  it('finds the points both made: the co-chairs, the railway survey, the high-level talks', () => {
    expect(pairs(result.both)).toEqual([
      ['Special Representative Lee Do-hoon and U', 'Special Representative for North Korea S'],
      ['The two sides discussed the joint inter-', 'The United States and the Republic of Ko'],
      ['The two sides shared their assessment of', 'They discussed preparations for upcoming'],
    ]);
    for (const match of result.both) expect(match.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('finds what only one side said: maximum pressure only in the US readout, the next meeting only in the KR one', () => {
    expect(result.onlyB).toEqual([
      'The United States emphasized the importance of sanctions enforcement and maximum pressure on the DPRK.',
    ]);
    expect(result.onlyA).toEqual(['Both sides agreed to hold the next meeting in Seoul in December.']);
  });

  it('finds what was put differently: sanctions relief against sanctions must stay, and the amount of aid', () => {
    expect(
      result.different.map(({ a, b, note }) => ({ a: a.slice(0, 30), b: b.slice(0, 30), note })),
    ).toEqual([
      {
        a: 'The two sides discussed ways t',
        b: 'The U.S. stressed that sanctio',
        note: 'put differently: KR says relief, encourage, steps; US says stay, place, final',
      },
      {
        a: 'The ROK side will provide US$8',
        b: 'The sides discussed $5 million',
        note: 'KR mentions US$8 million, US mentions $5 million',
      },
    ]);
  });

  it('accounts for every point exactly once', () => {
    const seenA = [...result.both, ...result.different].map((m) => m.a).concat(result.onlyA);
    const seenB = [...result.both, ...result.different].map((m) => m.b).concat(result.onlyB);
    expect(seenA).toHaveLength(6);
    expect(new Set(seenA).size).toBe(6);
    expect(seenB).toHaveLength(6);
    expect(new Set(seenB).size).toBe(6);
  });
});

describe('compareReadouts on crafted pairs of points', () => {
  const cases: {
    name: string;
    a: string;
    b: string;
    kind: 'both' | 'different' | 'only';
    note?: string | RegExp;
  }[] = [
    {
      name: 'the same point in other words is made by both',
      a: 'The two sides discussed denuclearisation of the DPRK.',
      b: 'The U.S. and the ROK discussed the denuclearization of North Korea.',
      kind: 'both',
    },
    {
      name: 'a negation makes the point differ',
      a: 'The sides agreed to resume the joint railway survey.',
      b: 'The sides did not agree to resume the joint railway survey.',
      kind: 'different',
      note: 'negation differs: US negates',
    },
    {
      name: 'a different date makes the point differ',
      a: 'The next meeting will be held in Seoul on December 21.',
      b: 'The next meeting will be held in Seoul on 20 December 2018.',
      kind: 'different',
      note: 'KR mentions December 21, US mentions 20 December 2018',
    },
    {
      name: 'the same amount written two ways is the same point',
      a: 'The ROK will provide US$8 million in humanitarian aid.',
      b: 'South Korea will provide eight million dollars of humanitarian assistance.',
      kind: 'both',
    },
    {
      name: 'unrelated points do not match',
      a: 'The groundbreaking ceremony will take place at Panmun Station.',
      b: 'Sanctions implementation was reviewed.',
      kind: 'only',
    },
    {
      name: 'one word in common besides the parties is not a shared topic',
      a: 'The U.S. called for maximum pressure through sanctions on the DPRK.',
      b: 'The ROK raised sanctions relief for the DPRK.',
      kind: 'only',
    },
  ];

  it.each(cases)('$name', ({ a, b, kind, note }) => {
    const result = compareReadouts({ party: 'KR', body: a }, { party: 'US', body: b });
    if (kind === 'only') {
      expect(result).toEqual({ both: [], different: [], onlyA: [a], onlyB: [b] });
      return;
    }
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toEqual([]);
    expect(result[kind]).toHaveLength(1);
    if (note) expect(result.different[0]?.note).toMatch(note);
  });

  it('labels notes A and B when the parties are not told apart', () => {
    const body = 'The survey starts on November 30.';
    const result = compareReadouts(
      { party: 'KR', body },
      { party: 'KR', body: 'The survey starts on December 1.' },
    );
    expect(result.different[0]?.note).toBe('A mentions November 30, B mentions December 1');
  });

  it('matches each point once: a repeated point goes to only', () => {
    const a = 'The railway survey was discussed. The railway survey was discussed again.';
    const result = compareReadouts(
      { party: 'KR', body: a },
      { party: 'US', body: 'The railway survey was discussed.' },
    );
    expect(result.both).toHaveLength(1);
    expect(result.onlyA).toEqual(['The railway survey was discussed again.']);
  });

  it('compares empty readouts to nothing', () => {
    expect(compareReadouts({ party: 'KR', body: '' }, { party: 'US', body: '# Title only' })).toEqual({
      both: [],
      onlyA: [],
      onlyB: [],
      different: [],
    });
  });

  it('lets a stricter threshold turn a loose match into a different point', () => {
    const a = {
      party: 'KR',
      body: 'The two sides discussed the joint inter-Korean railway survey and agreed to support it.',
    };
    const b = {
      party: 'US',
      body: 'The United States and the Republic of Korea discussed the joint railway survey.',
    };
    expect(compareReadouts(a, b).both).toHaveLength(1);
    expect(compareReadouts(a, b, { sameThreshold: 0.95 }).different[0]?.note).toMatch(
      /^put differently: KR says /,
    );
  });
});
