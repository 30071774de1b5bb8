import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runApiBench } from './api.js';
import { runAuditBench } from './audit.js';
import { runMemoryBench } from './memory.js';
import { runScreeningBench } from './screening.js';
import { runSseBench } from './sse.js';
import { runStartupBench } from './startup.js';
import { machine, printFigures, type BenchFigure } from './support.js';

/**
 * `npm run bench`: every figure of docs/benchmarks.md, each against a baseline measured in the same run or as
 * an absolute with the machine noted. `npm run bench -- audit sse` runs only those.
 */
const benches: Record<string, [string, () => Promise<BenchFigure[]>]> = {
  screening: ['Sanctions screening', screeningFigures],
  audit: ['Audit chain', () => runAuditBench()],
  startup: ['Start-up and web app', () => runStartupBench()],
  sse: ['Live updates', () => runSseBench()],
  api: ['API under load', () => runApiBench()],
  memory: ['Memory under load', () => runMemoryBench(Number(process.env.LOCKSTEP_SOAK_MINUTES ?? 10))],
};

function screeningFigures(): Promise<BenchFigure[]> {
  const r = runScreeningBench();
  const [ours, fuse, jw] = r.matchers;
  const row = (m: typeof ours) =>
    `${Math.round(m!.queriesPerSecond).toLocaleString('en')} q/s, median ${m!.medianMs.toFixed(3)} ms, p99 ${m!.p99Ms.toFixed(2)} ms, recall ${m!.recall.toFixed(3)}, precision ${m!.precision.toFixed(3)}`;
  return Promise.resolve([
    {
      name: 'Lockstep matcher (real list, dev queries)',
      value: row(ours),
      goal: 'median ≤ 0.1 ms',
      met: ours!.medianMs <= 0.1,
    },
    { name: 'Fuse.js 7 (same run)', value: row(fuse), goal: '—', met: null },
    { name: 'brute-force Jaro–Winkler (same run)', value: row(jw), goal: '—', met: null },
    {
      name: 'throughput ours / Fuse.js',
      value: `${r.throughputRatioVsFuse.toFixed(0)}× (recall ${ours!.recall.toFixed(3)} vs ${fuse!.recall.toFixed(3)})`,
      goal: '≥ 50× with higher recall',
      met: r.throughputRatioVsFuse >= 50 && ours!.recall > fuse!.recall,
    },
    {
      name: `100× list (${r.scaled.entries.toLocaleString('en')} entries) slowdown of the median`,
      value: `${r.scaled.slowdown.toFixed(2)}× (median ${r.scaled.medianMs.toFixed(3)} ms; index built in ${(r.scaled.buildMs / 1000).toFixed(1)} s)`,
      goal: '≤ 20× slower',
      met: r.scaled.slowdown <= 20,
    },
  ]);
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = Object.keys(benches).filter((key) => wanted.length === 0 || wanted.includes(key));

if (process.env.LOCKSTEP_BENCH_CHILD === '1') {
  // One bench in this process: the figures of one must not pay for the heap another left behind (the 100× list,
  // a million chain entries).
  for (const key of chosen) {
    const [title, run] = benches[key]!;
    try {
      printFigures(title, await run());
    } catch (error) {
      process.stdout.write(
        `\n## ${title}\n\nfailed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  process.exit(0);
}

process.stdout.write(`# Lockstep benchmarks\n\nMachine: ${machine()}; ${new Date().toISOString()}\n`);
for (const key of chosen) {
  // The same node with the same loader (tsx), a fresh process per bench.
  spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), key], {
    stdio: 'inherit',
    env: { ...process.env, LOCKSTEP_BENCH_CHILD: '1' },
  });
}
process.exit(0);
