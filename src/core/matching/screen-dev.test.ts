import { sharedDataPath, SCREENING_DEV_FILE, UN_LIST_FILE } from '../../../test/support/shared-data.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnList } from '../sanctions/parse-un-list.js';
import { DEFAULT_THRESHOLD, buildScreeningIndex, screenName } from './screen.js';

const list = parseUnList(readFileSync(sharedDataPath(UN_LIST_FILE), 'utf8'));
const index = buildScreeningIndex([...list.individuals, ...list.entities]);
const rows = readFileSync(sharedDataPath(SCREENING_DEV_FILE), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [query = '', expected = '', kind = ''] = line.split('\t');
    return { query, expected, kind };
  });

describe('screening quality on the development set', () => {
  it(`finds ≥ 98% of listed names and flags ≤ 5% wrongly at the default threshold (${DEFAULT_THRESHOLD})`, () => {
    let positives = 0;
    let found = 0;
    let flagged = 0;
    let wrong = 0;
    const failures: string[] = [];
    for (const { query, expected } of rows) {
      const matches = screenName(index, query);
      if (matches.length > 0) flagged++;
      if (expected === 'NONE') {
        if (matches.length > 0) {
          wrong++;
          failures.push(`${query} → ${matches[0]!.referenceNumber}`);
        }
        continue;
      }
      positives++;
      if (matches.some((match) => match.referenceNumber === expected)) found++;
      else failures.push(`${query}: ${expected} missed`);
      if (matches.length > 0 && matches[0]!.referenceNumber !== expected) wrong++;
    }
    const recall = found / positives;
    const precision = (flagged - wrong) / flagged;
    expect({ recall: recall >= 0.98, precision: precision >= 0.95, failures }).toMatchObject({
      recall: true,
      precision: true,
    });
  });

  it('matches every kind of variation in the set', () => {
    const kinds = new Map<string, { total: number; found: number }>();
    for (const { query, expected, kind } of rows) {
      if (expected === 'NONE') continue;
      const tally = kinds.get(kind) ?? { total: 0, found: 0 };
      tally.total++;
      if (screenName(index, query).some((match) => match.referenceNumber === expected)) tally.found++;
      kinds.set(kind, tally);
    }
    for (const [kind, { total, found }] of kinds) expect([kind, found / total >= 0.95]).toEqual([kind, true]);
  });
});
