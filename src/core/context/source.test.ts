import { describe, expect, it } from 'vitest';
import { mergeEvents } from './event-merge.js';
import { htmlToArticleText } from './html-to-text.js';
import { MAX_SOURCE_CHARS } from './limits.js';
import { extractSource, type SourceExtraction } from './source.js';
import type { NameResolver } from './types.js';

// Test articles written in the wire services' styles, from the 2018 public record.
const YONHAP = `S. Korea, U.S. hold first working group meeting on N. Korea

Posted on : 2018-11-21 07:40 KST

WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the first meeting of their working group on North Korea in Washington on Tuesday, discussing denuclearization and the inter-Korean railway project.

The meeting was co-chaired by Lee Do-hoon, Seoul's special representative for Korean Peninsula peace and security affairs, and U.S. Special Representative for North Korea Stephen Biegun.

Deputy Assistant Secretary Alex Wong and Allison Hooker of the National Security Council also attended, along with officials from the Ministry of Unification and Cheong Wa Dae.

"We had a very productive discussion," Beigun said after the talks. Lee told reporters the two sides will meet again in Seoul next month.

South Korea's chief nuclear envoy Lee Do-hoon (R) shakes hands with Stephen Biegun at the State Department on Nov. 20, 2018. (Yonhap)

The delegation arrived in Washington on Monday for a three-day trip. (END)`;

const REUTERS = `November 21, 2018

WASHINGTON (Reuters) - U.S. envoy Stephen Biegun met South Korean officials in Washington on Tuesday in the first session of a new working group, a State Department official said.`;

const MISDATED = `date 2018-11-24

Lee Do-hoon and Stephen Biegun held their first working group meeting in Washington on Friday, a diplomatic source said.`;

const KCNA = `Pyongyang, December 4 (KCNA) -- A spokesman for the DPRK Foreign Ministry released the following statement on Tuesday:
The U.S. is still persisting in sanctions and pressure while the north and the south are making efforts to reconnect their railways.
The groundbreaking ceremony will be held at Panmun Station later this month, KCNA said.
Juche 107 (2018)`;

const BRIEFING = `Department Press Briefing
Robert Palladino, Deputy Spokesperson
Washington, DC
November 8, 2018

MR PALLADINO: Good afternoon. Secretary Pompeo's meeting with Vice Chairman Kim Yong Chol, which was planned for Thursday in New York, will take place at a later date.`;

const UNDATED = `SEOUL, Dec. 21 (Yonhap) -- Stephen Biegun arrived in Seoul on Wednesday and met Lee Do-hoon on Friday.`;

const resolver: NameResolver = (name) =>
  /Biegun|Beigun/.test(name)
    ? { kind: 'member', id: 'user-biegun', score: 0.97, matchedName: 'Stephen Biegun', explanation: 'member' }
    : null;

function run(text: string, publishedAt?: string): SourceExtraction {
  return extractSource({ text, publishedAt, resolver });
}

describe('extractSource on a Yonhap report', () => {
  const result = run(YONHAP);

  it('reads the publication date from the posting label', () => {
    expect(result.publishedOn).toBe('2018-11-21');
    expect(result.publication?.instant).toBe('2018-11-20T22:40:00.000Z');
    expect(result.needsPublicationDate).toBe(false);
  });

  it('groups the people, typo included, and resolves the member', () => {
    const biegun = result.people.find((p) => p.name === 'Stephen Biegun');
    expect(biegun?.mentions).toEqual(['Stephen Biegun', 'Beigun', 'Stephen Biegun']);
    expect(biegun?.resolution).toMatchObject({ kind: 'member', id: 'user-biegun' });
    expect(biegun?.titles).toContain('Special Representative for North Korea');
    expect(result.people.map((p) => p.name)).toEqual([
      'Lee Do-hoon',
      'Stephen Biegun',
      'Alex Wong',
      'Allison Hooker',
    ]);
    expect(result.people.find((p) => p.name === 'Lee Do-hoon')?.mentions).toHaveLength(3);
  });

  it('lists the places and offices, normalised', () => {
    const names = result.places.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Washington',
        'Seoul',
        'Cheong Wa Dae',
        'Ministry of Unification',
        'State Department',
        'National Security Council',
      ]),
    );
  });

  it('proposes the meeting, the next round and the trip as events', () => {
    expect(
      result.events.map(({ date, precision, kind, place }) => ({ date, precision, kind, place })),
    ).toEqual([
      { date: '2018-11-20', precision: 'day', kind: 'meeting', place: 'Washington' },
      { date: '2018-12-01', precision: 'month', kind: 'meeting', place: 'Seoul' },
      { date: '2018-11-19', precision: 'day', kind: 'visit', place: 'Washington' },
    ]);
  });
});

