import { sharedDataPath, SCREENING_DEV_FILE, UN_LIST_FILE } from '../test/support/shared-data.js';
/**
 * Screening bench: our matcher vs Fuse.js vs a brute-force Jaro–Winkler scan over the real UN list and
 * the development queries, then our matcher on a synthetic list 100× larger.
 * Run: npx tsx bench/screening.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildScreeningIndex, screenName } from '../src/core/matching/screen.js';
import { parseUnList } from '../src/core/sanctions/parse-un-list.js';
import type { SanctionsEntry } from '../src/core/sanctions/types.js';
import { createFuseBaseline, createJaroWinklerBaseline } from './screening-baselines.js';
import type { Baseline } from './screening-baselines.js';
import { generateSyntheticEntries } from './screening-synthetic.js';

const LIST_PATH = sharedDataPath(UN_LIST_FILE);
const DEV_PATH = sharedDataPath(SCREENING_DEV_FILE);
const SCALE = 100;
const SEED = 20180620;

export type MatcherFigures = {
  name: string;
  queriesPerSecond: number;
  medianMs: number;
  p99Ms: number;
  recall: number;
  precision: number;
};

export type ScreeningBenchFigures = {
  matchers: MatcherFigures[];
  throughputRatioVsFuse: number;
  scaled: { entries: number; medianMs: number; slowdown: number; buildMs: number };
};

type DevRow = { query: string; expected: string };

function readDevRows(): DevRow[] {
  return readFileSync(DEV_PATH, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [query = '', expected = ''] = line.split('\t');
      return { query, expected };
    });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

function measure(
  name: string,
  search: (query: string) => string[],
  rows: DevRow[],
  rounds: number,
): MatcherFigures {
  for (const row of rows) search(row.query); // warm-up
  const times: number[] = [];
  let positives = 0;
  let found = 0;
  let flagged = 0;
  let wrong = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const row of rows) {
      const t0 = performance.now();
      const refs = search(row.query);
      times.push(performance.now() - t0);
      if (round > 0) continue;
      if (refs.length > 0) flagged++;
      if (row.expected === 'NONE') {
        if (refs.length > 0) wrong++;
        continue;
      }
      positives++;
      if (refs.includes(row.expected)) found++;
      if (refs.length > 0 && refs[0] !== row.expected) wrong++;
    }
  }
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    name,
    queriesPerSecond: (rows.length * rounds * 1000) / elapsed,
    medianMs: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    recall: found / positives,
    precision: flagged === 0 ? 1 : (flagged - wrong) / flagged,
  };
}

function ours(entries: SanctionsEntry[]): Baseline {
  const index = buildScreeningIndex(entries);
  return {
    name: 'Lockstep matcher',
    search: (query) => screenName(index, query).map((m) => m.referenceNumber),
  };
}

export function runScreeningBench(): ScreeningBenchFigures {
  const list = parseUnList(readFileSync(LIST_PATH, 'utf8'));
  const entries = [...list.individuals, ...list.entities];
  const rows = readDevRows();
  const matcher = ours(entries);
  const fuse = createFuseBaseline(entries);
  const jaroWinkler = createJaroWinklerBaseline(entries);
  const matchers = [
    measure(matcher.name, matcher.search, rows, 5),
    measure(fuse.name, fuse.search, rows, 1),
    measure(jaroWinkler.name, jaroWinkler.search, rows, 1),
  ];
  const buildStart = performance.now();
  const scaledEntries = [...entries, ...generateSyntheticEntries(entries.length * (SCALE - 1), SEED)];
  const scaledMatcher = ours(scaledEntries);
  const buildMs = performance.now() - buildStart;
  const scaled = measure('Lockstep matcher (100× list)', scaledMatcher.search, rows, 3);
  return {
    matchers: [...matchers, scaled],
    throughputRatioVsFuse: matchers[0]!.queriesPerSecond / matchers[1]!.queriesPerSecond,
    scaled: {
      entries: scaledEntries.length,
      medianMs: scaled.medianMs,
      slowdown: scaled.medianMs / matchers[0]!.medianMs,
      buildMs,
    },
  };
}

function printFigures(figures: ScreeningBenchFigures): void {
  console.log('matcher                          queries/s   median ms   p99 ms   recall  precision');
  for (const m of figures.matchers) {
    console.log(
      `${m.name.padEnd(32)} ${m.queriesPerSecond.toFixed(0).padStart(9)} ${m.medianMs.toFixed(4).padStart(11)} ${m.p99Ms
        .toFixed(3)
        .padStart(8)} ${m.recall.toFixed(3).padStart(8)} ${m.precision.toFixed(3).padStart(10)}`,
    );
  }
  console.log(`throughput ours / Fuse.js: ${figures.throughputRatioVsFuse.toFixed(1)}×`);
  const { entries, medianMs, slowdown, buildMs } = figures.scaled;
  console.log(
    `100× list: ${entries} entries, index built in ${buildMs.toFixed(0)} ms, median ${medianMs.toFixed(4)} ms, slowdown ${slowdown.toFixed(2)}×`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printFigures(runScreeningBench());