describe('extractSource on other outlets', () => {
  it('reads a KCNA statement: Juche year, groundbreaking later this month', () => {
    const result = run(KCNA);
    expect(result.publishedOn).toBe('2018-12-04');
    expect(result.places.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Pyongyang', 'Panmun Station', 'KCNA']),
    );
    expect(result.events).toContainEqual(
      expect.objectContaining({
        kind: 'ceremony',
        date: '2018-12-01',
        precision: 'month',
        place: 'Panmun Station',
      }),
    );
  });

  it('reads a State Department briefing: the postponed meeting', () => {
    const result = run(BRIEFING);
    expect(result.publishedOn).toBe('2018-11-08');
    expect(result.people.find((p) => p.name === 'Robert Palladino')?.mentions).toEqual([
      'Robert Palladino',
      'PALLADINO',
    ]);
    expect(result.people.find((p) => p.name === 'Kim Yong Chol')?.titles).toEqual(['Vice Chairman']);
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'postponement',
        date: '2018-11-08',
        place: 'New York',
        people: ['Pompeo', 'Kim Yong Chol'],
      }),
    ]);
  });

  it('asks for the publication date when the dateline has no year', () => {
    const result = run(UNDATED);
    expect(result.publishedOn).toBeNull();
    expect(result.needsPublicationDate).toBe(true);
    expect(result.events).toEqual([]);
    expect(result.dates.every((d) => d.date === null)).toBe(true);
  });

  it('uses a publication date given with the source', () => {
    const result = run(UNDATED, '2018-12-21T09:30:00+09:00');
    expect(result.publishedOn).toBe('2018-12-21');
    expect(result.needsPublicationDate).toBe(false);
    expect(result.dates.map((d) => d.date)).toEqual(['2018-12-21', '2018-12-19', '2018-12-21']);
  });

  it('reads a page of HTML end to end', () => {
    const html = `<html><head><meta property="article:published_time" content="2018-12-21T15:00:00+09:00"></head><body>
      <nav>Go to Contents</nav><article><p>SEOUL, Dec. 21 (Yonhap) -- The working group held its second meeting in Seoul on Friday, co-chaired by Lee Do-hoon and Stephen Biegun.</p>
      <p>Officials discussed a US$8 million humanitarian shipment.</p></article><footer>All rights reserved</footer></body></html>`;
    const result = run(htmlToArticleText(html));
    expect(result.publishedOn).toBe('2018-12-21');
    expect(result.events).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        date: '2018-12-21',
        place: 'Seoul',
        title: 'Working group meeting in Seoul',
      }),
    ]);
  });
});

describe('extractSource across sources', () => {
  const tag = (result: SourceExtraction, sourceId: string) =>
    result.events.map((event) => ({ ...event, sourceId }));

  it('corroborates one meeting reported by Yonhap and Reuters', () => {
    const timeline = mergeEvents([], [...tag(run(YONHAP), 'yonhap'), ...tag(run(REUTERS), 'reuters')]);
    const first = timeline.filter((event) => event.date === '2018-11-20' && event.kind === 'meeting');
    expect(first).toHaveLength(1);
    expect(first[0]?.sources.map((s) => s.sourceId)).toEqual(['yonhap', 'reuters']);
    expect(first[0]?.disagreements).toEqual([]);
  });

  it('flags a report that dates the same meeting three days later', () => {
    const timeline = mergeEvents([], [...tag(run(YONHAP), 'yonhap'), ...tag(run(MISDATED), 'misdated')]);
    const first = timeline.find((event) => event.sources.some((s) => s.sourceId === 'misdated'));
    expect(first?.sources.map((s) => s.sourceId)).toEqual(['yonhap', 'misdated']);
    expect(first?.disagreements).toEqual([
      {
        field: 'date',
        values: [
          { value: '2018-11-20', sourceId: 'yonhap' },
          { value: '2018-11-23', sourceId: 'misdated' },
        ],
      },
    ]);
  });
});

describe('extractSource on hostile input', () => {
  it('caps a huge paste and still finishes in reasonable time', () => {
    const text = `${YONHAP}\n\n${'The delegates met in Seoul on Tuesday. '.repeat(60_000)}`;
    const started = performance.now();
    const result = run(text);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(text.length).toBeGreaterThan(MAX_SOURCE_CHARS);
    expect(result.publishedOn).toBe('2018-11-21');
    expect(result.people.map((p) => p.name)).toContain('Stephen Biegun');
  }, 30_000);
});
